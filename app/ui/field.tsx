/**
 * A labelled form field with hint and errors linked by aria-describedby (RGAA pattern). Errors
 * are catalogue keys or text; they are translated here.
 */
import type { InputHTMLAttributes } from "react";
import { translateError, useT } from "./i18n";

type FieldProps = {
  id: string;
  label: string;
  hint?: string;
  errors?: string[];
  inputProps: InputHTMLAttributes<HTMLInputElement> & { key?: string | null };
};

/** One input with its label, hint and error messages. */
export function Field({ id, label, hint, errors, inputProps }: FieldProps) {
  const t = useT();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const { key, ...rest } = inputProps;
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
        {rest.required ? <span className="field-required"> ({t("form.required")})</span> : null}
      </label>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <ul id={errorId} className="field-errors">
          {errors.map((error) => (
            <li key={error}>{translateError(t, error)}</li>
          ))}
        </ul>
      ) : null}
      <input
        key={key ?? undefined}
        {...rest}
        id={id}
        className="field-input"
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
      />
    </div>
  );
}
