/** How a level's funding rate is written: "100 % du coût", "de 55 % à 75 % du coût". */
import { formatEuros } from "~/platform/format/money";
import { useLocale, useT } from "~/ui/i18n";

/** The rate range of a level, in words. */
export function RateRange({ min, max }: { min: number; max: number }) {
  const t = useT();
  return (
    <>
      {min === max
        ? t("programs.rate.fixed", { rate: min })
        : t("programs.rate.range", { min, max })}
    </>
  );
}

/** The cost ceiling of a level, when it has one. */
export function CeilingNote({ ceilingCents }: { ceilingCents: number | null }) {
  const t = useT();
  const locale = useLocale();
  if (ceilingCents === null) return null;
  return <>{t("programs.rate.ceiling", { amount: formatEuros(ceilingCents, locale) })}</>;
}
