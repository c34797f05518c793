import { describe, expect, it } from "vitest";
import { type Batch, progressCounter, readAhead } from "./batches";

/** A keyset reader over `rows` in batches of `size`, logging each read as it starts and ends. */
function reader(rows: number[], size: number, log: string[], failAt?: number) {
  return async (after: number | null): Promise<Batch<number, number>> => {
    const from = after ?? 0;
    log.push(`read ${from}`);
    await new Promise((resolve) => setTimeout(resolve, 2));
    if (from === failAt) throw new Error(`read ${from} failed`);
    const batch = rows.slice(from, from + size);
    log.push(`read ${from} done`);
    return { rows: batch, next: batch.length === size ? from + size : null };
  };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe("readAhead", () => {
  it("gives every batch in order, as the reads one after the other would", async () => {
    const rows = Array.from({ length: 23 }, (_, index) => index);
    for (const size of [1, 5, 23, 30]) {
      const seen: number[] = [];
      for await (const batch of readAhead(reader(rows, size, []))) seen.push(...batch);
      expect(seen).toEqual(rows);
    }
    const exact: number[][] = [];
    for await (const batch of readAhead(reader([1, 2, 3, 4], 2, []))) exact.push(batch);
    expect(exact).toEqual([[1, 2], [3, 4], []]);
  });

  it("reads the next batch while the caller handles one, never two ahead", async () => {
    const log: string[] = [];
    for await (const batch of readAhead(reader([0, 1, 2, 3, 4, 5], 2, log))) {
      log.push(`handle ${batch.join(",")}`);
      await tick();
      log.push(`handled ${batch.join(",")}`);
    }
    // When each read starts (its end depends on timing): one ahead of the batch being handled.
    expect(log.filter((entry) => !entry.endsWith("done"))).toEqual([
      "read 0",
      "read 2",
      "handle 0,1",
      "handled 0,1",
      "read 4",
      "handle 2,3",
      "handled 2,3",
      "read 6",
      "handle 4,5",
      "handled 4,5",
      "handle ",
      "handled ",
    ]);
  });

  it("throws a failed read where its batch would come, and none left unhandled", async () => {
    const seen: number[] = [];
    const walk = async () => {
      for await (const batch of readAhead(reader([0, 1, 2, 3, 4, 5], 2, [], 4))) {
        seen.push(...batch);
      }
    };
    await expect(walk()).rejects.toThrow("read 4 failed");
    expect(seen).toEqual([0, 1, 2, 3]);
  });

  it("drops the batch read ahead when the caller stops", async () => {
    const log: string[] = [];
    for await (const batch of readAhead(reader([0, 1, 2, 3], 2, log, 2))) {
      expect(batch).toEqual([0, 1]);
      break;
    }
    await tick();
    expect(log).toEqual(["read 0", "read 0 done", "read 2"]);
  });
});

describe("progressCounter", () => {
  it("writes the last count at the end, whatever was skipped", async () => {
    const written: number[] = [];
    const progress = progressCounter(async (count) => {
      await tick();
      written.push(count);
    }, 60_000);
    for (let count = 1; count <= 50; count += 1) progress.report(count);
    await progress.finish();
    // The first report at once, the others within the interval skipped, the last at the end.
    expect(written).toEqual([1, 50]);
  });

  it("never holds the caller back, one write in flight at most, the latest count", async () => {
    let running = 0;
    let most = 0;
    const written: number[] = [];
    const progress = progressCounter(async (count) => {
      running += 1;
      most = Math.max(most, running);
      await tick();
      running -= 1;
      written.push(count);
    }, 0);
    for (let count = 1; count <= 20; count += 1) {
      // Returns at once (nothing to await), the write going on beside.
      expect(progress.report(count)).toBeUndefined();
      if (count % 5 === 0) await tick();
    }
    await progress.finish();
    expect(most).toBe(1);
    expect(written.at(-1)).toBe(20);
    expect([...written].sort((a, b) => a - b)).toEqual(written);
  });

  it("writes nothing when nothing was counted, and the count once when it is already written", async () => {
    const written: number[] = [];
    const none = progressCounter(async (count) => {
      written.push(count);
    }, 0);
    await none.finish();
    expect(written).toEqual([]);
    const once = progressCounter(async (count) => {
      written.push(count);
    }, 0);
    once.report(7);
    await once.finish();
    expect(written).toEqual([7]);
  });

  it("fails the work when a write failed", async () => {
    const progress = progressCounter(async () => {
      throw new Error("database gone");
    }, 0);
    progress.report(1);
    await tick();
    expect(() => progress.report(2)).toThrow("database gone");
    await expect(progress.finish()).rejects.toThrow("database gone");
  });
});
