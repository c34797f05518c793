/** The CSP nonce of the current response, for the few tags that render inline scripts. */
import { createContext, useContext } from "react";

const NonceContext = createContext<string>("");

export const NonceProvider = NonceContext.Provider;

/** The nonce on the server; an empty string in the browser (which hides nonces). */
export function useNonce(): string {
  return useContext(NonceContext);
}
