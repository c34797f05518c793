/** What the Node server gives every loader and action (see server/app.ts). */
import type { Services } from "./services.server";

declare module "react-router" {
  interface AppLoadContext {
    services: Services;
    requestId: string;
    cspNonce: string;
    /**
     * The site's own 404 page for this visitor (shell, language, status 404), for resource
     * routes that a browser opens (downloads, PDFs): see app/resource-route.server.ts. Absent
     * when a test calls a loader directly.
     */
    notFoundPage?: (request: Request) => Promise<Response>;
  }
}
