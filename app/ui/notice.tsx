/**
 * Status messages announced to screen readers: `Notice` draws one; `FlashNotice` draws the
 * confirmation an action left for this page (platform/http/notice.server.ts), which the root
 * loader read and translated. The shell shows untargeted ones at the top of the page; a form
 * shows the one targeted at it with `<FlashNotice target="its-id" />`.
 */
import type { ReactNode } from "react";
import { useRouteLoaderData } from "react-router";

export function Notice({
  tone = "info",
  children,
}: {
  tone?: "info" | "success";
  children: ReactNode;
}) {
  return (
    <div className={`notice notice-${tone}`} role="status">
      {children}
    </div>
  );
}

/** A confirmation as the root loader hands it to the page: translated text and its target. */
export interface ShownNotice {
  readonly text: string;
  readonly target: string | null;
}

/** The confirmation left for this page, when it is for `target` (null: the page itself). */
export function useFlashNotice(target: string | null = null): ShownNotice | null {
  const root = useRouteLoaderData("root") as { notice?: ShownNotice | null } | undefined;
  const notice = root?.notice ?? null;
  return notice && notice.target === target ? notice : null;
}

/** Draws the confirmation left for `target` (or for the page), if any. */
export function FlashNotice({ target = null }: { target?: string | null }) {
  const notice = useFlashNotice(target);
  return notice ? <Notice tone="success">{notice.text}</Notice> : null;
}
