// What every action page receives, and its submit button (disabled while the form is sent).
import { useNavigation } from "react-router";
import type { ActionHeader } from "./action-frame";

export type ActionPageData = { header: ActionHeader; open: boolean };

export function SubmitButton({ label, danger = false }: { label: string; danger?: boolean }) {
  const busy = useNavigation().state === "submitting";
  return (
    <button type="submit" className={danger ? "button button-danger" : "button"} disabled={busy}>
      {label}
    </button>
  );
}
