/**
 * A table that may scroll sideways on a small screen: the scrolling box is a named region that
 * keyboard users can focus and scroll (RGAA / WCAG 2.1.1).
 */
import type { ReactNode } from "react";

/** Wraps a table; `labelledBy` is the id of its caption or heading. */
export function TableScroll({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable
    <section className="table-scroll" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </section>
  );
}
