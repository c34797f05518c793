/**
 * Feeding a writer from batches read by keyset, without the writer waiting on the database:
 * `readAhead` starts reading the next batch as soon as one arrives (one batch ahead, never
 * more, so memory holds two batches at most), and `progressCounter` records how far the file
 * is without holding the writer back. No business rule here: callers give their reads and
 * their write of the count.
 */

export type Batch<Row, Cursor> = { rows: Row[]; next: Cursor | null };

/**
 * The batches of `read`, from `read(null)` then `read(batch.next)` until `next` is null, in
 * order; each next batch is being read while the caller handles the one it was given. A read
 * that fails is thrown where its batch would have come.
 */
export async function* readAhead<Row, Cursor>(
  read: (after: Cursor | null) => Promise<Batch<Row, Cursor>>,
): AsyncGenerator<Row[]> {
  const start = (after: Cursor | null) => {
    const batch = read(after);
    // Awaited below; a batch read ahead for a file that stopped meanwhile is dropped.
    batch.catch(() => {});
    return batch;
  };
  let pending: Promise<Batch<Row, Cursor>> | null = start(null);
  while (pending) {
    const batch: Batch<Row, Cursor> = await pending;
    pending = batch.next === null ? null : start(batch.next);
    yield batch.rows;
  }
}

/**
 * A count written beside the work it measures: `report(count)` returns at once; the latest
 * count is written with one write at most in flight and at most every `intervalMs`; `finish()`
 * waits for it, writes the last count, and throws if any write failed (`report` throws too
 * once one has).
 */
export function progressCounter(
  write: (count: number) => Promise<void>,
  intervalMs: number,
): { report(count: number): void; finish(): Promise<void> } {
  let wanted = 0;
  let stored = 0;
  let lastAt = Number.NEGATIVE_INFINITY;
  let inFlight: Promise<void> | null = null;
  let failure: { error: unknown } | null = null;
  return {
    report(count) {
      if (failure) throw failure.error;
      wanted = count;
      const now = performance.now();
      if (inFlight || now - lastAt < intervalMs) return;
      lastAt = now;
      inFlight = write(count).then(
        () => {
          stored = count;
          inFlight = null;
        },
        (error: unknown) => {
          inFlight = null;
          failure = { error };
        },
      );
    },
    async finish() {
      await inFlight;
      if (failure) throw failure.error;
      if (stored === wanted) return;
      await write(wanted);
      stored = wanted;
    },
  };
}
