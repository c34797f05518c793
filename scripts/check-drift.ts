/**
 * Fails when the Drizzle schema and the committed migrations disagree, i.e. when
 * `drizzle-kit generate` would write a new migration (examples.md #16).
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = process.cwd();
// drizzle-kit only accepts paths relative to the working directory.
mkdirSync(path.join(root, ".tmp"), { recursive: true });
const work = path.relative(root, mkdtempSync(path.join(root, ".tmp", "drift-")));
try {
  const out = path.join(work, "migrations");
  cpSync(path.join(root, "db/migrations"), out, { recursive: true });
  const config = `./${path.join(work, "drizzle.config.mjs")}`;
  writeFileSync(
    config,
    `export default ${JSON.stringify({ dialect: "postgresql", schema: "./db/schema.ts", out: `./${out}` })};\n`,
  );
  const before = readdirSync(out);
  const output = execFileSync(
    path.join(root, "node_modules/.bin/drizzle-kit"),
    ["generate", "--config", config],
    { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
  );
  const added = readdirSync(out).filter((file) => !before.includes(file));
  if (added.length > 0) {
    console.error(
      `Schema drift: db/schema.ts has changes without a migration (${added.join(", ")}). Run npm run db:generate.`,
    );
    process.exitCode = 1;
  } else if (!output.includes("No schema changes")) {
    // drizzle-kit can exit 0 after an error: only its explicit "no changes" line is a pass.
    console.error(`Could not check schema drift; drizzle-kit said:\n${output}`);
    process.exitCode = 1;
  } else {
    console.log("No schema drift: migrations match db/schema.ts.");
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
