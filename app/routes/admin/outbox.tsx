import { requirePermission } from "~/features/auth/index.server";
import { readOutbox } from "~/platform/email/outbox.server";
import { formatShortDateTime } from "~/platform/format/dates";
import { notFound } from "~/platform/http/responses";
import { useLocale, useT } from "~/ui/i18n";
import type { Route } from "./+types/outbox";

// Demo mode only: mails written to the on-disk outbox, for administrators.
export async function loader({ request, context }: Route.LoaderArgs) {
  await requirePermission(request, context, "read:outbox");
  const { outboxDir, env } = context.services;
  if (!env.DEMO_SEED) throw notFound();
  const messages = outboxDir ? await readOutbox(outboxDir, 50) : null;
  return {
    messages: messages?.map((m) => ({ ...m, date: m.date?.toISOString() ?? null })) ?? null,
  };
}

export default function Outbox({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const { messages } = loaderData;
  const locale = useLocale();
  return (
    <>
      <title>{`${t("area.admin.outbox")} – Digit'ESS`}</title>
      <h1>{t("area.admin.outbox")}</h1>
      <p>{t("area.admin.outboxIntro")}</p>
      {messages === null ? (
        <p className="empty-state">{t("area.admin.outboxSmtp")}</p>
      ) : messages.length === 0 ? (
        <p className="empty-state">{t("area.admin.outboxEmpty")}</p>
      ) : (
        messages.map((message) => (
          <article key={message.file} className="empty-state" style={{ marginBottom: "1rem" }}>
            <h2>{message.subject}</h2>
            <p>
              {t("area.admin.outboxTo")} : {message.to}
              <br />
              {t("area.admin.outboxDate")} :{" "}
              {message.date ? formatShortDateTime(message.date, locale) : ""}
            </p>
            <pre style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>{message.text}</pre>
          </article>
        ))
      )}
    </>
  );
}
