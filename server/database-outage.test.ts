import type { ServerBuild } from "react-router";
import { describe, expect, it, vi } from "vitest";
import { answerDatabaseOutages } from "./database-outage";

const refused = Object.assign(new Error("Failed query: select 1"), {
  cause: Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }),
});

function buildWith(module: Record<string, unknown>): ServerBuild {
  return {
    routes: { "routes/page": { id: "routes/page", path: "page", module } },
  } as unknown as ServerBuild;
}

const args = (cookie?: string) => ({
  request: new Request("http://localhost/page", cookie ? { headers: { cookie } } : {}),
  params: {},
  context: {},
});

async function thrown(run: () => unknown): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error("did not throw");
}

describe("answerDatabaseOutages", () => {
  it("answers a database outage in a loader or an action with a French 503", async () => {
    const onOutage = vi.fn();
    const failing = async () => {
      throw refused;
    };
    const build = answerDatabaseOutages(buildWith({ loader: failing, action: failing }), onOutage);
    const module = build.routes["routes/page"]?.module as unknown as Record<
      string,
      (a: unknown) => unknown
    >;
    for (const fn of [module.loader, module.action]) {
      const answer = (await thrown(() => fn?.(args()))) as Response;
      expect(answer).toBeInstanceOf(Response);
      expect(answer.status).toBe(503);
      expect(answer.headers.get("retry-after")).toBe("30");
      expect(await answer.text()).toMatch(/^Service momentanément indisponible\. Le site/);
    }
    expect(onOutage).toHaveBeenCalledTimes(2);
    const english = (await thrown(() => module.loader?.(args("lang=en")))) as Response;
    expect(await english.text()).toMatch(/^Service temporarily unavailable/);
  });

  it("lets every other error, answer and value through unchanged", async () => {
    const bug = new Error("Invalid cost or rate");
    const redirect = new Response(null, { status: 302, headers: { location: "/connexion" } });
    const onOutage = vi.fn();
    const build = answerDatabaseOutages(
      buildWith({
        loader: async () => {
          throw bug;
        },
        action: async () => {
          throw redirect;
        },
        default: () => null,
      }),
      onOutage,
    );
    const module = build.routes["routes/page"]?.module as unknown as Record<
      string,
      (a: unknown) => unknown
    >;
    expect(await thrown(() => module.loader?.(args()))).toBe(bug);
    expect(await thrown(() => module.action?.(args()))).toBe(redirect);
    expect(module.default).toBeTypeOf("function");
    expect(onOutage).not.toHaveBeenCalled();
    const plain = answerDatabaseOutages(buildWith({ loader: async () => ({ ok: 1 }) }), onOutage);
    const loader = plain.routes["routes/page"]?.module.loader as (a: unknown) => unknown;
    expect(await loader(args())).toEqual({ ok: 1 });
    expect(plain.routes["routes/page"]?.module.action).toBeUndefined();
  });
});
