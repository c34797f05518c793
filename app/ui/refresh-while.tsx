/**
 * Keeps a progress page current while `running`: without JavaScript a <meta http-equiv="refresh">
 * reloads it; with JavaScript the browser ignores that meta on a page reached by client-side
 * navigation, so the route's loaders are asked again on the same period.
 */
import { useEffect } from "react";
import { useRevalidator } from "react-router";

export function RefreshWhile({ running, seconds }: { running: boolean; seconds: number }) {
  const { revalidate } = useRevalidator();
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => void revalidate(), seconds * 1000);
    return () => clearInterval(timer);
  }, [running, seconds, revalidate]);
  return running ? <meta httpEquiv="refresh" content={String(seconds)} /> : null;
}
