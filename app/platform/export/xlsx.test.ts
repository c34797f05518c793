import { describe, expect, it } from "vitest";
import { collector, rowsOf } from "./collect.test-support";
import { unzip } from "./unzip.test-support";
import {
  cellXml,
  columnLetters,
  dateSerial,
  rowXml,
  sheetName,
  writeXlsx,
  type XlsxCell,
} from "./xlsx";

async function workbook(rows: XlsxCell[][], headers = ["Numéro", "Montant"]) {
  const { out, bytes } = collector(64);
  await writeXlsx(out, {
    sheetName: "Candidatures",
    columns: headers.map((header) => ({ header, width: 20 })),
    rows: rowsOf(rows),
  });
  const entries = unzip(bytes());
  const part = (name: string) => {
    const entry = entries.find((candidate) => candidate.name === name);
    if (!entry) throw new Error(`no part ${name}`);
    return entry.data.toString("utf8");
  };
  return { entries, part };
}

describe("XLSX cells", () => {
  it("names columns A..Z, AA.., AAA..", () => {
    expect(columnLetters(0)).toBe("A");
    expect(columnLetters(25)).toBe("Z");
    expect(columnLetters(26)).toBe("AA");
    expect(columnLetters(51)).toBe("AZ");
    expect(columnLetters(52)).toBe("BA");
    expect(columnLetters(701)).toBe("ZZ");
    expect(columnLetters(702)).toBe("AAA");
  });

  it("names every column as the base-26 reckoning, cached or not", () => {
    const reference = (index: number) => {
      let letters = "";
      for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
        letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
      }
      return letters;
    };
    const wrong: number[] = [];
    for (let index = -1; index < 20_000; index += 1) {
      if (columnLetters(index) !== reference(index)) wrong.push(index);
    }
    expect(wrong).toEqual([]);
  });

  it("computes date serials and refuses impossible dates", () => {
    expect(dateSerial("1899-12-30")).toBe(0);
    expect(dateSerial("1900-03-01")).toBe(61);
    expect(dateSerial("2026-12-02")).toBe(46358);
    expect(dateSerial("2026-02-30")).toBeNull();
    expect(dateSerial("02/12/2026")).toBeNull();
  });

  it("writes text inline, escaped, without illegal characters", () => {
    expect(cellXml("A2", 'Tom & <Jerry> "x"\u0000\u0007')).toBe(
      '<c r="A2" t="inlineStr"><is><t>Tom &amp; &lt;Jerry&gt; &quot;x&quot;</t></is></c>',
    );
    expect(cellXml("B2", " espace ")).toBe(
      '<c r="B2" t="inlineStr"><is><t xml:space="preserve"> espace </t></is></c>',
    );
  });

  it("writes a formula-looking text as text, never as a formula", () => {
    const xml = cellXml("A2", '=HYPERLINK("http://x")');
    expect(xml).toContain('t="inlineStr"');
    expect(xml).not.toContain("<f>");
  });

  it("writes numbers, amounts and dates as numbers with their style", () => {
    expect(cellXml("C2", 12)).toBe('<c r="C2"><v>12</v></c>');
    expect(cellXml("C2", 2500.5)).toBe('<c r="C2"><v>2500.5</v></c>');
    expect(cellXml("D2", { euros: 6000 })).toBe('<c r="D2" s="3"><v>6000</v></c>');
    expect(cellXml("E2", { date: "2026-12-02" })).toBe('<c r="E2" s="2"><v>46358</v></c>');
    expect(cellXml("E2", { date: "pas une date" })).toContain("pas une date");
  });

  it("leaves empty cells out", () => {
    expect(cellXml("A2", null)).toBe("");
    expect(cellXml("A2", "")).toBe("");
    expect(cellXml("A2", "\u0000")).toBe("");
    expect(cellXml("A2", Number.NaN)).toBe("");
    expect(rowXml(3, ["a", null, 1])).toBe(
      '<row r="3"><c r="A3" t="inlineStr"><is><t>a</t></is></c><c r="C3"><v>1</v></c></row>',
    );
  });

  it("gives each date its serial again when asked again (kept serials)", () => {
    const dates: string[] = [];
    for (let day = Date.UTC(1899, 11, 25); day < Date.UTC(2101, 0, 1); day += 86_400_000 * 3) {
      dates.push(new Date(day).toISOString().slice(0, 10));
    }
    dates.push("2026-02-30", "2026-13-01", "2026-1-01", "");
    const first = dates.map(dateSerial);
    expect(dates.map(dateSerial)).toEqual(first);
    expect(first.filter((serial) => serial === null)).toHaveLength(4);
    expect(first[first.length - 5]).toBe(
      Date.parse(dates[dates.length - 5] as string) / 86_400_000 + 25_569,
    );
  });

  it("writes a row as its cells' XML one after the other", () => {
    const cells: XlsxCell[] = ["a", null, 1, { euros: 2.5 }, { date: "2026-12-02" }, "", " b"];
    const reference = `<row r="7">${cells
      .map((cell, index) => cellXml(`${columnLetters(index)}7`, cell))
      .join("")}</row>`;
    expect(rowXml(7, cells)).toBe(reference);
    expect(rowXml(1, ["a", null, 2, " b"], 1)).toBe(
      '<row r="1"><c r="A1" s="1" t="inlineStr"><is><t>a</t></is></c><c r="C1"><v>2</v></c>' +
        '<c r="D1" s="1" t="inlineStr"><is><t xml:space="preserve"> b</t></is></c></row>',
    );
    expect(rowXml(2, [])).toBe('<row r="2"></row>');
  });

  it("cleans sheet names", () => {
    expect(sheetName("Candidatures")).toBe("Candidatures");
    expect(sheetName("a/b:c?d*e[f]g\\h")).toBe("a b c d e f g h");
    expect(sheetName("x".repeat(40))).toHaveLength(31);
    expect(sheetName("''")).toBe("Feuille1");
  });
});

