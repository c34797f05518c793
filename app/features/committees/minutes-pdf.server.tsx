/**
 * The minutes of a closed committee session as a PDF (issue 14, "Closing"): programme, date and
 * place, members present by side, quorum, declared conflicts of interest, each decision (accepted
 * levels with their rate and amount, refused with the reason, postponed with what is missing),
 * totals and a signature block. Self-contained: the caller gives plain values (MinutesInput),
 * already decided and computed; this file only writes them.
 */
import { renderToBuffer, Text, View } from "@react-pdf/renderer";
import { formatDay, formatWeekdayDay } from "~/platform/format/dates";
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
  H3,
  P,
  styles,
} from "./pdf-common.server";
import { sessionTimeText } from "./time-zones";

/** Which side of the committee a member sits on. */
export type CommitteeSide = "funder" | "operator";

/** One decision of the minutes. */
export type MinutesDecision = {
  readonly applicationNumber: string;
  readonly organizationName: string;
} & DecisionOutcome;

/** Everything the minutes say. */
export interface MinutesInput {
  readonly locale: Locale;
  readonly programmeName: string;
  readonly session: {
    /** "Comité de janvier 2027". */
    readonly title: string;
    readonly startsAt: Date;
    readonly closedAt: Date | null;
    readonly place: string | null;
    readonly videoLink: string | null;
  };
  /** Every member of the session, present or not. */
  readonly members: readonly {
    readonly name: string;
    readonly side: CommitteeSide;
    readonly present: boolean;
  }[];
  /** The fewest members of each side that must be present. */
  readonly quorum: { readonly funder: number; readonly operator: number };
  readonly conflicts: readonly {
    readonly memberName: string;
    readonly applicationNumber: string;
    readonly organizationName: string;
  }[];
  /** In agenda order. */
  readonly decisions: readonly MinutesDecision[];
  /**
   * How many decisions this copy leaves out: a member's copy leaves out the items on which they
   * declared a conflict of interest (they see nothing more of them); 0 or absent otherwise.
   */
  readonly hiddenItems?: number;
  readonly signatories: readonly { readonly name: string; readonly role: string }[];
  /** The date written above the signatures. */
  readonly signedOn: Date;
}

/** Members present on each side and whether the quorum is reached. */
export function quorumOf(input: Pick<MinutesInput, "members" | "quorum">): {
  funder: number;
  operator: number;
  met: boolean;
} {
  const present = (side: CommitteeSide) =>
    input.members.filter((member) => member.present && member.side === side).length;
  const funder = present("funder");
  const operator = present("operator");
  return {
    funder,
    operator,
    met: funder >= input.quorum.funder && operator >= input.quorum.operator,
  };
}

