/**
 * The downloadable PDF of a diagnostic result: the same content as the result page, in its order
 * (scores, radar chart with its table, next step with its call to action, each dimension's meaning
 * and recommendations), every link written out in full, and the address of the result page, its
 * accessible version. Rendered on the server with @react-pdf/renderer, which cannot tag a PDF
 * (docs/decisions/0017-diagnostic-pdf-accessibility.md).
 */
import {
  Circle,
  Document,
  Line,
  Link,
  Page,
  Polygon,
  renderToBuffer,
  StyleSheet,
  Svg,
  Text,
  View,
} from "@react-pdf/renderer";
import type { ReactNode } from "react";
import { catalogue } from "~/i18n.server";
import { formatDay } from "~/platform/format/dates";
import { createTranslator } from "~/platform/i18n/translator";
import type { Locale } from "~/platform/i18n/types";
import { applyForSupportPath, supportPointsUrl } from "../links";
import { radarGeometry } from "../radar";
import type { ResultView } from "../result-view";

const levelKeys = {
  diagnostic: "diagnostic.level.diagnostic",
  scoping: "diagnostic.level.scoping",
  production: "diagnostic.level.production",
} as const;

const brand = "#1f4e79";

// Two things of react-pdf 4.9 shape these styles:
// - a unitless line height becomes points with the font size of the element that declares it,
//   and children inherit those points: each size below declares its own line height (a 22-point
//   score under the page's 14-point lines overlapped the line below it);
// - a `render` text (the page numbers) under an element with a line height is drawn off the page
//   (diegomura/react-pdf#3402, #3566): the line height is on the body, never on the page, and the
//   footer has a fixed height (#3416).
const styles = StyleSheet.create({
  page: {
    paddingTop: 40,
    paddingBottom: 56,
    paddingHorizontal: 40,
    fontSize: 10,
    fontFamily: "Helvetica",
    color: "#1b1b1b",
  },
  body: { fontSize: 10, lineHeight: 1.4 },
  header: { fontSize: 9, lineHeight: 1.3, color: "#4a4a4a", marginBottom: 12 },
  title: {
    fontSize: 18,
    lineHeight: 1.25,
    fontFamily: "Helvetica-Bold",
    color: brand,
    marginBottom: 6,
  },
  h2: {
    fontSize: 13,
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
    marginTop: 10,
    marginBottom: 3,
  },
  h4: { fontFamily: "Helvetica-Bold", marginTop: 2, marginBottom: 2 },
  score: { fontSize: 22, lineHeight: 1.2, fontFamily: "Helvetica-Bold", marginBottom: 4 },
  strong: { fontFamily: "Helvetica-Bold" },
  paragraph: { marginBottom: 4 },
  muted: { color: "#4a4a4a" },
  accessible: { marginTop: 8, padding: 6, border: "1 solid #c8c8c8" },
  chartRow: { flexDirection: "row", alignItems: "flex-start" },
  // The page's width (515) less the chart (200) and the gap.
  table: { width: 303, marginLeft: 12 },
  caption: { fontFamily: "Helvetica-Bold", marginBottom: 2 },
  row: { flexDirection: "row", borderBottom: "1 solid #c8c8c8", paddingVertical: 3 },
  cellNumber: { width: 20, flexShrink: 0 },
  cellTitle: { flexGrow: 1, flexShrink: 1, flexBasis: 0, paddingRight: 6 },
  cellScore: { width: 64, flexShrink: 0, textAlign: "right" },
  bullet: { flexDirection: "row", marginBottom: 3 },
  bulletMark: { width: 10, flexShrink: 0 },
  bulletText: { flexGrow: 1, flexShrink: 1 },
  link: { color: brand },
  footer: {
    position: "absolute",
    bottom: 24,
    left: 40,
    right: 40,
    height: 12,
    fontSize: 8,
    color: "#4a4a4a",
  },
});

/**
 * Words are never cut with a hyphen: the text read back from the PDF (copied, read aloud,
 * searched) keeps whole words and whole addresses.
 */
const wholeWords = (word: string) => [word];

export interface ResultDocumentInput {
  readonly view: ResultView;
  readonly completedAt: string;
  /** The organisation the result is saved to; null while it is only reachable by its link. */
  readonly organizationName: string | null;
  /** The app's public address (links to its pages are written out in full). */
  readonly appUrl: string;
  /** The result page, the accessible version of this document (absolute URL). */
  readonly pageUrl: string;
  readonly locale: Locale;
}

