/** What the Node server gives every loader and action (see server/app.ts). */
import type { Services } from "./services.server";

declare module "react-router" {
  interface AppLoadContext {
    services: Services;
    requestId: string;
    cspNonce: string;
  }
}