describe("writeXlsx", () => {
  it("writes every part of a workbook, which our reader opens with valid CRC-32s", async () => {
    const { entries, part } = await workbook([["DE-2026-00001", { euros: 1234.56 }]]);
    expect(entries.map((entry) => entry.name)).toEqual([
      "[Content_Types].xml",
      "_rels/.rels",
      "xl/workbook.xml",
      "xl/_rels/workbook.xml.rels",
      "xl/styles.xml",
      "xl/worksheets/sheet1.xml",
    ]);
    expect(part("[Content_Types].xml")).toContain('PartName="/xl/worksheets/sheet1.xml"');
    expect(part("_rels/.rels")).toContain('Target="xl/workbook.xml"');
    expect(part("xl/workbook.xml")).toContain(
      '<sheet name="Candidatures" sheetId="1" r:id="rId1"/>',
    );
    expect(part("xl/_rels/workbook.xml.rels")).toContain('Target="worksheets/sheet1.xml"');
    const styles = part("xl/styles.xml");
    expect(styles).toContain("<b/>");
    expect(styles).toContain('<cellXfs count="4">');
    expect(styles).toContain('formatCode="#,##0.00\\ &quot;€&quot;"');
    for (const entry of entries) {
      expect(entry.data.toString("utf8").startsWith("<?xml")).toBe(true);
    }
  });

  it("writes a bold, frozen header row then the rows in order", async () => {
    const { part } = await workbook([
      ["DE-2026-00001", { euros: 10 }],
      ["DE-2026-00002", null],
      ["=1+1", 3],
    ]);
    const sheet = part("xl/worksheets/sheet1.xml");
    expect(sheet).toContain(
      '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>',
    );
    expect(sheet).toContain(
      '<row r="1"><c r="A1" s="1" t="inlineStr"><is><t>Numéro</t></is></c><c r="B1" s="1" t="inlineStr"><is><t>Montant</t></is></c></row>',
    );
    const rows = [...sheet.matchAll(/<row r="(\d+)">(.*?)<\/row>/g)].map((match) => match[1]);
    expect(rows).toEqual(["1", "2", "3", "4"]);
    expect(sheet).toContain('<c r="B2" s="3"><v>10</v></c>');
    expect(sheet).toContain(
      '<row r="3"><c r="A3" t="inlineStr"><is><t>DE-2026-00002</t></is></c></row>',
    );
    expect(sheet).toContain("<t>=1+1</t>");
    expect(sheet).not.toContain("<f>");
    expect(sheet.endsWith("</sheetData></worksheet>")).toBe(true);
  });

  it("streams many rows through a small buffer", async () => {
    const { out, bytes } = collector(1);
    async function* many() {
      for (let index = 0; index < 20_000; index += 1) yield [`ligne ${index}`, index];
    }
    await writeXlsx(out, {
      sheetName: "S",
      columns: [{ header: "a" }, { header: "b" }],
      rows: many(),
    });
    const sheet = unzip(bytes()).find((entry) => entry.name === "xl/worksheets/sheet1.xml");
    const xml = sheet?.data.toString("utf8") ?? "";
    expect(xml.match(/<row /g)).toHaveLength(20_001);
    expect(xml).toContain(
      '<row r="20001"><c r="A20001" t="inlineStr"><is><t>ligne 19999</t></is></c><c r="B20001"><v>19999</v></c></row>',
    );
  });
});
