import { describe, expect, it } from "vitest";
import {
  APPLICATION_ATTACHMENTS_MAX_BYTES,
  ATTACHMENT_MAX_BYTES,
  acceptedMimeType,
  allowedAttachmentKinds,
  attachmentSizeProblem,
  contentDisposition,
  displayFileName,
  isSizeProblem,
  levelAmounts,
  levelRequiresCost,
  missingAttachmentKinds,
  parseFormStep,
  remainingUploadBytes,
  requiredAttachmentKinds,
  uploadLimitFor,
  uploadSizeProblem,
} from "./rules";

describe("parseFormStep", () => {
  it.each([
    ["1", 1],
    ["5", 5],
  ])("reads %s", (text, step) => expect(parseFormStep(text)).toBe(step));
  it.each([undefined, "0", "6", "01", "1.0", "a", ""])("refuses %j", (text) =>
    expect(parseFormStep(text)).toBeNull(),
  );
});

describe("levelAmounts", () => {
  it("splits a cost at the requested rate, share rounded half up, parts adding up", () => {
    expect(levelAmounts(1_200_000, 75)).toEqual({
      programmeShareCents: 900_000,
      remainingCents: 300_000,
    });
    // 333,33 € at 55 % = 183,3315 € -> 183,33 € ; 1 cent at 50 % = 0,5 cent -> 1 cent (half up).
    expect(levelAmounts(33_333, 55)).toEqual({
      programmeShareCents: 18_333,
      remainingCents: 15_000,
    });
    expect(levelAmounts(1, 50)).toEqual({ programmeShareCents: 1, remainingCents: 0 });
  });
  it("needs a cost for scoping and production only", () => {
    expect(levelRequiresCost("diagnostic")).toBe(false);
    expect(levelRequiresCost("scoping")).toBe(true);
    expect(levelRequiresCost("production")).toBe(true);
  });
});

describe("documents per level", () => {
  it("always requires the statutes and the accounts", () => {
    for (const levels of [[], ["diagnostic"], ["scoping", "production"]] as const) {
      expect(requiredAttachmentKinds(levels)).toEqual(["statutes", "accounts"]);
    }
  });
  it("offers specifications with production and quotes with a costed level", () => {
    expect(allowedAttachmentKinds(["diagnostic"])).toEqual(["statutes", "accounts", "other"]);
    expect(allowedAttachmentKinds(["scoping"])).toEqual(["statutes", "accounts", "quote", "other"]);
    expect(allowedAttachmentKinds(["diagnostic", "production"])).toEqual([
      "statutes",
      "accounts",
      "specifications",
      "quote",
      "other",
    ]);
  });
  it("lists the required kinds no file covers", () => {
    expect(missingAttachmentKinds(["scoping"], [])).toEqual(["statutes", "accounts"]);
    expect(missingAttachmentKinds(["scoping"], ["accounts", "quote"])).toEqual(["statutes"]);
    expect(missingAttachmentKinds(["production"], ["statutes", "accounts"])).toEqual([]);
  });
});

describe("attachment sizes", () => {
  it("accepts up to 10 MB per file and 50 MB per application", () => {
    expect(attachmentSizeProblem(ATTACHMENT_MAX_BYTES, 0)).toBeNull();
    expect(attachmentSizeProblem(ATTACHMENT_MAX_BYTES + 1, 0)).toBe("file_too_large");
    expect(attachmentSizeProblem(0, 0)).toBe("empty");
    expect(
      attachmentSizeProblem(
        ATTACHMENT_MAX_BYTES,
        APPLICATION_ATTACHMENTS_MAX_BYTES - ATTACHMENT_MAX_BYTES,
      ),
    ).toBeNull();
    expect(attachmentSizeProblem(1, APPLICATION_ATTACHMENTS_MAX_BYTES)).toBe(
      "application_total_too_large",
    );
    // Five files of 10 MB fill the application; a sixth byte does not fit.
    expect(attachmentSizeProblem(1, 5 * ATTACHMENT_MAX_BYTES)).toBe("application_total_too_large");
  });
  it("gives the page the same limit as the server, and the same verdict", () => {
    const fresh = uploadLimitFor(0);
    expect(fresh).toEqual({
      fileMaxBytes: ATTACHMENT_MAX_BYTES,
      remainingTotalBytes: APPLICATION_ATTACHMENTS_MAX_BYTES,
    });
    const nearlyFull = uploadLimitFor(APPLICATION_ATTACHMENTS_MAX_BYTES - 1000);
    expect(nearlyFull.remainingTotalBytes).toBe(1000);
    expect(uploadLimitFor(APPLICATION_ATTACHMENTS_MAX_BYTES + 5).remainingTotalBytes).toBe(0);
    // A 20 MB scan, an empty file, one that fits, one that would overflow the application.
    expect(uploadSizeProblem(20 * 1024 * 1024, fresh)).toBe("file_too_large");
    expect(uploadSizeProblem(0, fresh)).toBe("empty");
    expect(uploadSizeProblem(ATTACHMENT_MAX_BYTES, fresh)).toBeNull();
    expect(uploadSizeProblem(1001, nearlyFull)).toBe("application_total_too_large");
    expect(uploadSizeProblem(1000, nearlyFull)).toBeNull();
    // Both limits broken: the file's own limit is named first.
    expect(uploadSizeProblem(ATTACHMENT_MAX_BYTES + 1, nearlyFull)).toBe("file_too_large");
    for (const [size, total] of [
      [1, 0],
      [ATTACHMENT_MAX_BYTES + 1, 0],
      [1001, APPLICATION_ATTACHMENTS_MAX_BYTES - 1000],
      [0, 0],
    ] as const) {
      expect(uploadSizeProblem(size, uploadLimitFor(total))).toBe(
        attachmentSizeProblem(size, total),
      );
    }
  });
  it("explains how to make a file smaller for the size problems only", () => {
    expect(isSizeProblem("file_too_large")).toBe(true);
    expect(isSizeProblem("application_total_too_large")).toBe(true);
    for (const problem of ["empty", "type", "missing", "kind", "rejected_by_scan"]) {
      expect(isSizeProblem(problem)).toBe(false);
    }
  });
  it("caps an upload to the smaller of the file limit and what is left", () => {
    expect(remainingUploadBytes(0)).toBe(ATTACHMENT_MAX_BYTES);
    expect(remainingUploadBytes(APPLICATION_ATTACHMENTS_MAX_BYTES - 1000)).toBe(1000);
    expect(remainingUploadBytes(APPLICATION_ATTACHMENTS_MAX_BYTES + 5)).toBe(0);
  });
});

