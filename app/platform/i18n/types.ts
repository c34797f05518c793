/** A catalogue of UI messages: every key of the French source must exist in the other locale. */
export type Messages<Source> = { readonly [K in keyof Source]: string };

export const locales = ["fr", "en"] as const;
export type Locale = (typeof locales)[number];

/** Replaces `{name}` placeholders in a message with the given parameters. */
export function interpolate(
  template: string,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
