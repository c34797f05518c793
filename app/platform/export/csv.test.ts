import { describe, expect, it } from "vitest";
import { collector, rowsOf } from "./collect.test-support";
import { CSV_BOM, csvField, csvLine, neutraliseFormula, writeCsv } from "./csv";

describe("CSV fields", () => {
  it("leaves plain text as it is", () => {
    expect(csvField("Le Toit Partagé")).toBe("Le Toit Partagé");
    expect(csvField("a,b")).toBe("a,b");
    expect(csvField("")).toBe("");
  });

  it("quotes separators, quotes and line breaks, doubling the quotes", () => {
    expect(csvField("a;b")).toBe('"a;b"');
    expect(csvField('dit "oui"')).toBe('"dit ""oui"""');
    expect(csvField("ligne 1\nligne 2")).toBe('"ligne 1\nligne 2"');
    expect(csvField("fin\r\n")).toBe('"fin\r\n"');
  });

  it("writes nothing for null and numbers as they are", () => {
    expect(csvField(null)).toBe("");
    expect(csvField(12)).toBe("12");
    expect(csvField(-3)).toBe("-3");
    expect(csvField(0)).toBe("0");
  });

  it.each([
    ["=SUM(A1:A2)", "'=SUM(A1:A2)"],
    ["+33 6 12", "'+33 6 12"],
    ["-2+3", "'-2+3"],
    ["@cmd", "'@cmd"],
    ["\tcaché", "'\tcaché"],
    ["\r=1", "'\r=1"],
  ])("neutralises a formula start in %j", (input, expected) => {
    expect(neutraliseFormula(input)).toBe(expected);
  });

  it("does not touch text with a formula character later on", () => {
    expect(neutraliseFormula("a=b")).toBe("a=b");
    expect(neutraliseFormula(" =1")).toBe(" =1");
    expect(neutraliseFormula("'déjà")).toBe("'déjà");
  });

  it("neutralises then quotes", () => {
    expect(csvField('=HYPERLINK("x";"y")')).toBe('"\'=HYPERLINK(""x"";""y"")"');
    expect(csvField("\r")).toBe('"\'\r"');
  });

  it("joins a line with ; and ends it with CRLF", () => {
    expect(csvLine(["a", 1, null, "b;c"])).toBe('a;1;;"b;c"\r\n');
    expect(csvLine([])).toBe("\r\n");
  });
});

describe("writeCsv", () => {
  it("writes the BOM, the header and the rows in order", async () => {
    const { out, bytes } = collector();
    await writeCsv(out, {
      header: ["Numéro", "Structure"],
      rows: rowsOf([
        ["DE-2026-00001", "Éa;"],
        ["DE-2026-00002", "=1+1"],
      ]),
    });
    const text = bytes().toString("utf8");
    expect(bytes().subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(text).toBe(
      `${CSV_BOM}Numéro;Structure\r\nDE-2026-00001;"Éa;"\r\nDE-2026-00002;'=1+1\r\n`,
    );
  });

  it("writes only the header without rows", async () => {
    const { out, bytes } = collector();
    await writeCsv(out, { header: ["A"], rows: rowsOf([]) });
    expect(bytes().toString("utf8")).toBe(`${CSV_BOM}A\r\n`);
  });

  it("streams many rows through a small buffer (backpressure) in order", async () => {
    const { out, bytes } = collector(1);
    async function* many() {
      for (let index = 0; index < 20_000; index += 1) yield [index, `ligne ${index}`];
    }
    await writeCsv(out, { header: ["n", "texte"], rows: many() });
    const lines = bytes().toString("utf8").slice(1).split("\r\n");
    expect(lines).toHaveLength(20_002);
    expect(lines[1]).toBe("0;ligne 0");
    expect(lines[20_000]).toBe("19999;ligne 19999");
    expect(lines[20_001]).toBe("");
  });

  it("fails instead of hanging when the stream is destroyed", async () => {
    const { out } = collector(1);
    async function* endless() {
      for (let index = 0; ; index += 1) {
        if (index === 5) out.destroy();
        yield ["x".repeat(70_000)];
      }
    }
    await expect(writeCsv(out, { header: ["a"], rows: endless() })).rejects.toThrow();
  });
});