/** The radar chart, drawn with the same geometry as the web page's. */
function Radar({ view }: { view: ResultView }) {
  const size = 200;
  const geometry = radarGeometry(
    view.dimensions.map((d) => d.score ?? 0),
    { size, margin: 22, labelGap: 8 },
  );
  return (
    <Svg width={size} height={size} viewBox={`0 0 ${size} ${size}`}>
      {geometry.rings.map((ring) => (
        <Polygon
          key={ring.value}
          points={ring.points}
          stroke="#c8c8c8"
          strokeWidth={1}
          fill="none"
        />
      ))}
      {geometry.axes.map((axis, index) => (
        <Line
          key={view.dimensions[index]?.id}
          x1={geometry.center.x}
          y1={geometry.center.y}
          x2={axis.x}
          y2={axis.y}
          stroke="#c8c8c8"
          strokeWidth={1}
        />
      ))}
      <Polygon
        points={geometry.points}
        stroke={brand}
        strokeWidth={2}
        fill={brand}
        fillOpacity={0.25}
      />
      {geometry.vertices.map((vertex, index) => (
        <Circle key={view.dimensions[index]?.id} cx={vertex.x} cy={vertex.y} r={2.5} fill={brand} />
      ))}
      {geometry.labels.map((label, index) => (
        <Text
          key={view.dimensions[index]?.id}
          x={label.x - 3}
          y={label.y + 3}
          style={{ fontSize: 9, fontFamily: "Helvetica-Bold" }}
        >
          {String(index + 1)}
        </Text>
      ))}
    </Svg>
  );
}

type TextStyle = (typeof styles)[keyof typeof styles];

/** A block of text, never hyphenated. */
function P({
  style = styles.paragraph,
  children,
}: {
  style?: TextStyle | TextStyle[];
  children: ReactNode;
}) {
  return (
    <Text style={style} hyphenationCallback={wholeWords}>
      {children}
    </Text>
  );
}

/** What a link of the page says, then its full address on the next line (clickable). */
function LinkText({ label, url }: { label: string; url: string }) {
  return (
    <>
      {label}
      {"\n"}
      <Link src={url} style={styles.link}>
        {url}
      </Link>
    </>
  );
}

