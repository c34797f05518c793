import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  doneWithNotice,
  type FormReply,
  formSpec,
  handleForm,
  handleForms,
} from "./form-action.server";
import { notFoundError, refuse } from "./platform/commands/outcome";

const schema = z.object({ name: z.string({ error: "programs.error.required" }).min(2) });

function post(body: string | FormData, headers: Record<string, string> = {}, cookie = "") {
  const init: RequestInit = { method: "POST", body, headers: { ...headers, cookie } };
  if (typeof body === "string" && !headers["content-type"]) {
    (init.headers as Record<string, string>)["content-type"] = "application/x-www-form-urlencoded";
  }
  return new Request("http://localhost/admin/x", init);
}

/** Unwraps React Router's `data()` (or a Response) into status and body. */
function answer(value: unknown): { status: number; body: FormReply | null } {
  if (value instanceof Response) return { status: value.status, body: null };
  const wrapped = value as { init?: { status?: number }; data: FormReply };
  return { status: wrapped.init?.status ?? 200, body: wrapped.data };
}

const spec = (run: (name: string) => Promise<string>) =>
  formSpec({
    schema,
    run: ({ name }) => run(name),
    done: (id, _input) =>
      doneWithNotice(post(""), `/x/${id}`, { key: "organizations.notice.created" }),
  });

describe("handleForm", () => {
  it("runs the command and redirects with a notice", async () => {
    const response = (await handleForm(
      post("name=Toit"),
      spec(async (name) => name),
    )) as Response;
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/x/Toit");
    expect(response.headers.get("set-cookie")).toMatch(/^notice=/);
  });

  it("answers 400 with translated field errors and runs nothing when the form is invalid", async () => {
    let ran = false;
    const result = answer(
      await handleForm(
        post("name=a"),
        spec(async () => {
          ran = true;
          return "";
        }),
      ),
    );
    expect(ran).toBe(false);
    expect(result.status).toBe(400);
    expect(result.body?.result.error?.name?.[0]).toBeTruthy();
  });

  it("answers 409 with the refusal's message on its field, in the visitor's language", async () => {
    const refused = spec(async () =>
      refuse({ code: "taken", message: "programs.error.slugTaken", field: "name" }),
    );
    const fr = answer(await handleForm(post("name=Toit"), refused));
    expect(fr.status).toBe(409);
    expect(fr.body?.refused).toBe("taken");
    const frMessage = fr.body?.result.error?.name?.[0] ?? "";
    expect(frMessage).not.toBe("programs.error.slugTaken");
    const en = answer(await handleForm(post("name=Toit", {}, "lang=en"), refused));
    expect(en.body?.result.error?.name?.[0]).not.toBe(frMessage);
  });

  it("puts a refusal without field in the form errors", async () => {
    const refused = spec(async () => refuse({ code: "x", message: "programs.error.levelInUse" }));
    const result = answer(await handleForm(post("name=Toit"), refused));
    expect(result.body?.result.error?.[""]?.[0]).toBeTruthy();
  });

  it("turns NotFound into a 404 response", async () => {
    const missing = spec(async () => notFoundError("thing"));
    await expect(handleForm(post("name=Toit"), missing)).rejects.toMatchObject({
      init: { status: 404 },
    });
  });

  it("refuses JSON, plain text and oversized bodies with 415 and 413", async () => {
    const ok = spec(async (name) => name);
    await expect(
      handleForm(post('{"name":"x"}', { "content-type": "application/json" }), ok),
    ).rejects.toMatchObject({ init: { status: 415 } });
    const big = post(`name=${"a".repeat(300 * 1024)}`);
    await expect(handleForm(big, ok)).rejects.toMatchObject({ init: { status: 413 } });
  });
});

describe("NUL characters", () => {
  it("answers 400 naming each field that holds one, and runs nothing", async () => {
    let ran = false;
    const result = answer(
      await handleForm(
        post("name=To%00it&other=ok"),
        spec(async () => {
          ran = true;
          return "";
        }),
      ),
    );
    expect(ran).toBe(false);
    expect(result.status).toBe(400);
    expect(Object.keys(result.body?.result.error ?? {})).toEqual(["name"]);
    expect(result.body?.result.error?.name?.[0]).toContain("caractère invisible");
  });
});

describe("handleForms", () => {
  it("picks the form by its intent and 404s on an unknown one", async () => {
    const forms = { rename: spec(async (name) => `r-${name}`) };
    const response = (await handleForms(post("intent=rename&name=Toit"), forms)) as Response;
    expect(response.headers.get("location")).toBe("/x/r-Toit");
    await expect(handleForms(post("intent=other&name=Toit"), forms)).rejects.toMatchObject({
      init: { status: 404 },
    });
  });
});
