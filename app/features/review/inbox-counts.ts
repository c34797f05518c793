// The counts per status of the inbox (pure): the rows of one grouped query (the current filters
// except the status) shaped into one entry per inbox state, in the state machine's order, with
// the total and the number of rows the current status selection matches.
import { type InboxState, inboxStates } from "./inbox-filters";

export type StatusCount = { state: InboxState; count: number; selected: boolean };

export type InboxCounts = {
  states: StatusCount[];
  /** Every application matching the filters, whatever its status. */
  total: number;
  /** Those the status selection keeps (all of them when no status is chosen). */
  matching: number;
};

/** Shapes `rows` (status, count as the driver returns it) for `selected` statuses. */
export function shapeStatusCounts(
  rows: readonly { status: string; count: number | string | bigint }[],
  selected: readonly InboxState[],
): InboxCounts {
  const byState = new Map<string, number>();
  for (const row of rows) {
    const count = Number(row.count);
    if (!Number.isFinite(count) || count < 0) continue;
    byState.set(row.status, (byState.get(row.status) ?? 0) + count);
  }
  const states = inboxStates.map((state) => ({
    state,
    count: byState.get(state) ?? 0,
    selected: selected.includes(state),
  }));
  const total = states.reduce((sum, entry) => sum + entry.count, 0);
  const matching =
    selected.length === 0
      ? total
      : states.reduce((sum, entry) => sum + (entry.selected ? entry.count : 0), 0);
  return { states, total, matching };
}
