import {
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLocation,
  useRouteError,
  useRouteLoaderData,
} from "react-router";
import type { Route } from "./+types/root";
import "./app.css";
import { getSessionUser, navigationFor } from "~/features/auth";
import { pickMessages } from "~/i18n.server";
import { localeFromCookie } from "~/platform/i18n/translator";
import { LocaleProvider, MessagesProvider, useT } from "~/ui/i18n";
import { Shell } from "~/ui/layout";
import { useNonce } from "~/ui/nonce";

export async function loader({ request, context }: Route.LoaderArgs) {
  const user = await getSessionUser(request, context);
  return {
    locale: localeFromCookie(request.headers.get("cookie")),
    user: user ? { name: user.name, role: user.role } : null,
    navigation: navigationFor(user?.role ?? null),
    messages: pickMessages(request, ["ui"]),
  };
}

export function Layout({ children }: { children: React.ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root");
  const nonce = useNonce();
  const locale = data?.locale ?? "fr";
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
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
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function meta() {
  return [{ title: "Digit'ESS" }];
}

export function ErrorBoundary() {
  const error = useRouteError();
  const t = useT();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <>
      <title>{`${notFound ? t("error.notFound.title") : t("error.server.title")} – Digit'ESS`}</title>
      <h1>{notFound ? t("error.notFound.title") : t("error.server.title")}</h1>
      <p>{notFound ? t("error.notFound.body") : t("error.server.body")}</p>
      <p>
        <a href="/">{t("error.backHome")}</a>
      </p>
    </>
  );
}
