import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "./unavailable";

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });
const wrapped = (cause: unknown) =>
  Object.assign(new Error("Failed query: select 1\nparams: "), {
    name: "DrizzleQueryError",
    cause,
  });

describe("isDatabaseUnavailable", () => {
  it.each([
    ["refused connection", withCode("connect ECONNREFUSED 127.0.0.1:5432", "ECONNREFUSED")],
    ["reset connection", withCode("read ECONNRESET", "ECONNRESET")],
    [
      "terminated backend",
      withCode("terminating connection due to administrator command", "57P01"),
    ],
    ["server starting up", withCode("the database system is starting up", "57P03")],
    ["connection exception class", withCode("connection failure", "08006")],
    ["too many connections", withCode("sorry, too many clients already", "53300")],
    ["dropped socket", new Error("Connection terminated unexpectedly")],
    ["pool timeout", new Error("timeout exceeded when trying to connect")],
    ["broken client", new Error("Client has encountered a connection error and is not queryable")],
    [
      "every address refused",
      Object.assign(new AggregateError([withCode("connect", "ECONNREFUSED")], ""), {}),
    ],
  ])("says yes to a %s, bare or wrapped by Drizzle twice", (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(isDatabaseUnavailable(wrapped(wrapped(error)))).toBe(true);
  });

  it.each([
    ["unique violation", withCode("duplicate key value violates unique constraint", "23505")],
    ["syntax error", withCode('syntax error at or near "selec"', "42601")],
    ["invalid uuid", withCode("invalid input syntax for type uuid", "22P02")],
    ["plain error", new Error("Invalid cost or rate")],
    ["thrown string", "ECONNREFUSED"],
    ["nothing", null],
  ])("says no to a %s, bare or wrapped", (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
    expect(isDatabaseUnavailable(wrapped(error))).toBe(false);
  });

  it("stops on a cause cycle", () => {
    const a: Error & { cause?: unknown } = new Error("a");
    const b: Error & { cause?: unknown } = new Error("b", { cause: a });
    a.cause = b;
    expect(isDatabaseUnavailable(a)).toBe(false);
  });
});
