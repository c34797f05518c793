// The PDF receipt of a submission, rendered from its frozen snapshot: number, date, organisation,
// levels with amounts, files with their sizes, declarations. Built with @react-pdf/renderer.
import { Document, Page, renderToBuffer, StyleSheet, Text, View } from "@react-pdf/renderer";
import { formatCalendarDate, formatDateTime } from "~/platform/format/dates";
import { formatEuros, formatPercent } from "~/platform/format/money";
import { createTranslator } from "~/platform/i18n/translator";
import { pdfSafe } from "~/platform/pdf/safe-text";
import { formatBytes } from "./format";
import { en, fr } from "./messages";
import type { SubmissionSnapshot } from "./snapshot";

const t = createTranslator({ fr, en }, "fr");

const styles = StyleSheet.create({
  page: { padding: 40, fontSize: 10, fontFamily: "Helvetica", lineHeight: 1.4 },
  title: { fontSize: 16, fontFamily: "Helvetica-Bold", marginBottom: 4 },
  subtitle: { fontSize: 11, marginBottom: 16 },
  heading: { fontSize: 12, fontFamily: "Helvetica-Bold", marginTop: 14, marginBottom: 6 },
  row: { flexDirection: "row", marginBottom: 2 },
  label: { width: 170, color: "#444444" },
  value: { flex: 1 },
  item: { marginBottom: 4 },
  footer: { marginTop: 24, fontSize: 8, color: "#666666" },
});

function Line({ label, value }: { label: string; value: string }) {
  return (
    <View style={styles.row}>
      <Text style={styles.label}>{pdfSafe(label)}</Text>
      <Text style={styles.value}>{pdfSafe(value)}</Text>
    </View>
  );
}

function Receipt({ snapshot, generatedAt }: { snapshot: SubmissionSnapshot; generatedAt: Date }) {
  const { organization } = snapshot;
  return (
    <Document title={`${t("applications.receipt.title")} ${snapshot.number}`} author="Digit'ESS">
      <Page size="A4" style={styles.page}>
        <Text style={styles.title}>{pdfSafe(t("applications.receipt.title"))}</Text>
        <Text style={styles.subtitle}>{pdfSafe(snapshot.program.name)}</Text>
        <Line label={t("applications.receipt.number")} value={snapshot.number} />
        <Line
          label={t("applications.receipt.submittedAt")}
          value={formatDateTime(snapshot.submittedAt, "fr")}
        />
        <Line
          label={t("applications.receipt.submittedBy")}
          value={`${snapshot.submittedBy.name} (${snapshot.submittedBy.email})`}
        />

        <Text style={styles.heading}>{pdfSafe(t("applications.receipt.organization"))}</Text>
        <Line label={t("applications.field.name")} value={organization.name} />
        <Line
          label={t("applications.field.address")}
          value={`${organization.addressLine}, ${organization.postcode} ${organization.commune}`}
        />
        <Line
          label={t("applications.field.creationDate")}
          value={formatCalendarDate(organization.creationDate, "fr")}
        />
        <Line
          label={t("applications.field.contact")}
          value={`${organization.contactName} (${organization.contactRole})`}
        />

        <Text style={styles.heading}>{pdfSafe(t("applications.receipt.levels"))}</Text>
        {snapshot.levels.map((level) => (
          <View key={level.kind} style={styles.item}>
            <Text style={{ fontFamily: "Helvetica-Bold" }}>{pdfSafe(level.label)}</Text>
            {level.totalCostCents === null ? (
              <Text>
                {pdfSafe(t("applications.receipt.levelNoCost", { rate: level.ratePercent }))}
              </Text>
            ) : (
              <>
                <Line
                  label={t("applications.field.totalCost")}
                  value={formatEuros(level.totalCostCents)}
                />
                <Line
                  label={t("applications.field.ratePercent")}
                  value={formatPercent(level.ratePercent)}
                />
                <Line
                  label={t("applications.levels.programmeShare")}
                  value={formatEuros(level.programmeShareCents ?? 0)}
                />
                <Line
                  label={t("applications.levels.remaining")}
                  value={formatEuros(level.remainingCents ?? 0)}
                />
              </>
            )}
          </View>
        ))}

        <Text style={styles.heading}>{pdfSafe(t("applications.receipt.attachments"))}</Text>
        {snapshot.attachments.map((file) => (
          <Text key={file.id} style={styles.item}>
            {pdfSafe(
              t("applications.receipt.file", {
                name: file.fileName,
                kind: t(`applications.attachmentKind.${file.kind}`),
                size: formatBytes(file.sizeBytes),
              }),
            )}
          </Text>
        ))}

        <Text style={styles.heading}>{pdfSafe(t("applications.receipt.declarations"))}</Text>
        <Text style={styles.item}>
          {pdfSafe(
            t("applications.receipt.sworn", {
              name: snapshot.declarations.signatoryName,
              role: snapshot.declarations.signatoryRole,
            }),
          )}
        </Text>
        <Text style={styles.item}>{pdfSafe(t("applications.receipt.consent"))}</Text>

        <Text style={styles.footer}>
          {pdfSafe(t("applications.receipt.footer", { date: formatDateTime(generatedAt, "fr") }))}
        </Text>
      </Page>
    </Document>
  );
}

/** Renders the receipt of a submission as PDF bytes. */
export async function renderReceipt(
  snapshot: SubmissionSnapshot,
  generatedAt = new Date(),
): Promise<Buffer> {
  return renderToBuffer(<Receipt snapshot={snapshot} generatedAt={generatedAt} />);
}
