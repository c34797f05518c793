/**
 * The load scenario (issue 12): simulated applicants, each signed in through the app, who
 * repeat the whole journey until the time is up: a new application, its five steps saved as the
 * browser's autosave does (step 2 twice), the two documents uploaded, the summary read, then the
 * submission. Bounded: loopback targets only, at most MAX_USERS users for at most MAX_SECONDS;
 * a journey started before the end is finished, none is left half done.
 */
import {
  declarationsValues,
  levelsValues,
  organizationValues,
  projectValues,
  samplePdf,
} from "../../factories/applications";
import { postForm, signInOver } from "./app-on-postgres";

export const MAX_USERS = 500;
export const MAX_SECONDS = 600;

export type LoadOptions = {
  url: string;
  users: { email: string }[];
  seconds: number;
  programId: string;
};

/** One journey's outcome: the application and the step 2 text of its last confirmed save. */
export type Journey = { applicationId: string; lastSituation: string; submitted: boolean };

export type LoadResult = {
  journeys: Journey[];
  errors: string[];
  requests: number;
  elapsedMs: number;
  /** Milliseconds per kind of request, in order of arrival. */
  latencies: Record<string, number[]>;
};

function assertLoopback(url: string) {
  const host = new URL(url).hostname;
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(host)) {
    throw new Error(`the load scenario only targets loopback, not ${host}`);
  }
}

const asFields = (values: Record<string, unknown>) => values as Record<string, string | string[]>;

/** Runs the scenario; throws on a target or bound it refuses. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  assertLoopback(options.url);
  if (options.users.length > MAX_USERS) throw new Error(`at most ${MAX_USERS} users`);
  if (options.seconds > MAX_SECONDS) throw new Error(`at most ${MAX_SECONDS} s`);
  const server = { url: options.url };
  const result: LoadResult = {
    journeys: [],
    errors: [],
    requests: 0,
    elapsedMs: 0,
    latencies: {},
  };
  const record = (kind: string, ms: number) => {
    result.requests += 1;
    const list = result.latencies[kind] ?? [];
    list.push(ms);
    result.latencies[kind] = list;
  };
  const timed = async (kind: string, request: () => Promise<Response>, expected: number) => {
    const started = performance.now();
    let response: Response;
    try {
      response = await request();
    } catch (error) {
      result.errors.push(`${kind}: ${String(error)}`);
      throw error;
    }
    const body = await response.arrayBuffer();
    record(kind, performance.now() - started);
    if (response.status !== expected) {
      const text = new TextDecoder().decode(body).slice(0, 200);
      result.errors.push(`${kind}: ${response.status} instead of ${expected} ${text}`);
      throw new Error(`${kind} answered ${response.status}`);
    }
    return response;
  };

  const started = Date.now();
  const deadline = started + options.seconds * 1000;
  await Promise.all(
    options.users.map(async (user, index) => {
      let cookie: string;
      try {
        const before = performance.now();
        cookie = await signInOver(server, user.email);
        record("sign-in", performance.now() - before);
      } catch (error) {
        result.errors.push(`sign-in: ${String(error)}`);
        return;
      }
      for (let round = 0; Date.now() < deadline; round += 1) {
        try {
          await journey(cookie, `${index}-${round}`);
        } catch {
          return; // the error is recorded; this user stops
        }
      }
    }),
  );
  result.elapsedMs = Date.now() - started;
  return result;

  async function journey(cookie: string, tag: string) {
    const created = await timed(
      "new application",
      () =>
        postForm(server, "/espace/candidatures/nouvelle", { programId: options.programId }, cookie),
      302,
    );
    const applicationId = /\/espace\/candidatures\/([0-9a-f-]{36})\//.exec(
      created.headers.get("location") ?? "",
    )?.[1];
    if (!applicationId) {
      result.errors.push(`new application: no id in ${created.headers.get("location")}`);
      throw new Error("no application id");
    }
    const current: Journey = { applicationId, lastSituation: "", submitted: false };
    result.journeys.push(current);
    const base = `/espace/candidatures/${applicationId}`;
    const autosave = (step: number, values: Record<string, unknown>) =>
      timed(
        "autosave",
        () => postForm(server, `${base}/etape/${step}/enregistrer`, asFields(values), cookie),
        200,
      );
    await autosave(1, organizationValues);
    await autosave(2, { ...projectValues, situation: `Premier jet ${tag}` });
    current.lastSituation = `Premier jet ${tag}`;
    await autosave(3, levelsValues);
    await autosave(2, { ...projectValues, situation: `Version relue ${tag}` });
    current.lastSituation = `Version relue ${tag}`;
    await autosave(5, declarationsValues);
    for (const [kind, name] of [
      ["statutes", "statuts.pdf"],
      ["accounts", "comptes-2025.pdf"],
    ] as const) {
      const form = new FormData();
      form.append("intent", "upload");
      form.append("kind", kind);
      form.append("file", new File([samplePdf(name)], name, { type: "application/pdf" }));
      await timed("upload", () => postForm(server, `${base}/etape/4`, form, cookie), 302);
    }
    await timed(
      "summary page",
      () => fetch(`${options.url}${base}/recapitulatif`, { headers: { cookie } }),
      200,
    );
    await timed(
      "submission",
      () => postForm(server, `${base}/recapitulatif`, { intent: "submit" }, cookie),
      302,
    );
    current.submitted = true;
  }
}

/** p50, p95, p99 and max of a list of milliseconds. */
export function percentiles(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { count: sorted.length, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: at(1) };
}
