// Resource routes a browser opens (downloads, PDFs) answer a refusal with the site's own French
// 404 page, with its shell, title and language, never a bare `null` body (issue 11). Their
// loaders are wrapped: `export const loader = answerRefusalsWithPages(async (args) => ...)`.
import type { LoaderFunctionArgs } from "react-router";

/** True for what `notFound()` (~/platform/http/responses) throws. */
function isNotFound(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const thrown = error as { type?: unknown; init?: { status?: unknown } | null };
  return thrown.type === "DataWithResponseInit" && thrown.init?.status === 404;
}

/** Wraps a resource route's loader so that its 404 is the site's page. */
export function answerRefusalsWithPages<Args extends LoaderFunctionArgs>(
  loader: (args: Args) => Promise<Response>,
): (args: Args) => Promise<Response> {
  return async (args) => {
    try {
      return await loader(args);
    } catch (error) {
      const page = args.context.notFoundPage;
      if (isNotFound(error) && page) return page(args.request);
      throw error;
    }
  };
}
