// Progressive enhancement of the step forms: with JavaScript, what is typed is saved on the
// server a moment after the last keystroke ("Enregistré à 14:05"), and a copy of what is not saved
// yet stays in this tab's sessionStorage. After a network error or an expired session (signing in
// again brings the applicant back to the step), the copy is put back into the form and saved.
import { type RefObject, useCallback, useEffect, useRef, useState } from "react";
import { formatTime } from "~/platform/format/dates";
import { useLocale, useT } from "~/ui/i18n";

const DEBOUNCE_MS = 1200;

type Status =
  | { state: "idle" }
  | { state: "pending" }
  | { state: "saving" }
  | { state: "saved"; at: string }
  | { state: "offline" }
  | { state: "expired" }
  | { state: "closed" };

type StoredCopy = { version: string; values: [string, string][] };

function formEntries(form: HTMLFormElement): [string, string][] {
  const entries: [string, string][] = [];
  for (const [name, value] of new FormData(form)) {
    if (typeof value === "string" && name !== "intent") entries.push([name, value]);
  }
  return entries;
}

function restoreInto(form: HTMLFormElement, entries: [string, string][]) {
  const names = new Set(entries.map(([name]) => name));
  for (const element of Array.from(form.elements)) {
    if (
      !(
        element instanceof HTMLInputElement ||
        element instanceof HTMLTextAreaElement ||
        element instanceof HTMLSelectElement
      )
    )
      continue;
    if (!element.name || element.name === "intent") continue;
    const values = entries.filter(([name]) => name === element.name).map(([, value]) => value);
    if (
      element instanceof HTMLInputElement &&
      (element.type === "checkbox" || element.type === "radio")
    ) {
      element.checked = values.includes(element.value);
    } else if (
      names.has(element.name) &&
      !(element instanceof HTMLInputElement && element.type === "file")
    ) {
      element.value = values[0] ?? "";
    }
  }
}

/** Autosaves `formRef` to `url`; returns the status to show. */
export function useAutosave({
  formRef,
  url,
  storageKey,
  version,
}: {
  formRef: RefObject<HTMLFormElement | null>;
  url: string;
  storageKey: string;
  version: string;
}): Status {
  const [status, setStatus] = useState<Status>({ state: "idle" });
  const versionRef = useRef(version);
  const editsRef = useRef(0);
  const timerRef = useRef<ReturnType<typeof setTimeout> | null>(null);
  // Once the session has expired, edits are only kept on this device until the page reloads
  // (after signing in again), so the sign-in link stays in place.
  const expiredRef = useRef(false);

  const keepCopy = useCallback(() => {
    const form = formRef.current;
    if (!form) return;
    const copy: StoredCopy = { version: versionRef.current, values: formEntries(form) };
    try {
      sessionStorage.setItem(storageKey, JSON.stringify(copy));
    } catch {
      // Storage full or disabled: the server copy is all we have.
    }
  }, [formRef, storageKey]);

  const save = useCallback(async () => {
    const form = formRef.current;
    if (!form) return;
    const sentEdits = editsRef.current;
    setStatus({ state: "saving" });
    try {
      const response = await fetch(url, {
        method: "POST",
        body: new URLSearchParams(formEntries(form)),
        redirect: "manual",
        headers: { Accept: "application/json" },
      });
      if (response.type === "opaqueredirect" || response.status === 401) {
        expiredRef.current = true;
        setStatus({ state: "expired" });
        return;
      }
      if (response.status === 409) {
        setStatus({ state: "closed" });
        return;
      }
      if (!response.ok) throw new Error(`autosave answered ${response.status}`);
      const body = (await response.json()) as { savedAt: string; version: string };
      versionRef.current = body.version;
      if (editsRef.current === sentEdits) sessionStorage.removeItem(storageKey);
      else keepCopy();
      setStatus({ state: "saved", at: body.savedAt });
    } catch {
      setStatus({ state: "offline" });
    }
  }, [formRef, url, storageKey, keepCopy]);

  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    const onEdit = (event: Event) => {
      if (event.target instanceof HTMLInputElement && event.target.type === "file") return;
      editsRef.current += 1;
      keepCopy();
      if (expiredRef.current) return;
      setStatus({ state: "pending" });
      if (timerRef.current) clearTimeout(timerRef.current);
      timerRef.current = setTimeout(() => void save(), DEBOUNCE_MS);
    };
    form.addEventListener("input", onEdit);
    form.addEventListener("change", onEdit);
    const onOnline = () => void save();
    window.addEventListener("online", onOnline);
    // Put back what was typed but not saved (same draft version only: never overwrite newer data).
    const stored = sessionStorage.getItem(storageKey);
    if (stored) {
      try {
        const copy = JSON.parse(stored) as StoredCopy;
        if (copy.version === versionRef.current) {
          restoreInto(form, copy.values);
          form.dispatchEvent(new Event("input", { bubbles: true }));
          void save();
        } else {
          sessionStorage.removeItem(storageKey);
        }
      } catch {
        sessionStorage.removeItem(storageKey);
      }
    }
    return () => {
      form.removeEventListener("input", onEdit);
      form.removeEventListener("change", onEdit);
      window.removeEventListener("online", onOnline);
      if (timerRef.current) clearTimeout(timerRef.current);
    };
  }, [formRef, storageKey, keepCopy, save]);

  return status;
}

/** The visible save status, announced politely to screen readers. */
export function SaveStatus({ status, signInUrl }: { status: Status; signInUrl: string }) {
  const t = useT();
  const locale = useLocale();
  const time = (iso: string) => formatTime(iso, locale);
  let text = "";
  if (status.state === "pending") text = t("applications.autosave.pending");
  if (status.state === "saving") text = t("applications.autosave.saving");
  if (status.state === "saved") text = t("applications.autosave.saved", { time: time(status.at) });
  if (status.state === "offline") text = t("applications.autosave.offline");
  if (status.state === "closed") text = t("applications.autosave.closed");
  return (
    <p className={`save-status save-status-${status.state}`} role="status">
      {text}
      {status.state === "expired" ? (
        <>
          {t("applications.autosave.expired")}{" "}
          <a href={signInUrl}>{t("applications.autosave.signIn")}</a>
        </>
      ) : null}
    </p>
  );
}
