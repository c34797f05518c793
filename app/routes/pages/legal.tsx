import { legalNoticeOf } from "~/platform/legal-notice";
import { noJavaScript } from "~/ui/hydration";
import { LegalNoticePage } from "~/ui/legal-notice-page";
import type { Route } from "./+types/legal";

// The legal notice, from the configuration (LEGAL_* variables, docs/deployment.md).
export function loader({ context }: Route.LoaderArgs) {
  return { notice: legalNoticeOf(context.services.env) };
}

// Works the same without JavaScript: sent without scripts.
export const handle = noJavaScript;

export default function LegalNotice({ loaderData }: Route.ComponentProps) {
  return <LegalNoticePage notice={loaderData.notice} />;
}
