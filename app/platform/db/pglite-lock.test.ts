import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { acquireDirectoryLock, DatabaseLockedError } from "./pglite-lock.server";

const children: ReturnType<typeof spawn>[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill();
});

const lockPath = () => path.join(mkdtempSync(path.join(tmpdir(), "digitess-lock-")), "pg.lock");

describe("PGlite directory lock", () => {
  it("takes a free lock, writes its pid, and removes it on release", () => {
    const file = lockPath();
    const release = acquireDirectoryLock(file);
    expect(readFileSync(file, "utf8")).toBe(String(process.pid));
    release();
    expect(existsSync(file)).toBe(false);
  });

  it("refuses when another live process holds the lock, naming it in French and English", () => {
    const file = lockPath();
    const other = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"]);
    children.push(other);
    writeFileSync(file, String(other.pid));
    expect(() => acquireDirectoryLock(file)).toThrow(DatabaseLockedError);
    try {
      acquireDirectoryLock(file);
    } catch (error) {
      expect((error as Error).message).toContain("déjà ouverte par un autre processus");
      expect((error as Error).message).toContain(`pid ${other.pid}`);
      expect((error as Error).message).toContain("already open in another process");
    }
    expect(readFileSync(file, "utf8")).toBe(String(other.pid));
  });

  it("replaces a stale lock whose process is gone", async () => {
    const file = lockPath();
    const gone = spawn(process.execPath, ["-e", "0"]);
    await new Promise((resolve) => gone.on("exit", resolve));
    writeFileSync(file, String(gone.pid));
    const release = acquireDirectoryLock(file);
    expect(readFileSync(file, "utf8")).toBe(String(process.pid));
    release();
  });
});
