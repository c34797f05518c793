import type { AppLoadContext } from "react-router";
import { describe, expect, it, vi } from "vitest";
import { getSessionUser } from "./guards.server";

function contextReading(users: Record<string, string>) {
  const getSession = vi.fn(async ({ headers }: { headers: Headers }) => {
    const name = users[headers.get("cookie") ?? ""];
    return name
      ? { user: { id: `id-${name}`, name, email: `${name}@example.fr`, role: "applicant" } }
      : null;
  });
  const context = { services: { auth: { api: { getSession } } } } as unknown as AppLoadContext;
  return { context, getSession };
}

const request = (method: string, cookie: string) =>
  new Request("http://localhost/espace", {
    method,
    headers: { cookie },
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
});
