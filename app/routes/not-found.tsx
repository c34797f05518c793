import { notFound } from "~/platform/http/responses";

// Any unknown URL: the root error boundary renders the French 404 page.
export function loader() {
  throw notFound();
}

export default function NotFound() {
  return null;
}
