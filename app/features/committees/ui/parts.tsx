// Pieces of the session and item pages: the quorum, the envelopes, an agenda line's levels and
// scores, and a decision as recorded.
import { formatEuros, formatPercent } from "~/platform/format/money";
import { formatDecimal } from "~/platform/format/numbers";
import { useLocale, useT } from "~/ui/i18n";
import type { AgendaLevel, DecisionView } from "../queries.server";
import type { EnvelopeBalance, Quorum } from "../rules";

export function QuorumState({ quorum }: { quorum: Quorum }) {
  const t = useT();
  return (
    <p className={quorum.met ? "committee-quorum-met" : "committee-quorum-missing"}>
      {quorum.met
        ? t("committees.quorum.met", {
            funder: quorum.funderPresent,
            operator: quorum.operatorPresent,
          })
        : t("committees.quorum.missing", {
            funder: quorum.missingFunder,
            operator: quorum.missingOperator,
          })}
    </p>
  );
}

export function Envelopes({ envelopes }: { envelopes: readonly EnvelopeBalance[] }) {
  const t = useT();
  const locale = useLocale();
  if (envelopes.length === 0) return <p>{t("committees.envelopes.none")}</p>;
  return (
    <ul className="committee-envelopes">
      {envelopes.map((envelope) => (
        <li key={envelope.funderId}>
          <strong>{envelope.funderName}</strong>{" "}
          {t("committees.envelopes.line", {
            envelope: formatEuros(envelope.envelopeCents, locale),
            granted: formatEuros(envelope.grantedCents, locale),
            remaining: formatEuros(envelope.remainingCents, locale),
          })}
        </li>
      ))}
    </ul>
  );
}

export function RequestedLevels({ levels }: { levels: readonly AgendaLevel[] }) {
  const t = useT();
  const locale = useLocale();
  if (levels.length === 0) return <p>{t("committees.levels.none")}</p>;
  return (
    <ul className="committee-levels">
      {levels.map((level) => (
        <li key={level.kind}>
          {level.totalCostCents === null
            ? t("committees.levels.noCost", {
                level: level.label,
                rate: formatPercent(level.ratePercent, locale),
              })
            : t("committees.levels.line", {
                level: level.label,
                cost: formatEuros(level.totalCostCents, locale),
                rate: formatPercent(level.ratePercent, locale),
                share: formatEuros(level.programmeShareCents ?? 0, locale),
              })}
        </li>
      ))}
    </ul>
  );
}

export function ReviewAverage({ review }: { review: { average: number | null; count: number } }) {
  const t = useT();
  const locale = useLocale();
  return (
    <>
      {review.average === null
        ? t("committees.review.none")
        : t("committees.review.average", {
            average: formatDecimal(review.average, locale),
            count: review.count,
          })}
    </>
  );
}

export function DecisionSummary({
  decision,
  labels,
}: {
  decision: DecisionView;
  labels: ReadonlyMap<string, string>;
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <div className="committee-decision">
      <p>
        <strong>{t(`committees.outcome.${decision.outcome}`)}</strong>
        {decision.revision > 0
          ? ` – ${t("committees.decision.amended", { n: decision.revision })}`
          : ""}
        {decision.final ? ` – ${t("committees.decision.final")}` : ""}
      </p>
      {decision.outcome === "accepted" ? (
        <ul>
          {decision.levels.map((level) => (
            <li key={level.kind}>
              {level.granted
                ? t("committees.decision.grantedLine", {
                    level: labels.get(level.kind) ?? level.kind,
                    rate: formatPercent(level.ratePercent ?? 0, locale),
                    cost: formatEuros(level.costCents ?? 0, locale),
                    amount: formatEuros(level.grantedCents ?? 0, locale),
                    funder: level.funderName ?? "",
                  })
                : t("committees.decision.notGrantedLine", {
                    level: labels.get(level.kind) ?? level.kind,
                  })}
            </li>
          ))}
        </ul>
      ) : null}
      {decision.outcome === "refused" ? (
        <>
          <p>
            {t("committees.decision.reasonLabel")}{" "}
            {t(`committees.refusalReason.${(decision.refusalReason ?? "other") as "other"}`)}
          </p>
          <p className="committee-prewrap">{decision.applicantMessage}</p>
        </>
      ) : null}
      {decision.outcome === "postponed" ? (
        <p className="committee-prewrap">
          {t("committees.decision.missingLabel")} {decision.missing}
        </p>
      ) : null}
      {decision.amendmentReason ? (
        <p>
          {t("committees.decision.amendmentReasonLabel")} {decision.amendmentReason}
        </p>
      ) : null}
      {decision.overEnvelopeConfirmed ? (
        <p>{t("committees.decision.overEnvelopeConfirmed")}</p>
      ) : null}
    </div>
  );
}
