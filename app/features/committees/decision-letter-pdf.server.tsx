/**
 * The letter an applicant receives with the decision e-mail (issue 14, "Closing"), as a PDF:
 * accepted (each level with the share the programme pays and what remains to pay), refused (the
 * reason and the committee's message) or postponed (what is missing, the next session when
 * known). Self-contained: the caller gives plain values (DecisionLetterInput).
 */
import { renderToBuffer, Text, View } from "@react-pdf/renderer";
import { formatCalendarDate, formatDay } from "~/platform/format/dates";
import { formatEuros, formatPercent } from "~/platform/format/money";
import { createTranslator } from "~/platform/i18n/translator";
import type { Locale } from "~/platform/i18n/types";
import { pdfSafe } from "~/platform/pdf/safe-text";
import { en, fr } from "./messages-documents";
import {
  Bullet,
  CommitteeDocument,
  type DecidedLevel,
  type DecisionOutcome,
  grantedTotalCents,
  H2,
  P,
  styles,
} from "./pdf-common.server";

/** The decision as the letter tells it; a postponement may name the next session's date. */
export type LetterDecision =
  | Exclude<DecisionOutcome, { outcome: "postponed" }>
  | {
      readonly outcome: "postponed";
      readonly missing: string;
      /** "YYYY-MM-DD" of the next session in Paris, when one is planned. */
      readonly nextSessionOn: string | null;
    };

/** Everything the letter says. */
export interface DecisionLetterInput {
  readonly locale: Locale;
  readonly programmeName: string;
  /** Who writes: the operator of the programme, with its postal address lines. */
  readonly sender: { readonly name: string; readonly addressLines: readonly string[] };
  readonly recipient: {
    readonly organizationName: string;
    /** The person the letter is for, or null. */
    readonly contactName: string | null;
    readonly addressLines: readonly string[];
  };
  readonly applicationNumber: string;
  readonly sessionStartsAt: Date;
  readonly letterDate: Date;
  readonly decision: LetterDecision;
  /** The reason of the amendment when this letter tells a corrected decision; null otherwise. */
  readonly amendmentReason?: string | null;
  /** Where the applicant follows the application (absolute URL). */
  readonly followUrl: string;
  readonly signatory: { readonly name: string; readonly role: string };
}

function Letter({ input }: { input: DecisionLetterInput }) {
  const { locale, decision, recipient } = input;
  const t = createTranslator({ fr, en }, locale);
  const money = (cents: number) => formatEuros(cents, locale);
  const sessionDay = formatDay(input.sessionStartsAt, locale);
  const title = t(`committees.letter.title.${decision.outcome}`);
  const intro = { date: sessionDay, organization: recipient.organizationName };
  const levelLine = (level: DecidedLevel) => {
    if (!level.granted || level.ratePercent === null) {
      return t("committees.letter.accepted.levelNotGranted", { level: level.label });
    }
    const rate = formatPercent(level.ratePercent, locale);
    return level.costCents === null || level.grantedCents === null
      ? t("committees.letter.accepted.levelNoCost", { level: level.label, rate })
      : t("committees.letter.accepted.level", {
          level: level.label,
          rate,
          amount: money(level.grantedCents),
          cost: money(level.costCents),
          remaining: money(Math.max(0, level.costCents - level.grantedCents)),
        });
  };

  return (
    <CommitteeDocument
      title={`${title} – ${input.applicationNumber}`}
      subject={input.programmeName}
      locale={locale}
      header={`${input.programmeName} – ${input.sender.name}`}
      footer={({ pageNumber, totalPages }) =>
        t("committees.letter.footer", {
          programme: input.programmeName,
          number: input.applicationNumber,
          page: pageNumber,
          pages: totalPages,
        })
      }
    >
      <View style={{ marginBottom: 14 }}>
        {input.sender.addressLines.map((line) => (
          <Text key={line} style={styles.muted}>
            {pdfSafe(line)}
          </Text>
        ))}
      </View>
      <View style={{ marginLeft: "50%", marginBottom: 18 }}>
        <Text style={styles.strong}>{pdfSafe(recipient.organizationName)}</Text>
        {recipient.contactName ? (
          <Text>{pdfSafe(t("committees.letter.attention", { name: recipient.contactName }))}</Text>
        ) : null}
        {recipient.addressLines.map((line) => (
          <Text key={line}>{pdfSafe(line)}</Text>
        ))}
        <Text style={{ marginTop: 10 }}>
          {pdfSafe(t("committees.letter.dated", { date: formatDay(input.letterDate, locale) }))}
        </Text>
      </View>

      <Text style={styles.title}>{pdfSafe(title)}</Text>
      <P bold>
        {t("committees.letter.subject", {
          number: input.applicationNumber,
          programme: input.programmeName,
        })}
      </P>
      <P>{t("committees.letter.greeting")}</P>
      {input.amendmentReason ? (
        <P bold>{t("committees.letter.amended", { reason: input.amendmentReason })}</P>
      ) : null}

      {decision.outcome === "accepted" ? (
        <>
          <P>{t("committees.letter.accepted.intro", intro)}</P>
          <H2>{t("committees.letter.accepted.levelsHeading")}</H2>
          {decision.levels.map((level) => (
            <Bullet key={level.label}>{levelLine(level)}</Bullet>
          ))}
          {grantedTotalCents(decision.levels) > 0 ? (
            <P bold>
              {t("committees.letter.accepted.total", {
                amount: money(grantedTotalCents(decision.levels)),
              })}
            </P>
          ) : null}
          <P>{t("committees.letter.accepted.next")}</P>
        </>
      ) : null}
      {decision.outcome === "refused" ? (
        <>
          <P>{t("committees.letter.refused.intro", intro)}</P>
          <P>{t("committees.letter.refused.reason", { reason: decision.reason })}</P>
          {decision.message ? (
            <P>{t("committees.letter.refused.message", { message: decision.message })}</P>
          ) : null}
          <P>{t("committees.letter.refused.next")}</P>
        </>
      ) : null}
      {decision.outcome === "postponed" ? (
        <>
          <P>{t("committees.letter.postponed.intro", intro)}</P>
          <P>{t("committees.letter.postponed.missing", { missing: decision.missing })}</P>
          <P>
            {decision.nextSessionOn
              ? t("committees.letter.postponed.nextSession", {
                  date: formatCalendarDate(decision.nextSessionOn, locale),
                })
              : t("committees.letter.postponed.next")}
          </P>
        </>
      ) : null}

      <P>{t("committees.letter.follow", { url: input.followUrl })}</P>
      <P>{t("committees.letter.closing")}</P>
      <View style={{ marginTop: 18, marginLeft: "50%" }} wrap={false}>
        <Text style={styles.strong}>{pdfSafe(input.signatory.name)}</Text>
        <Text>{pdfSafe(input.signatory.role)}</Text>
      </View>
    </CommitteeDocument>
  );
}

/** Renders an applicant's decision letter to PDF bytes. */
export async function renderDecisionLetterPdf(input: DecisionLetterInput): Promise<Buffer> {
  return renderToBuffer(<Letter input={input} />);
}
