/**
 * Form controls the shared `Field` does not cover: radio and checkbox groups in a fieldset, a
 * textarea and a select, each with its label, hint and errors linked by aria-describedby.
 * The first option of a group carries the group's id, so the error summary's link lands on it.
 */
import type { SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { translateError, useT } from "~/ui/i18n";

type Described = { id: string; hint?: string; errors?: string[] };

function describedBy({ id, hint, errors }: Described): string | undefined {
  const ids = [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null];
  return ids.filter(Boolean).join(" ") || undefined;
}

function HintAndErrors({ id, hint, errors }: Described) {
  const t = useT();
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <ul id={`${id}-error`} className="field-errors">
          {errors.map((error) => (
            <li key={error}>{translateError(t, error)}</li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

/** One option of a radio or checkbox group. */
export type ChoiceOption = { value: string; label: string; hint?: string };

type ChoiceGroupProps = Described & {
  type: "radio" | "checkbox";
  name: string;
  legend: string;
  options: readonly ChoiceOption[];
  /** The checked value(s) when the page is drawn. */
  defaultValue?: string | readonly string[] | null;
  required?: boolean;
  form?: string;
};

/** A fieldset of radios or checkboxes. */
export function ChoiceGroup(props: ChoiceGroupProps) {
  const t = useT();
  const { id, type, name, legend, options, defaultValue, required, form } = props;
  const checked = new Set(
    defaultValue == null ? [] : typeof defaultValue === "string" ? [defaultValue] : defaultValue,
  );
  return (
    <fieldset className="field choice-group" aria-describedby={describedBy(props)}>
      <legend className="field-label">
        {legend}
        {required ? <span className="field-required"> ({t("form.required")})</span> : null}
      </legend>
      <HintAndErrors {...props} />
      {options.map((option, index) => {
        const optionId = index === 0 ? id : `${id}-${index}`;
        return (
          <div className="choice" key={option.value}>
            <input
              type={type}
              id={optionId}
              name={name}
              value={option.value}
              defaultChecked={checked.has(option.value)}
              form={form}
              aria-describedby={option.hint ? `${optionId}-hint` : undefined}
            />
            <label htmlFor={optionId}>
              {option.label}
              {option.hint ? (
                <span id={`${optionId}-hint`} className="choice-hint">
                  {option.hint}
                </span>
              ) : null}
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}

/** A labelled textarea. */
export function TextAreaField({
  label,
  textareaProps,
  ...described
}: Described & {
  label: string;
  textareaProps: TextareaHTMLAttributes<HTMLTextAreaElement> & { key?: string | null };
}) {
  const t = useT();
  const { key, ...rest } = textareaProps;
  return (
    <div className="field">
      <label htmlFor={described.id} className="field-label">
        {label}
        {rest.required ? <span className="field-required"> ({t("form.required")})</span> : null}
      </label>
      <HintAndErrors {...described} />
      <textarea
        key={key ?? undefined}
        rows={4}
        {...rest}
        id={described.id}
        className="field-input"
        aria-invalid={described.errors?.length ? true : undefined}
        aria-describedby={describedBy(described)}
      />
    </div>
  );
}

/** A labelled select. */
export function SelectField({
  label,
  options,
  selectProps,
  ...described
}: Described & {
  label: string;
  options: readonly ChoiceOption[];
  selectProps: SelectHTMLAttributes<HTMLSelectElement> & { key?: string | null };
}) {
  const t = useT();
  const { key, ...rest } = selectProps;
  return (
    <div className="field">
      <label htmlFor={described.id} className="field-label">
        {label}
        {rest.required ? <span className="field-required"> ({t("form.required")})</span> : null}
      </label>
      <HintAndErrors {...described} />
      <select
        key={key ?? undefined}
        {...rest}
        id={described.id}
        className="field-input"
        aria-invalid={described.errors?.length ? true : undefined}
        aria-describedby={describedBy(described)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
