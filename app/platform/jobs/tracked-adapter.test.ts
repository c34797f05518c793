import { describe, expect, it } from "vitest";
import type { Executor } from "~/platform/db/types";
import { trackedAdapter } from "./queue.server";

/** An executor whose queries end when the test says so. */
function slowExecutor() {
  const pending: (() => void)[] = [];
  const executor = {
    session: {
      client: {
        query: () =>
          new Promise<{ rows: unknown[] }>((resolve) => pending.push(() => resolve({ rows: [] }))),
      },
    },
  } as unknown as Executor;
  return {
    executor,
    finishAll: () => {
      for (const finish of pending.splice(0)) finish();
    },
  };
}

describe("pg-boss's tracked adapter", () => {
  it("settles only once the queries in flight have ended", async () => {
    const { executor, finishAll } = slowExecutor();
    const adapter = trackedAdapter(executor);
    const query = adapter.executeSql("update pgboss.job set state = 'completed'", [1]);
    let settled = false;
    const settling = adapter.settle(5_000).then(() => {
      settled = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(settled).toBe(false);
    finishAll();
    await query;
    await settling;
    expect(settled).toBe(true);
  });

  it("gives up after the timeout when a query never ends", async () => {
    const { executor } = slowExecutor();
    const adapter = trackedAdapter(executor);
    void adapter.executeSql("select 1", [1]);
    const started = Date.now();
    await adapter.settle(100);
    expect(Date.now() - started).toBeGreaterThanOrEqual(90);
  });

  it("settles at once when nothing runs, and after a failed query", async () => {
    const executor = {
      session: { client: { query: () => Promise.reject(new Error("connection lost")) } },
    } as unknown as Executor;
    const adapter = trackedAdapter(executor);
    await expect(adapter.executeSql("select 1", [1])).rejects.toThrow("connection lost");
    const started = Date.now();
    await adapter.settle(5_000);
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