describe("acceptedMimeType", () => {
  it("keeps the sniffed type of accepted formats, whatever the name says", () => {
    expect(acceptedMimeType({ mime: "application/pdf" }, "statuts.exe")).toBe("application/pdf");
    expect(acceptedMimeType({ mime: "image/png" }, "photo.pdf")).toBe("image/png");
  });
  it("refuses unknown content and executable formats", () => {
    expect(acceptedMimeType(null, "statuts.pdf")).toBeNull();
    expect(acceptedMimeType({ mime: "application/x-msdownload" }, "statuts.pdf")).toBeNull();
    expect(acceptedMimeType({ mime: "text/html" }, "page.html")).toBeNull();
    expect(acceptedMimeType({ mime: "image/svg+xml" }, "logo.svg")).toBeNull();
  });
  it("tells legacy Office files apart by extension inside their common container only", () => {
    expect(acceptedMimeType({ mime: "application/x-cfb" }, "budget.XLS")).toBe(
      "application/vnd.ms-excel",
    );
    expect(acceptedMimeType({ mime: "application/x-cfb" }, "statuts.doc")).toBe(
      "application/msword",
    );
    expect(acceptedMimeType({ mime: "application/x-cfb" }, "setup.msi")).toBeNull();
  });
});

describe("displayFileName", () => {
  it("keeps the last path segment without control characters", () => {
    expect(displayFileName("C:\\Users\\nadia\\Statuts signés.pdf")).toBe("Statuts signés.pdf");
    expect(displayFileName("../../etc/passwd")).toBe("passwd");
    expect(displayFileName("bud\u0000get\n.pdf")).toBe("budget.pdf");
    expect(displayFileName("...")).toBe("document");
    expect(displayFileName("")).toBe("document");
  });
  it("drops bidirectional and invisible characters (a right-to-left override hides an .exe)", () => {
    expect(displayFileName("statuts\u202efdp.exe")).toBe("statutsfdp.exe");
    expect(displayFileName("\u2066devis\u2069\u200b.pdf\ufeff")).toBe("devis.pdf");
    expect(contentDisposition("\u202efdp.exe")).not.toMatch(/%E2%80%AE/);
    expect(contentDisposition("\u202efdp.exe")).toContain('filename="fdp.exe"');
  });
  it("shortens long names and keeps the extension", () => {
    const name = displayFileName(`${"a".repeat(300)}.pdf`);
    expect(name).toHaveLength(180);
    expect(name.endsWith(".pdf")).toBe(true);
  });
});

describe("contentDisposition", () => {
  it("always sends an attachment with an ASCII fallback and the exact UTF-8 name", () => {
    expect(contentDisposition("Statuts été.pdf")).toBe(
      "attachment; filename=\"Statuts ete.pdf\"; filename*=UTF-8''Statuts%20%C3%A9t%C3%A9.pdf",
    );
  });
  it("cannot be broken by quotes, semicolons or new lines in the name", () => {
    const header = contentDisposition('a"; filename="evil.html;\r\nX: y');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header.startsWith('attachment; filename="a__ filename=_evil.html_')).toBe(true);
    expect(header.match(/"/g)).toHaveLength(2);
  });
});
