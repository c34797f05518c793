import type { AppLoadContext } from "react-router";
import { describe, expect, it, vi } from "vitest";
import { getSessionUser } from "./guards.server";

function contextReading(users: Record<string, string>) {
  const getSession = vi.fn(async ({ headers }: { headers: Headers }) => {
    const name = users[(headers.get("cookie") ?? "").replace("better-auth.session_token=", "")];
    return name
      ? { user: { id: `id-${name}`, name, email: `${name}@example.fr`, role: "applicant" } }
      : null;
  });
  const context = { services: { auth: { api: { getSession } } } } as unknown as AppLoadContext;
  return { context, getSession };
}

const request = (method: string, token: string) =>
  new Request("http://localhost/espace", {
    method,
    headers: { cookie: `better-auth.session_token=${token}` },
    body: method === "POST" ? "" : null,
  });

describe("getSessionUser", () => {
  it("reads the session once for the loaders of one GET request", async () => {
    const { context, getSession } = contextReading({ a: "alice" });
    const get = request("GET", "a");
    const [root, page] = await Promise.all([
      getSessionUser(get, context),
      getSessionUser(get, context),
    ]);
    expect(await getSessionUser(get, context)).toEqual(root);
    expect(page).toMatchObject({ id: "id-alice", name: "alice", role: "applicant" });
    expect(getSession).toHaveBeenCalledTimes(1);
  });

  it("reads again for other credentials, another request, or a POST", async () => {
    const { context, getSession } = contextReading({ a: "alice", b: "bob" });
    expect(await getSessionUser(request("GET", "a"), context)).toMatchObject({ name: "alice" });
    expect(await getSessionUser(request("GET", "b"), context)).toMatchObject({ name: "bob" });
    expect(await getSessionUser(request("GET", "none"), context)).toBeNull();
    expect(getSession).toHaveBeenCalledTimes(3);

    const other = contextReading({ a: "alice" });
    await getSessionUser(request("GET", "a"), other.context);
    expect(other.getSession).toHaveBeenCalledTimes(1);

    // An action may sign out before its loaders run: a POST is read each time.
    const post = request("POST", "a");
    await getSessionUser(post, context);
    await getSessionUser(post, context);
    expect(getSession).toHaveBeenCalledTimes(5);
  });

  it("knows a visitor without credentials is anonymous without asking better-auth", async () => {
    const { context, getSession } = contextReading({ a: "alice" });
    const visitor = (headers: Record<string, string>) =>
      new Request("http://localhost/", { headers });
    expect(await getSessionUser(visitor({}), context)).toBeNull();
    expect(await getSessionUser(visitor({ cookie: "digitess-locale=en" }), context)).toBeNull();
    expect(getSession).not.toHaveBeenCalled();
    // A session cookie under another prefix, or a bearer header, is read.
    await getSessionUser(visitor({ cookie: "__Secure-better-auth.session_token=x" }), context);
    await getSessionUser(visitor({ authorization: "Bearer x" }), context);
    expect(getSession).toHaveBeenCalledTimes(2);
  });
});
