import { describe, expect, it } from "vitest";
import { MESSAGE_TOKEN_PATTERN } from "./message-token";
import { messageIdFor, newMessageToken } from "./message-token.server";

const application = "5b0e4f7c-1d2a-4c3b-9e8f-0a1b2c3d4e5f";
const other = "9c1d2e3f-4a5b-4c6d-8e7f-112233445566";

describe("message tokens", () => {
  it("makes a new random token each time, in the accepted shape", () => {
    const a = newMessageToken();
    const b = newMessageToken();
    expect(a).not.toBe(b);
    expect(a).toMatch(MESSAGE_TOKEN_PATTERN);
    expect("not-a-token").not.toMatch(MESSAGE_TOKEN_PATTERN);
  });

  it("derives the same message id for the same application and token", () => {
    const token = newMessageToken();
    expect(messageIdFor(application, token)).toBe(messageIdFor(application, token));
    expect(messageIdFor(application, token.toUpperCase())).toBe(messageIdFor(application, token));
  });

  it("derives another id for another token or another application", () => {
    const token = newMessageToken();
    const id = messageIdFor(application, token);
    expect(messageIdFor(application, newMessageToken())).not.toBe(id);
    expect(messageIdFor(other, token)).not.toBe(id);
  });

  it("writes a version 8 UUID that PostgreSQL accepts", () => {
    const id = messageIdFor(application, "00000000-0000-4000-8000-000000000000");
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
