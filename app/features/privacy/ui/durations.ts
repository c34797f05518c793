// A configured period as words ("12 mois", "1 an", "7 jours"), for the privacy pages.
import type { MessageKey } from "~/i18n";

type Unit = "day" | "month" | "year";

export function durationText(
  t: (key: MessageKey, params?: Record<string, string | number>) => string,
  unit: Unit,
  count: number,
): string {
  const key = `privacy.duration.${unit}${count === 1 ? "" : "s"}` as MessageKey;
  return t(key, { count });
}
