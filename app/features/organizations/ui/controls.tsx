/**
 * Form controls the shared `Field` (text inputs) does not cover: select, textarea, a single
 * checkbox and a group of checkboxes, with the same label / hint / error pattern (RGAA): the hint
 * and the errors are linked to the control by aria-describedby, errors are translated here.
 */
import type {
  InputHTMLAttributes,
  ReactNode,
  SelectHTMLAttributes,
  TextareaHTMLAttributes,
} from "react";
import { translateError, useT } from "~/ui/i18n";

type Described = { id: string; label: string; hint?: string; errors?: string[] };
type WithKey<T> = T & { key?: string | null };

function describedBy(id: string, hint?: string, errors?: string[]) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return { hintId, errorId, ids: [hintId, errorId].filter(Boolean).join(" ") || undefined };
}

function HintAndErrors({ id, hint, errors }: { id: string; hint?: string; errors?: string[] }) {
  const t = useT();
  const { hintId, errorId } = describedBy(id, hint, errors);
  return (
    <>
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
    </>
  );
}

function RequiredMark({ required }: { required?: boolean }) {
  const t = useT();
  return required ? <span className="field-required"> ({t("form.required")})</span> : null;
}

/** A labelled select with its options. */
export function SelectField({
  id,
  label,
  hint,
  errors,
  selectProps,
  children,
}: Described & {
  selectProps: WithKey<SelectHTMLAttributes<HTMLSelectElement>>;
  children: ReactNode;
}) {
  const { key, ...rest } = selectProps;
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
        <RequiredMark required={rest.required} />
      </label>
      <HintAndErrors id={id} hint={hint} errors={errors} />
      <select
        key={key ?? undefined}
        {...rest}
        id={id}
        className="field-input"
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, hint, errors).ids}
      >
        {children}
      </select>
    </div>
  );
}

/** A labelled multi-line text field. */
export function TextAreaField({
  id,
  label,
  hint,
  errors,
  textareaProps,
}: Described & { textareaProps: WithKey<TextareaHTMLAttributes<HTMLTextAreaElement>> }) {
  const { key, ...rest } = textareaProps;
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
        <RequiredMark required={rest.required} />
      </label>
      <HintAndErrors id={id} hint={hint} errors={errors} />
      <textarea
        key={key ?? undefined}
        rows={3}
        {...rest}
        id={id}
        className="field-input"
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, hint, errors).ids}
      />
    </div>
  );
}

/** One checkbox with its label on the right. */
export function CheckboxField({
  id,
  label,
  hint,
  errors,
  inputProps,
}: Described & { inputProps: WithKey<InputHTMLAttributes<HTMLInputElement>> }) {
  const { key, ...rest } = inputProps;
  return (
    <div className="field checkbox-field">
      <input
        key={key ?? undefined}
        {...rest}
        type="checkbox"
        id={id}
        className="checkbox-input"
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, hint, errors).ids}
      />
      <div>
        <label htmlFor={id} className="checkbox-label">
          {label}
        </label>
        <HintAndErrors id={id} hint={hint} errors={errors} />
      </div>
    </div>
  );
}

/** A fieldset of checkboxes sharing one name (several values may be ticked). */
export function CheckboxGroup({
  id,
  label,
  hint,
  errors,
  required,
  options,
}: Described & {
  required?: boolean;
  options: { label: string; inputProps: WithKey<InputHTMLAttributes<HTMLInputElement>> }[];
}) {
  const { ids } = describedBy(id, hint, errors);
  return (
    <fieldset className="field checkbox-group" id={id} aria-describedby={ids}>
      <legend className="field-label">
        {label}
        <RequiredMark required={required} />
      </legend>
      <HintAndErrors id={id} hint={hint} errors={errors} />
      {options.map(({ label: optionLabel, inputProps }) => {
        const { key, ...rest } = inputProps;
        return (
          <div className="checkbox-field" key={String(rest.value)}>
            <input
              key={key ?? undefined}
              {...rest}
              type="checkbox"
              className="checkbox-input"
              aria-invalid={errors?.length ? true : undefined}
            />
            <label htmlFor={rest.id} className="checkbox-label">
              {optionLabel}
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}
