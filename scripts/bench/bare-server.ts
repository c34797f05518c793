/**
 * Serves the bare reference app (scripts/bench/bare, built by `npm run bench`) with Express and
 * compression, as server/app.ts serves the product: the framework's own limit on this machine.
 */
import path from "node:path";
import { createRequestHandler } from "@react-router/express";
import compression from "compression";
import express from "express";
import type { ServerBuild } from "react-router";

const buildDir = path.resolve(process.env.BARE_BUILD_DIR ?? "scripts/bench/bare/build");
const build = (await import(path.join(buildDir, "server/index.js"))) as ServerBuild;
const app = express();
app.disable("x-powered-by");
app.use(compression());
app.use(express.static(path.join(buildDir, "client"), { maxAge: "1h", index: false }));
app.get("/healthz", (_req, res) => {
  res.status(200).json({ status: "ok" });
});
app.all("/{*path}", createRequestHandler({ build, mode: "production" }));
const port = Number(process.env.PORT ?? 3999);
app.listen(port, "127.0.0.1", () => console.log(`bare reference on ${port}`));
