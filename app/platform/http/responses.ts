/** HTTP responses thrown by loaders and actions; the root error boundary renders them in French. */
import { data } from "react-router";

/** 404: the resource does not exist or is not visible to this user (never 403, never the data). */
export function notFound() {
  return data(null, { status: 404, statusText: "Not Found" });
}