/** The PDF document of a result: the result page's content, in the page's order. */
export function ResultDocument({
  view,
  completedAt,
  organizationName,
  appUrl,
  pageUrl,
  locale,
}: ResultDocumentInput) {
  const t = createTranslator(catalogue, locale);
  const title = t("diagnostic.result.title");
  const absolute = (path: string) => new URL(path, appUrl).toString();
  return (
    <Document
      title={title}
      author="Digit'ESS"
      language={locale}
      creator="Digit'ESS"
      producer="Digit'ESS"
    >
      <Page size="A4" style={styles.page}>
        <View style={styles.body}>
          <P style={styles.header}>{`Digit'ESS – ${t("app.tagline")}`}</P>
          <P style={styles.title}>{title}</P>
          <P style={styles.muted}>
            {t("diagnostic.result.completedOn", {
              date: formatDay(completedAt, locale),
              version: view.version,
            })}
          </P>
          {organizationName ? (
            <P style={styles.muted}>
              {t("diagnostic.result.organization", { name: organizationName })}
            </P>
          ) : null}
          <View style={styles.accessible} wrap={false}>
            <P>
              <LinkText label={t("diagnostic.result.pdfAccessible")} url={pageUrl} />
            </P>
            <P style={styles.muted}>
              {organizationName
                ? t("diagnostic.result.pdfAccessibleMembers", { name: organizationName })
                : t("diagnostic.result.pdfAccessibleSecret")}
            </P>
          </View>

          <P style={styles.h2}>{t("diagnostic.result.globalHeading")}</P>
          <P style={styles.score}>
            {t("diagnostic.result.globalScore", { score: view.globalScore })}
          </P>
          <P>{t("diagnostic.result.level", { level: view.levelLabel })}</P>
          <P>{view.levelDescription}</P>

          <P style={styles.h2}>{t("diagnostic.result.chartHeading")}</P>
          <P>{t("diagnostic.result.chartDescription")}</P>
          <View style={styles.chartRow} wrap={false}>
            <Radar view={view} />
            <View style={styles.table}>
              <P style={styles.caption}>{t("diagnostic.result.tableCaption")}</P>
              <View style={[styles.row, styles.strong]}>
                <P style={styles.cellNumber}>{t("diagnostic.result.number")}</P>
                <P style={styles.cellTitle}>{t("diagnostic.result.dimension")}</P>
                <P style={styles.cellScore}>{t("diagnostic.result.score")}</P>
              </View>
              {view.dimensions.map((dimension, index) => (
                <View key={dimension.id} style={styles.row}>
                  <P style={styles.cellNumber}>{String(index + 1)}</P>
                  <P style={styles.cellTitle}>{dimension.title}</P>
                  <P style={styles.cellScore}>
                    {dimension.score === null
                      ? t("diagnostic.result.notApplicable")
                      : `${dimension.score} / 100`}
                  </P>
                </View>
              ))}
            </View>
          </View>

          <View wrap={false}>
            <P style={styles.h2}>{t("diagnostic.result.nextStepHeading")}</P>
            <P style={[styles.paragraph, styles.strong]}>
              {t("diagnostic.result.nextStepLevel", { level: t(levelKeys[view.nextStep.level]) })}
            </P>
            <P>{view.nextStep.reason}</P>
            <P>
              <LinkText
                label={t("diagnostic.result.nextStepApply")}
                url={absolute(applyForSupportPath(view.nextStep.level))}
              />
            </P>
            <P>{t("diagnostic.result.nextStepNetwork")}</P>
            <P>
              <LinkText label={t("diagnostic.result.networkLink")} url={supportPointsUrl} />
            </P>
          </View>

          <P style={styles.h2}>{t("diagnostic.result.dimensionsHeading")}</P>
          <P>{t("diagnostic.result.dimensionsIntro")}</P>
          {view.adviceOrder.map((dimension) => (
            <View key={dimension.id} wrap={false}>
              <P style={styles.h3}>
                {dimension.title}
                {dimension.priority ? ` – ${t("diagnostic.result.priority")}` : ""}
              </P>
              <P>
                {dimension.score === null
                  ? t("diagnostic.result.noScore")
                  : t("diagnostic.result.dimensionScore", { score: dimension.score })}
              </P>
              {dimension.summary ? <P>{dimension.summary}</P> : null}
              {dimension.recommendations.length > 0 ? (
                <P style={styles.h4}>{t("diagnostic.result.recommendationsHeading")}</P>
              ) : null}
              {dimension.recommendations.map((recommendation) => (
                <View key={recommendation.text} style={styles.bullet}>
                  <P style={styles.bulletMark}>•</P>
                  <P style={styles.bulletText}>
                    {recommendation.text}
                    {recommendation.link?.kind === "resource" ? (
                      <>
                        {" "}
                        <LinkText
                          label={t("diagnostic.result.resourceLink", {
                            title: recommendation.link.title,
                          })}
                          url={recommendation.link.url}
                        />
                      </>
                    ) : null}
                    {recommendation.link?.kind === "support_level" ? (
                      <>
                        {" "}
                        <LinkText
                          label={t("diagnostic.result.supportLink", {
                            level: t(levelKeys[recommendation.link.level]),
                          })}
                          url={absolute(applyForSupportPath(recommendation.link.level))}
                        />
                      </>
                    ) : null}
                  </P>
                </View>
              ))}
            </View>
          ))}
        </View>
        <Text
          style={styles.footer}
          fixed
          render={({ pageNumber, totalPages }) =>
            `Digit'ESS – ${title} – ${pageNumber} / ${totalPages}`
          }
        />
      </Page>
    </Document>
  );
}

/** Renders the PDF of a result to bytes. */
export async function renderResultPdf(input: ResultDocumentInput): Promise<Buffer> {
  return renderToBuffer(<ResultDocument {...input} />);
}

/** A PDF download response, never cached by shared caches (its URL may be a secret link). */
export function pdfDownloadResponse(pdf: Buffer, completedAt: Date): Response {
  const day = completedAt.toISOString().slice(0, 10);
  return new Response(new Uint8Array(pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="diagnostic-numerique-${day}.pdf"`,
      "content-length": String(pdf.length),
      "cache-control": "private, no-store",
    },
  });
}
