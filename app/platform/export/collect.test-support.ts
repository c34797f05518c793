/** Test helpers: a Writable that keeps what it receives, and rows from an array or a generator. */
import { Writable } from "node:stream";

/** A writable that collects its bytes; `highWaterMark` small to exercise backpressure. */
export function collector(highWaterMark = 16): { out: Writable; bytes(): Buffer } {
  const chunks: Buffer[] = [];
  const out = new Writable({
    highWaterMark,
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(Buffer.from(chunk));
      // Asynchronous, as a file or a socket would be.
      setImmediate(callback);
    },
  });
  return { out, bytes: () => Buffer.concat(chunks) };
}

export async function* rowsOf<T>(rows: readonly T[]): AsyncGenerator<T> {
  for (const row of rows) yield row;
}
