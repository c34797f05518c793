// better-auth's HTTP endpoints (verification links, magic links, JSON API).
import type { Route } from "./+types/auth";

export function loader({ request, context }: Route.LoaderArgs) {
  return context.services.auth.handler(request);
}

export function action({ request, context }: Route.ActionArgs) {
  return context.services.auth.handler(request);
}
