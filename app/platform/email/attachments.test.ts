import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createDiskStorage } from "~/platform/storage/disk-storage.server";
import { newStorageKey } from "~/platform/storage/storage";
import {
  MAX_INLINE_ATTACHMENT_CHARS,
  MAX_MAIL_ATTACHMENTS,
  mailAttachmentsSchema,
  resolveAttachments,
} from "./attachments";

const pdf = { filename: "decision.pdf", contentType: "application/pdf" };

describe("mail attachments", () => {
  it("accepts a stored file by key or a small inline text, nothing else", () => {
    const key = newStorageKey();
    expect(
      mailAttachmentsSchema.safeParse([
        { ...pdf, storageKey: key },
        { filename: "seance.ics", contentType: "text/calendar; charset=utf-8", content: "BEGIN" },
        {
          filename: "invitation.ics",
          contentType: "text/calendar; charset=UTF-8; method=REQUEST",
          content: "BEGIN",
        },
      ]).success,
    ).toBe(true);
    const refused = [
      [{ ...pdf, storageKey: "../etc/passwd" }],
      [{ ...pdf, storageKey: key, content: "both" }],
      [{ ...pdf }],
      [{ ...pdf, filename: "../x.pdf", storageKey: key }],
      [{ ...pdf, filename: 'a"b.pdf', storageKey: key }],
      [{ ...pdf, contentType: "application/pdf\r\nX: y", storageKey: key }],
      [{ ...pdf, contentType: "text/calendar; method=REQUEST; charset=utf-8", content: "x" }],
      [{ ...pdf, contentType: "text/calendar; name=x.ics", content: "x" }],
      [{ ...pdf, content: "x".repeat(MAX_INLINE_ATTACHMENT_CHARS + 1) }],
      Array.from({ length: MAX_MAIL_ATTACHMENTS + 1 }, () => ({ ...pdf, storageKey: key })),
    ];
    for (const value of refused) expect(mailAttachmentsSchema.safeParse(value).success).toBe(false);
  });

  it("reads a stored file's bytes and fails when it is missing", async () => {
    const storage = createDiskStorage({
      root: mkdtempSync(path.join(tmpdir(), "digitess-attachments-")),
    });
    const key = newStorageKey();
    const bytes = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff]);
    await storage.put(key, bytes, { maxBytes: 100 });
    const [stored, inline] = await resolveAttachments(storage, [
      { ...pdf, storageKey: key },
      { filename: "a.ics", contentType: "text/calendar", content: "Réunion" },
    ]);
    expect(stored?.content.equals(bytes)).toBe(true);
    expect(inline?.content.toString("utf8")).toBe("Réunion");
    await expect(
      resolveAttachments(storage, [{ ...pdf, storageKey: newStorageKey() }]),
    ).rejects.toThrow(/not in the file store/);
    expect(await resolveAttachments(storage, undefined)).toEqual([]);
  });
});
