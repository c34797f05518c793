/**
 * What the committees' two PDFs (minutes, decision letter) share: the page, its styles, the
 * document's metadata (title, language, shown title) and the text that the standard PDF fonts
 * can draw. Rendered with @react-pdf/renderer, which writes real text in reading order but does
 * not tag the PDF (docs/decisions/0014-committee-pdfs-and-accessibility.md).
 */
import { Document, Page, StyleSheet, Text, View } from "@react-pdf/renderer";
import type { ReactNode } from "react";
import type { Locale } from "~/platform/i18n/types";
import { pdfSafe } from "~/platform/pdf/safe-text";

export const brand = "#1f4e79";

// Two things of react-pdf 4.9 shape these styles (ADR 0017, as in the diagnostic's PDF):
// - a unitless line height becomes points with the font size of the element that declares it,
//   and children inherit those points: each text size below declares its own line height;
// - a `render` text (the page numbers) under an element with a line height is drawn thousands of
//   points off the page (diegomura/react-pdf#3402, #3566): the line height is on the body `View`,
//   never on the page, and the fixed footer has a height (#3416).
export const styles = StyleSheet.create({
  page: {
    paddingTop: 40,
    paddingBottom: 56,
    paddingHorizontal: 48,
    fontSize: 10,
    fontFamily: "Helvetica",
    color: "#1b1b1b",
  },
  body: { fontSize: 10, lineHeight: 1.4 },
  header: { fontSize: 9, lineHeight: 1.3, color: "#4a4a4a", marginBottom: 12 },
  title: {
    fontSize: 17,
    lineHeight: 1.25,
    fontFamily: "Helvetica-Bold",
    color: brand,
    marginBottom: 8,
  },
  h2: {
    fontSize: 12.5,
    lineHeight: 1.3,
    fontFamily: "Helvetica-Bold",
    color: brand,
    marginTop: 14,
    marginBottom: 6,
  },
  h3: {
    fontSize: 11,
    lineHeight: 1.3,
    fontFamily: "Helvetica-Bold",
    marginTop: 8,
    marginBottom: 3,
  },
  paragraph: { marginBottom: 5 },
  strong: { fontFamily: "Helvetica-Bold" },
  muted: { color: "#4a4a4a" },
  bullet: { flexDirection: "row", marginBottom: 3 },
  bulletMark: { width: 12 },
  bulletText: { flexGrow: 1, flexShrink: 1 },
  block: { marginBottom: 8 },
  signatures: { flexDirection: "row", flexWrap: "wrap", marginTop: 6 },
  signature: {
    width: "48%",
    marginRight: "2%",
    marginBottom: 10,
    padding: 8,
    border: "1 solid #c8c8c8",
    minHeight: 90,
  },
  footer: {
    position: "absolute",
    bottom: 24,
    left: 48,
    right: 48,
    height: 12,
    fontSize: 8,
    color: "#4a4a4a",
  },
});

/**
 * Words are never cut with a hyphen: the text read back from the PDF (copied, read aloud,
 * searched) keeps whole words, numbers and addresses.
 */
export const wholeWords = (word: string) => [word];

/** One paragraph (safe text). */
export function P({ children, bold = false }: { children: string; bold?: boolean }) {
  return (
    <Text
      style={bold ? [styles.paragraph, styles.strong] : styles.paragraph}
      hyphenationCallback={wholeWords}
    >
      {pdfSafe(children)}
    </Text>
  );
}

/** A section heading. */
export function H2({ children }: { children: string }) {
  return (
    <Text style={styles.h2} hyphenationCallback={wholeWords}>
      {pdfSafe(children)}
    </Text>
  );
}

/** A sub-heading. */
export function H3({ children }: { children: string }) {
  return (
    <Text style={styles.h3} hyphenationCallback={wholeWords}>
      {pdfSafe(children)}
    </Text>
  );
}

/** A bulleted line. */
export function Bullet({ children }: { children: string }) {
  return (
    <View style={styles.bullet}>
      <Text style={styles.bulletMark}>•</Text>
      <Text style={styles.bulletText} hyphenationCallback={wholeWords}>
        {pdfSafe(children)}
      </Text>
    </View>
  );
}

/** An A4 document with its metadata and a footer on every page. */
export function CommitteeDocument({
  title,
  subject,
  locale,
  header,
  footer,
  children,
}: {
  title: string;
  subject: string;
  locale: Locale;
  header: string;
  footer: (page: { pageNumber: number; totalPages: number }) => string;
  children: ReactNode;
}) {
  return (
    <Document
      title={pdfSafe(title)}
      subject={pdfSafe(subject)}
      author="Digit'ESS"
      creator="Digit'ESS"
      producer="Digit'ESS"
      language={locale}
    >
      <Page size="A4" style={styles.page}>
        <View style={styles.body}>
          <Text style={styles.header} hyphenationCallback={wholeWords}>
            {pdfSafe(header)}
          </Text>
          {children}
        </View>
        <Text
          style={styles.footer}
          fixed
          render={({ pageNumber, totalPages }) => pdfSafe(footer({ pageNumber, totalPages }))}
        />
      </Page>
    </Document>
  );
}

/** One requested level as decided: granted or not, at a rate, for an amount (integer cents). */
export interface DecidedLevel {
  readonly label: string;
  readonly granted: boolean;
  /** Whole percent; null when not granted. */
  readonly ratePercent: number | null;
  /** The cost the rate applies to; null for a level without a cost (a diagnostic paid in full). */
  readonly costCents: number | null;
  /** The amount the programme pays (cost × rate, half up, computed by the decision). */
  readonly grantedCents: number | null;
}

/** What the committee decided on one application. */
export type DecisionOutcome =
  | { readonly outcome: "accepted"; readonly levels: readonly DecidedLevel[] }
  | { readonly outcome: "refused"; readonly reason: string; readonly message: string | null }
  | { readonly outcome: "postponed"; readonly missing: string };

/** The total the programme pays for the granted levels of a decision, in cents. */
export function grantedTotalCents(levels: readonly DecidedLevel[]): number {
  return levels.reduce(
    (total, level) =>
      level.granted && level.grantedCents !== null ? total + level.grantedCents : total,
    0,
  );
}
