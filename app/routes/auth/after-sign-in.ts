import { redirect } from "react-router";
import { areaPaths, homeAreaOf } from "~/features/auth";
import { requireUser } from "~/features/auth/index.server";
import type { Route } from "./+types/after-sign-in";

// Sends a freshly signed-in user to the home of their role.
export async function loader({ request, context }: Route.LoaderArgs) {
  const user = await requireUser(request, context);
  return redirect(areaPaths[homeAreaOf(user.role)]);
}
