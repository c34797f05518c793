import { redirect } from "react-router";
import { areaPaths, homeAreaOf, requireUser } from "~/features/auth";
import type { Route } from "./+types/after-sign-in";

// Sends a freshly signed-in user to the home of their role.
export async function loader({ request, context }: Route.LoaderArgs) {
  const user = await requireUser(request, context);
  return redirect(areaPaths[homeAreaOf(user.role)]);
}
