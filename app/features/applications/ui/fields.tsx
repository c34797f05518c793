// Form controls the shared Field does not cover (text areas, selects, choice groups, a single
// checkbox), with the same RGAA pattern: label, hint and errors linked by aria-describedby.
import type { ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { translateError, useT } from "../../../ui/i18n";

type Described = { id: string; hint?: ReactNode; errors?: string[] };

function describedBy({ id, hint, errors }: Described) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return { hintId, errorId, value: [hintId, errorId].filter(Boolean).join(" ") || undefined };
}

function HintAndErrors({ id, hint, errors }: Described) {
  const t = useT();
  const ids = describedBy({ id, hint, errors });
  return (
    <>
      {hint ? (
        <p id={ids.hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <ul id={ids.errorId} className="field-errors">
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

/** A multi-line text field. */
export function TextareaField({
  id,
  label,
  hint,
  errors,
  textareaProps,
}: Described & {
  label: string;
  textareaProps: TextareaHTMLAttributes<HTMLTextAreaElement> & { key?: string | null };
}) {
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
        rows={5}
        {...rest}
        id={id}
        className="field-input"
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy({ id, hint, errors }).value}
      />
    </div>
  );
}

/** A drop-down list. */
export function SelectField({
  id,
  label,
  hint,
  errors,
  options,
  placeholder,
  selectProps,
}: Described & {
  label: string;
  options: readonly { value: string; label: string }[];
  placeholder?: string;
  selectProps: SelectHTMLAttributes<HTMLSelectElement> & { key?: string | null };
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
        aria-describedby={describedBy({ id, hint, errors }).value}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A group of checkboxes or radio buttons in a fieldset whose legend is the question. */
export function ChoiceGroup({
  id,
  legend,
  hint,
  errors,
  type,
  name,
  options,
  selected,
  required,
  onChange,
}: Described & {
  legend: string;
  type: "checkbox" | "radio";
  name: string;
  options: readonly { value: string; label: string; hint?: string }[];
  selected: readonly string[];
  required?: boolean;
  onChange?: () => void;
}) {
  const ids = describedBy({ id, hint, errors });
  return (
    <fieldset
      className="field choice-group"
      id={id}
      tabIndex={-1}
      aria-invalid={errors?.length ? true : undefined}
      aria-describedby={ids.value}
    >
      <legend className="field-label">
        {legend}
        <RequiredMark required={required} />
      </legend>
      <HintAndErrors id={id} hint={hint} errors={errors} />
      {options.map((option, index) => {
        const optionId = `${id}-${index}`;
        return (
          <div key={option.value} className="choice">
            <input
              type={type}
              id={optionId}
              name={name}
              value={option.value}
              defaultChecked={selected.includes(option.value)}
              onChange={onChange}
              aria-describedby={option.hint ? `${optionId}-hint` : undefined}
            />
            <div>
              <label htmlFor={optionId}>{option.label}</label>
              {option.hint ? (
                <span id={`${optionId}-hint`} className="choice-hint">
                  {option.hint}
                </span>
              ) : null}
            </div>
          </div>
        );
      })}
    </fieldset>
  );
}

/** One checkbox whose label is a full sentence (declarations). */
export function CheckboxField({
  id,
  name,
  label,
  errors,
  defaultChecked,
}: {
  id: string;
  name: string;
  label: ReactNode;
  errors?: string[];
  defaultChecked: boolean;
}) {
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <div className="field">
      <HintAndErrors id={id} errors={errors} />
      <div className="choice">
        <input
          type="checkbox"
          id={id}
          name={name}
          value="on"
          defaultChecked={defaultChecked}
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={errorId}
        />
        <label htmlFor={id}>{label}</label>
      </div>
    </div>
  );
}
