/** The benchmark's load generator: N requests from C concurrent clients, on loopback. */

export type Request = {
  url: string;
  cookie?: string;
  /** A JSON body: the request is then a POST. */
  json?: unknown;
  origin?: string;
};

export type Run = {
  /** Durations in ms, sorted. */
  durations: number[];
  failures: number;
  perSecond: number;
  /** Uncompressed size of the last answer's body. */
  bytes: number;
};

export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** `before`, when given, runs before each request, outside its time (one client only). */
export async function measure(
  request: Request,
  total: number,
  concurrency: number,
  before?: () => Promise<void>,
): Promise<Run> {
  if (before && concurrency !== 1) throw new Error("measure: `before` needs one client");
  const durations: number[] = [];
  let next = 0;
  let failures = 0;
  let bytes = 0;
  const headers: Record<string, string> = { "accept-encoding": "gzip" };
  if (request.cookie) headers.cookie = request.cookie;
  if (request.json !== undefined) {
    headers["content-type"] = "application/json";
    if (request.origin) headers.origin = request.origin;
  }
  const init: RequestInit = {
    headers,
    redirect: "manual",
    ...(request.json !== undefined
      ? { method: "POST", body: JSON.stringify(request.json) }
      : { method: "GET" }),
  };
  const worker = async () => {
    while (next < total) {
      next++;
      await before?.();
      const started = performance.now();
      const response = await fetch(request.url, init);
      const body = await response.arrayBuffer();
      if (!response.ok) failures++;
      bytes = body.byteLength;
      durations.push(performance.now() - started);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = before ? durations.reduce((sum, d) => sum + d, 0) : performance.now() - started;
  const perSecond = durations.length / (elapsed / 1000);
  durations.sort((a, b) => a - b);
  return { durations, failures, perSecond, bytes };
}

/** Times an in-process function like a client would a page: sequential calls after a warm-up. */
export async function timeCalls(
  call: () => Promise<unknown>,
  total: number,
  before?: () => Promise<void>,
): Promise<number[]> {
  for (let i = 0; i < Math.min(10, total); i++) await call();
  const durations: number[] = [];
  for (let i = 0; i < total; i++) {
    await before?.();
    const started = performance.now();
    await call();
    durations.push(performance.now() - started);
  }
  return durations.sort((a, b) => a - b);
}
