/**
 * The downloadable PDF of a diagnostic result: the same content as the result page (scores,
 * radar chart with its table, next step, each dimension's meaning and recommendations with their
 * links written out), rendered on the server with @react-pdf/renderer.
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
import { catalogue } from "~/i18n.server";
import { formatDay } from "~/platform/format/dates";
import { createTranslator } from "~/platform/i18n/translator";
import type { Locale } from "~/platform/i18n/types";
import { radarGeometry } from "../radar";
import type { ResultView } from "../result-view";

const levelKeys = {
  diagnostic: "diagnostic.level.diagnostic",
  scoping: "diagnostic.level.scoping",
  production: "diagnostic.level.production",
} as const;

const brand = "#1f4e79";

const styles = StyleSheet.create({
  page: { padding: 40, fontSize: 10, fontFamily: "Helvetica", color: "#1b1b1b", lineHeight: 1.4 },
  header: { fontSize: 9, color: "#4a4a4a", marginBottom: 12 },
  title: { fontSize: 18, fontFamily: "Helvetica-Bold", color: brand, marginBottom: 6 },
  h2: { fontSize: 13, fontFamily: "Helvetica-Bold", color: brand, marginTop: 14, marginBottom: 6 },
  h3: { fontSize: 11, fontFamily: "Helvetica-Bold", marginTop: 10, marginBottom: 3 },
  score: { fontSize: 22, fontFamily: "Helvetica-Bold", marginBottom: 2 },
  paragraph: { marginBottom: 4 },
  muted: { color: "#4a4a4a" },
  chartRow: { flexDirection: "row", alignItems: "flex-start" },
  table: { flexGrow: 1, marginLeft: 12 },
  row: { flexDirection: "row", borderBottom: "1 solid #c8c8c8", paddingVertical: 3 },
  cellNumber: { width: 20 },
  cellTitle: { flexGrow: 1, flexShrink: 1, paddingRight: 6 },
  cellScore: { width: 60, textAlign: "right" },
  bullet: { flexDirection: "row", marginBottom: 3 },
  bulletMark: { width: 10 },
  bulletText: { flexGrow: 1, flexShrink: 1 },
  link: { color: brand },
  footer: { position: "absolute", bottom: 20, left: 40, right: 40, fontSize: 8, color: "#4a4a4a" },
});

export interface ResultDocumentInput {
  readonly view: ResultView;
  readonly completedAt: string;
  readonly organizationName: string | null;
  readonly appUrl: string;
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

/** The PDF document of a result. */
export function ResultDocument({
  view,
  completedAt,
  organizationName,
  appUrl,
  locale,
}: ResultDocumentInput) {
  const t = createTranslator(catalogue, locale);
  const title = t("diagnostic.result.title");
  return (
    <Document
      title={title}
      author="Digit'ESS"
      language={locale}
      creator="Digit'ESS"
      producer="Digit'ESS"
    >
      <Page size="A4" style={styles.page}>
        <Text style={styles.header}>{`Digit'ESS – ${t("app.tagline")}`}</Text>
        <Text style={styles.title}>{title}</Text>
        <Text style={styles.muted}>
          {t("diagnostic.result.completedOn", {
            date: formatDay(completedAt, locale),
            version: view.version,
          })}
        </Text>
        {organizationName ? (
          <Text style={styles.muted}>
            {t("diagnostic.result.organization", { name: organizationName })}
          </Text>
        ) : null}

        <Text style={styles.h2}>{t("diagnostic.result.globalHeading")}</Text>
        <Text style={styles.score}>
          {t("diagnostic.result.globalScore", { score: view.globalScore })}
        </Text>
        <Text style={styles.paragraph}>
          {t("diagnostic.result.level", { level: view.levelLabel })}
        </Text>
        <Text style={styles.paragraph}>{view.levelDescription}</Text>

        <Text style={styles.h2}>{t("diagnostic.result.chartHeading")}</Text>
        <View style={styles.chartRow} wrap={false}>
          <Radar view={view} />
          <View style={styles.table}>
            <View style={[styles.row, { fontFamily: "Helvetica-Bold" }]}>
              <Text style={styles.cellNumber}>{t("diagnostic.result.number")}</Text>
              <Text style={styles.cellTitle}>{t("diagnostic.result.dimension")}</Text>
              <Text style={styles.cellScore}>{t("diagnostic.result.score")}</Text>
            </View>
            {view.dimensions.map((dimension, index) => (
              <View key={dimension.id} style={styles.row}>
                <Text style={styles.cellNumber}>{String(index + 1)}</Text>
                <Text style={styles.cellTitle}>{dimension.title}</Text>
                <Text style={styles.cellScore}>
                  {dimension.score === null
                    ? t("diagnostic.result.notApplicable")
                    : `${dimension.score} / 100`}
                </Text>
              </View>
            ))}
          </View>
        </View>

        <Text style={styles.h2}>{t("diagnostic.result.nextStepHeading")}</Text>
        <Text style={[styles.paragraph, { fontFamily: "Helvetica-Bold" }]}>
          {t("diagnostic.result.nextStepLevel", { level: t(levelKeys[view.nextStep.level]) })}
        </Text>
        <Text style={styles.paragraph}>{view.nextStep.reason}</Text>
        <Text style={styles.paragraph}>{t("diagnostic.result.nextStepNetwork")}</Text>
        <Link src={appUrl} style={styles.link}>
          {appUrl}
        </Link>

        <Text style={styles.h2}>{t("diagnostic.result.dimensionsHeading")}</Text>
        <Text style={styles.paragraph}>{t("diagnostic.result.dimensionsIntro")}</Text>
        {view.adviceOrder.map((dimension) => (
          <View key={dimension.id} wrap={false}>
            <Text style={styles.h3}>
              {dimension.title}
              {dimension.priority ? ` – ${t("diagnostic.result.priority")}` : ""}
            </Text>
            <Text style={styles.paragraph}>
              {dimension.score === null
                ? t("diagnostic.result.noScore")
                : t("diagnostic.result.dimensionScore", { score: dimension.score })}
            </Text>
            {dimension.summary ? <Text style={styles.paragraph}>{dimension.summary}</Text> : null}
            {dimension.recommendations.map((recommendation) => (
              <View key={recommendation.text} style={styles.bullet}>
                <Text style={styles.bulletMark}>•</Text>
                <Text style={styles.bulletText}>
                  {recommendation.text}
                  {recommendation.link?.kind === "resource"
                    ? ` ${t("diagnostic.result.resourceLink", { title: recommendation.link.title })} : ${recommendation.link.url}`
                    : ""}
                  {recommendation.link?.kind === "support_level"
                    ? ` ${t("diagnostic.result.supportLink", { level: t(levelKeys[recommendation.link.level]) })}`
                    : ""}
                </Text>
              </View>
            ))}
          </View>
        ))}
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