function Minutes({ input }: { input: MinutesInput }) {
  const { locale, session } = input;
  const t = createTranslator({ fr, en }, locale);
  const money = (cents: number) => formatEuros(cents, locale);
  const day = formatDay(session.startsAt, locale);
  const quorum = quorumOf(input);
  const sides: readonly CommitteeSide[] = ["funder", "operator"];
  const count = (outcome: DecisionOutcome["outcome"]) =>
    input.decisions.filter((decision) => decision.outcome === outcome).length;
  const total = input.decisions.reduce(
    (sum, decision) =>
      decision.outcome === "accepted" ? sum + grantedTotalCents(decision.levels) : sum,
    0,
  );
  const levelLine = (level: DecidedLevel) => {
    if (!level.granted || level.ratePercent === null) {
      return t("committees.minutes.levelNotGranted", { level: level.label });
    }
    const rate = formatPercent(level.ratePercent, locale);
    return level.costCents === null || level.grantedCents === null
      ? t("committees.minutes.levelGrantedNoCost", { level: level.label, rate })
      : t("committees.minutes.levelGranted", {
          level: level.label,
          rate,
          amount: money(level.grantedCents),
          cost: money(level.costCents),
        });
  };

  return (
    <CommitteeDocument
      title={`${t("committees.minutes.title")} – ${session.title}`}
      subject={input.programmeName}
      locale={locale}
      header={`${input.programmeName} – ${session.title}`}
      footer={({ pageNumber, totalPages }) =>
        t("committees.minutes.footer", {
          programme: input.programmeName,
          date: day,
          page: pageNumber,
          pages: totalPages,
        })
      }
    >
      <Text style={styles.title}>{pdfSafe(t("committees.minutes.title"))}</Text>
      <P>{t("committees.minutes.programme", { name: input.programmeName })}</P>
      <P>{t("committees.minutes.session", { title: session.title })}</P>
      <P>
        {t("committees.minutes.date", {
          date: sessionTimeText(t, session.startsAt, null, locale),
        })}
      </P>
      {session.place ? <P>{t("committees.minutes.place", { place: session.place })}</P> : null}
      {session.videoLink ? (
        <P>{t("committees.minutes.video", { link: session.videoLink })}</P>
      ) : null}
      {session.closedAt ? (
        <P>{t("committees.minutes.closedAt", { date: formatDay(session.closedAt, locale) })}</P>
      ) : null}

      <H2>{t("committees.minutes.membersHeading")}</H2>
      {input.members.length === 0 ? <P>{t("committees.minutes.membersNone")}</P> : null}
      {sides.flatMap((side) =>
        input.members
          .filter((member) => member.side === side)
          .map((member) => (
            <Bullet key={`${side}-${member.name}`}>
              {t("committees.minutes.member", {
                name: member.name,
                side: t(`committees.minutes.side.${side}`),
                presence: t(
                  member.present ? "committees.minutes.present" : "committees.minutes.absent",
                ),
              })}
            </Bullet>
          )),
      )}

      <H2>{t("committees.minutes.quorumHeading")}</H2>
      <P>{t("committees.minutes.quorumRule", input.quorum)}</P>
      <P>
        {t("committees.minutes.quorumPresent", {
          funder: quorum.funder,
          operator: quorum.operator,
        })}
      </P>
      <P bold>
        {t(quorum.met ? "committees.minutes.quorumMet" : "committees.minutes.quorumNotMet")}
      </P>

      <H2>{t("committees.minutes.conflictsHeading")}</H2>
      {input.conflicts.length === 0 && !input.hiddenItems ? (
        <P>{t("committees.minutes.conflictsNone")}</P>
      ) : null}
      {input.conflicts.map((conflict) => (
        <Bullet key={`${conflict.memberName}-${conflict.applicationNumber}`}>
          {t("committees.minutes.conflict", {
            member: conflict.memberName,
            number: conflict.applicationNumber,
            organization: conflict.organizationName,
          })}
        </Bullet>
      ))}

      <H2>{t("committees.minutes.decisionsHeading")}</H2>
      {input.hiddenItems ? (
        <P bold>{t("committees.minutes.hiddenItems", { count: input.hiddenItems })}</P>
      ) : input.decisions.length === 0 ? (
        <P>{t("committees.minutes.decisionsNone")}</P>
      ) : null}
      {input.decisions.map((decision) => {
        const without = input.conflicts
          .filter((conflict) => conflict.applicationNumber === decision.applicationNumber)
          .map((conflict) => conflict.memberName);
        return (
          <View key={decision.applicationNumber} style={styles.block} wrap={false}>
            <H3>
              {t("committees.minutes.item", {
                number: decision.applicationNumber,
                organization: decision.organizationName,
              })}
            </H3>
            <P bold>
              {t("committees.minutes.outcome", {
                outcome: t(`committees.decision.${decision.outcome}`),
              })}
            </P>
            {decision.outcome === "accepted"
              ? decision.levels.map((level) => (
                  <Bullet key={level.label}>{levelLine(level)}</Bullet>
                ))
              : null}
            {decision.outcome === "refused" ? (
              <>
                <P>{t("committees.minutes.reason", { reason: decision.reason })}</P>
                {decision.message ? (
                  <P>{t("committees.minutes.message", { message: decision.message })}</P>
                ) : null}
              </>
            ) : null}
            {decision.outcome === "postponed" ? (
              <P>{t("committees.minutes.missing", { missing: decision.missing })}</P>
            ) : null}
            {without.length > 0 ? (
              <P>{t("committees.minutes.withoutMembers", { names: without.join(", ") })}</P>
            ) : null}
          </View>
        );
      })}
      {input.decisions.length > 0 ? (
        <>
          <P>
            {t("committees.minutes.totals", {
              total: input.decisions.length,
              accepted: count("accepted"),
              refused: count("refused"),
              postponed: count("postponed"),
            })}
          </P>
          <P bold>{t("committees.minutes.totalGranted", { amount: money(total) })}</P>
        </>
      ) : null}

      <View wrap={false}>
        <H2>{t("committees.minutes.signaturesHeading")}</H2>
        <P>
          {t("committees.minutes.signedOn", { date: formatWeekdayDay(input.signedOn, locale) })}
        </P>
        <View style={styles.signatures}>
          {input.signatories.map((signatory) => (
            <View key={signatory.name} style={styles.signature}>
              <Text style={styles.strong}>{pdfSafe(signatory.name)}</Text>
              <Text style={styles.muted}>{pdfSafe(signatory.role)}</Text>
              <Text style={{ marginTop: 8 }}>{pdfSafe(t("committees.minutes.signature"))}</Text>
            </View>
          ))}
        </View>
      </View>
    </CommitteeDocument>
  );
}

/** Renders the minutes of a session to PDF bytes. */
export async function renderMinutesPdf(input: MinutesInput): Promise<Buffer> {
  return renderToBuffer(<Minutes input={input} />);
}
