/**
 * Exclusive ownership of a PGlite data directory. Two processes that open the same directory both
 * commit without error and one loses its rows on close (architecture.md, "Checked on these
 * machines"), so the first process takes a lock file created with O_EXCL and holding its pid;
 * any other process refuses to start with a clear message. A lock whose pid is dead is stale.
 */
import { closeSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";

/** Thrown when another live process owns the data directory. */
export class DatabaseLockedError extends Error {
  constructor(
    readonly lockPath: string,
    readonly ownerPid: number,
  ) {
    super(
      [
        `La base embarquée est déjà ouverte par un autre processus (pid ${ownerPid}, verrou ${lockPath}).`,
        "Arrêtez l'application avant de lancer ce script, ou utilisez PostgreSQL (DATABASE_URL) pour plusieurs processus.",
        `The embedded database is already open in another process (pid ${ownerPid}, lock ${lockPath}).`,
        "Stop the application before running this script, or use PostgreSQL (DATABASE_URL) for several processes.",
      ].join("\n"),
    );
    this.name = "DatabaseLockedError";
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readOwner(lockPath: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(lockPath, "utf8").trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** Takes the lock for this process or throws DatabaseLockedError; returns the release function. */
export function acquireDirectoryLock(lockPath: string): () => void {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.off("exit", release);
        if (readOwner(lockPath) === process.pid) rmSync(lockPath, { force: true });
      };
      process.on("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = readOwner(lockPath);
      if (owner !== null && owner !== process.pid && isAlive(owner)) {
        throw new DatabaseLockedError(lockPath, owner);
      }
      // Stale lock (dead pid, empty or unreadable file): remove it and try once more.
      rmSync(lockPath, { force: true });
    }
  }
  throw new DatabaseLockedError(lockPath, readOwner(lockPath) ?? -1);
}
