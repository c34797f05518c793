// File sizes for display, the one way (application documents, deliverables).
import type { Locale } from "~/platform/i18n/types";
import { intlTag } from "./dates";
import { numberFormat } from "./intl";

/** A file size: "850 octets", "12 Ko", "3,4 Mo" (base 1024, as file managers show). */
export function formatBytes(bytes: number, locale: Locale = "fr"): string {
  const units = locale === "fr" ? ["octets", "Ko", "Mo"] : ["bytes", "KB", "MB"];
  const number = (value: number, digits: number) =>
    numberFormat(intlTag(locale), { maximumFractionDigits: digits }).format(value);
  if (bytes < 1024) return `${number(bytes, 0)} ${units[0]}`;
  if (bytes < 1024 * 1024) return `${number(Math.round(bytes / 1024), 0)} ${units[1]}`;
  return `${number(bytes / (1024 * 1024), 1)} ${units[2]}`;
}
