/**
 * `npm start`: builds the app, then starts the server, one line per step. The build's own output
 * is shown only when it fails; the server logs warnings and errors only (LOG_LEVEL, when set,
 * wins), and says in plain words what it did: database, demo data, the address to open.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";

if (existsSync(".env")) process.loadEnvFile(".env");

const started = Date.now();
process.stdout.write("Construction de l'application… ");
const build = spawn("npx", ["react-router", "build"], { stdio: ["ignore", "pipe", "pipe"] });
let output = "";
build.stdout.on("data", (chunk) => (output += chunk));
build.stderr.on("data", (chunk) => (output += chunk));
const code = await new Promise<number | null>((resolve) => build.on("exit", resolve));
if (code !== 0) {
  console.log("échec.\n");
  console.error(output);
  process.exit(code ?? 1);
}
console.log(`faite (${Math.round((Date.now() - started) / 1000)} s).`);

const server = spawn(process.execPath, ["--import", "tsx", "server/index.ts"], {
  stdio: "inherit",
  env: { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? "warn" },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => server.kill(signal));
}
server.on("exit", (exitCode) => process.exit(exitCode ?? 0));
