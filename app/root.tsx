import {
  data,
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLocation,
  useMatches,
  useRouteError,
  useRouteLoaderData,
} from "react-router";
import type { Route } from "./+types/root";
import "./app.css";
import { navigationFor } from "~/features/auth";
import { getSessionUser } from "~/features/auth/index.server";
import type { MessageKey } from "~/i18n";
import { catalogue, pickMessages } from "~/i18n.server";
import { type Notice, readNotice } from "~/platform/http/notice.server";
import { createTranslator, localeFromCookie } from "~/platform/i18n/translator";
import type { Locale } from "~/platform/i18n/types";
import { sendsNoJavaScript } from "~/ui/hydration";
import { LocaleProvider, MessagesProvider, useT } from "~/ui/i18n";
import { Shell } from "~/ui/layout";
import { useNonce } from "~/ui/nonce";
import type { ShownNotice } from "~/ui/notice";

export async function loader({ request, context }: Route.LoaderArgs) {
  const user = await getSessionUser(request, context);
  const locale = localeFromCookie(request.headers.get("cookie"));
  const { notice, clear } = readNotice(request);
  const payload = {
    locale,
    user: user ? { name: user.name, role: user.role } : null,
    navigation: navigationFor(user?.role ?? null),
    notice: notice ? shownNotice(notice, locale) : null,
    messages: pickMessages(request, ["ui"]),
  };
  // The confirmation is shown once: the cookie that carried it is cleared with this answer.
  return clear ? data(payload, { headers: { "Set-Cookie": clear } }) : payload;
}

/** Translates the confirmation left by an action (unknown keys are never shown). */
function shownNotice(notice: Notice, locale: Locale): ShownNotice | null {
  if (!(notice.key in catalogue.fr)) return null;
  const text = createTranslator(catalogue, locale)(notice.key as MessageKey, notice.params);
  return { text, target: notice.target ?? null };
}

export function Layout({ children }: { children: React.ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root");
  const nonce = useNonce();
  const locale = data?.locale ?? "fr";
  const withScripts = !sendsNoJavaScript(useMatches());
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <link rel="icon" href="/favicon.ico" sizes="32x32" />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <Meta />
        <Links />
      </head>
      <body>
        <LocaleProvider value={locale}>
          <MessagesProvider>
            <Shell
              user={data?.user ?? null}
              navigation={data?.navigation ?? []}
              currentPath={useLocation().pathname}
            >
              {children}
            </Shell>
          </MessagesProvider>
        </LocaleProvider>
        {withScripts ? (
          <>
            <ScrollRestoration nonce={nonce} />
            <Scripts nonce={nonce} />
          </>
        ) : null}
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

// No site-wide <title>: each page renders its own (React hoists it into <head>), so the server
// HTML carries exactly one title, the page's (RGAA 8.5/8.6, issue 11).

/** The page of each refusal a browser can reach, by status; anything else is a server error. */
const errorPages = {
  400: "error.badRequest",
  404: "error.notFound",
  413: "error.tooLarge",
  415: "error.unsupported",
  429: "error.tooMany",
  // The database cannot be reached (server/database-outage.ts): try again shortly.
  503: "error.unavailable",
} as const;

export function ErrorBoundary() {
  const error = useRouteError();
  const t = useT();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const page = Object.hasOwn(errorPages, status)
    ? errorPages[status as keyof typeof errorPages]
    : "error.server";
  return (
    <>
      <title>{`${t(`${page}.title`)} – Digit'ESS`}</title>
      <h1>{t(`${page}.title`)}</h1>
      <p>{t(`${page}.body`)}</p>
      <p>
        <a href="/">{t("error.backHome")}</a>
      </p>
    </>
  );
}
