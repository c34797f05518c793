/**
 * Rebuilds app/features/auth/common-passwords.txt from two npm packages unpacked by hand (they
 * are not dependencies of the app, only the source of the list):
 *
 *   mkdir -p /tmp/pw && cd /tmp/pw && npm pack @zxcvbn-ts/language-common@4.1.3 @zxcvbn-ts/language-fr@4.1.2
 *   mkdir common fr && tar xzf zxcvbn-ts-language-common-4.1.3.tgz -C common && tar xzf zxcvbn-ts-language-fr-4.1.2.tgz -C fr
 *   npx tsx scripts/common-passwords.ts /tmp/pw/common/package /tmp/pw/fr/package
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fold } from "../app/features/auth/password-rules";

const [commonDir, frDir] = process.argv.slice(2);
if (!commonDir || !frDir) {
  console.error("usage: tsx scripts/common-passwords.ts <language-common dir> <language-fr dir>");
  process.exit(1);
}
const read = (dir: string, file: string) =>
  JSON.parse(readFileSync(path.join(dir, "src", file), "utf8")) as unknown[];

const entries = new Set<string>();
const long = (value: string) => Array.from(value).length >= 4;
for (const word of read(commonDir, "passwords.json")) {
  const folded = fold(String(word));
  if (long(folded) && !/\s/.test(folded)) entries.add(folded);
}
let french = 0;
for (const word of read(frDir, "commonWords.json")) {
  const folded = fold(String(word)).replace(/[^\p{L}]/gu, "");
  if (!long(folded)) continue;
  entries.add(folded);
  if (++french >= 5000) break;
}
// The package's "lastnames.json" holds first names (abel, adam, …).
for (const word of read(frDir, "lastnames.json")) {
  const folded = fold(String(word)).replace(/[^\p{L}]/gu, "");
  if (long(folded)) entries.add(folded);
}

const header = [
  "# Common passwords and words refused as the core of a new password (app/features/auth/password-rules.ts, ADR 0011).",
  "# One lower-case, accent-free entry per line; lines starting with # are comments.",
  "# 1. The common-password list of @zxcvbn-ts/language-common 4.1.3 (npm), in its order of frequency,",
  "#    entries of 4 characters or more: MIT licence, Copyright (c) 2012-2016 Dan Wheeler and Dropbox, Inc.,",
  "#    Copyright (c) 2021 @zxcvbn-ts.",
  "# 2. The 5000 most frequent French words of 4 letters or more of @zxcvbn-ts/language-fr 4.1.2",
  "#    (commonWords.json, derived from OpenSubtitles 2024 via OPUS, Helsinki-NLP, https://opus.nlpl.eu/,",
  "#    ODC-BY licence: this notice keeps the attribution), then its list of French first names.",
  "# Rebuilt by scripts/common-passwords.ts from those two packages (see the script).",
];
const target = path.join(import.meta.dirname, "../app/features/auth/common-passwords.txt");
writeFileSync(target, `${header.join("\n")}\n${[...entries].join("\n")}\n`);
console.log(`${entries.size} entries written to ${target}`);
