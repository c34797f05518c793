/**
 * Builders for applications (shared by the tests and the e2e journeys): an applicant with an
 * organisation, a draft filled in step by step, and real small PDF and PNG files. Sessions and
 * route calls are in tests/support (sessions.ts, route-client.ts).
 */
import { randomUUID } from "node:crypto";
import { deflateSync } from "node:zlib";
import { and, eq } from "drizzle-orm";
import type { Actor } from "../../app/features/applications/actor";
import type { RawValues } from "../../app/features/applications/application.schema";
import type { DraftData } from "../../app/features/applications/draft";
import type { Role } from "../../app/features/auth/roles";
import type { Executor } from "../../app/platform/db/types";
import { applicationEvents, applications, organizationMembers, programs } from "../../db/schema";
import {
  declarationsValues,
  levelsValues,
  organizationValues,
  projectValues,
} from "./application-values";
import { buildOrganization } from "./organizations";
import { buildProgramme } from "./programs";
import { buildUser } from "./users";

export { declarationsValues, levelsValues, organizationValues, projectValues };

/** The Digit'ESS programme, created once per database. */
export async function digitessProgramId(executor: Executor): Promise<string> {
  const [existing] = await executor
    .select({ id: programs.id })
    .from(programs)
    .where(eq(programs.slug, "digitess"));
  return existing?.id ?? buildProgramme(executor);
}

/** A verified applicant who owns an organisation; returns the actor and the organisation id. */
export async function buildApplicant(
  executor: Executor,
  input: { email?: string; name?: string; organizationName?: string } = {},
): Promise<{ actor: Actor; organizationId: string; email: string }> {
  const email = input.email ?? `candidat-${randomUUID()}@exemple.fr`;
  const name = input.name ?? "Nadia Martin";
  const id = await buildUser(executor, { email, name, role: "applicant" });
  const { organizationId } = await buildOrganization(executor, {
    ownerId: id,
    name: input.organizationName ?? "Le Toit Partagé",
  });
  return { actor: { id, name, email, role: "applicant" }, organizationId, email };
}

/** A staff user; returns the actor. */
export async function buildStaff(executor: Executor, role: Role = "instructor"): Promise<Actor> {
  const email = `equipe-${randomUUID()}@exemple.fr`;
  const name = "Karim Benali";
  const id = await buildUser(executor, { email, name, role });
  return { id, name, email, role };
}

/** The raw values of a complete draft (every step filled in, documents aside). */
export function completeSteps(
  overrides: Partial<Record<"1" | "2" | "3" | "5", RawValues>> = {},
): DraftData {
  return {
    steps: {
      "1": { ...organizationValues, ...overrides["1"] },
      "2": { ...projectValues, ...overrides["2"] },
      "3": { ...levelsValues, ...overrides["3"] },
      "5": { ...declarationsValues, ...overrides["5"] },
    },
  };
}

/**
 * Inserts a draft with the given data (and its creation event); returns its id. Missing parents
 * are created: an applicant and their organisation, the Digit'ESS programme; without `createdBy`
 * the organisation's owner created it.
 */
export async function buildDraft(
  executor: Executor,
  overrides: {
    organizationId?: string;
    programId?: string;
    createdBy?: string;
    data?: DraftData;
    currentStep?: number;
  } = {},
): Promise<string> {
  const input = { ...overrides };
  if (!input.organizationId) {
    const applicant = await buildApplicant(executor);
    input.organizationId = applicant.organizationId;
    input.createdBy ??= applicant.actor.id;
  }
  if (!input.createdBy) {
    const [owner] = await executor
      .select({ userId: organizationMembers.userId })
      .from(organizationMembers)
      .where(
        and(
          eq(organizationMembers.organizationId, input.organizationId),
          eq(organizationMembers.role, "owner"),
        ),
      );
    if (!owner) throw new Error("buildDraft: the organisation has no owner");
    input.createdBy = owner.userId;
  }
  input.programId ??= await digitessProgramId(executor);
  const [row] = await executor
    .insert(applications)
    .values({
      organizationId: input.organizationId,
      programId: input.programId,
      createdBy: input.createdBy,
      data: input.data ?? { steps: {} },
      currentStep: input.currentStep ?? 1,
    })
    .returning({ id: applications.id });
  if (!row) throw new Error("draft not inserted");
  await executor.insert(applicationEvents).values({
    applicationId: row.id,
    actorId: input.createdBy,
    action: "create",
    toStatus: "draft",
  });
  return row.id;
}

/** A small but real one-page PDF whose text is `title`. */
export function samplePdf(title = "Statuts"): Uint8Array<ArrayBuffer> {
  const content = `BT /F1 18 Tf 72 720 Td (${title.replace(/[()\\]/g, "")}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let pdf = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(pdf.length);
    pdf += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) pdf += `${String(offset).padStart(10, "0")} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}

function crc32(bytes: Uint8Array): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(new TextEncoder().encode(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** A small but real PNG image (a plain colour square of `size` pixels). */
export function samplePng(size = 8): Uint8Array<ArrayBuffer> {
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, size);
  view.setUint32(4, size);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const rows = new Uint8Array(size * (1 + size * 3));
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) rows.set([46, 125, 50], y * (1 + size * 3) + 1 + x * 3);
  }
  const parts = [
    new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]),
    pngChunk("IHDR", header),
    pngChunk("IDAT", deflateSync(rows)),
    pngChunk("IEND", new Uint8Array()),
  ];
  const png = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    png.set(part, offset);
    offset += part.length;
  }
  return png;
}

/** The first bytes of a Windows executable (what a renamed .exe really is). */
export function sampleExe(): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(512);
  bytes.set([0x4d, 0x5a, 0x90, 0x00, 0x03], 0);
  bytes.set([0x80, 0x00, 0x00, 0x00], 0x3c);
  bytes.set([0x50, 0x45, 0x00, 0x00], 0x80);
  return bytes;
}
