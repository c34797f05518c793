/**
 * The form controls of every form, drawn one way (RGAA): a label (or a legend) with the
 * "required" mark, then the hint and the errors, both linked to the control by aria-describedby.
 * Errors are catalogue keys or text; they are translated here. `Field` (./field.tsx) draws text
 * inputs with the same helpers.
 */
import type {
  InputHTMLAttributes,
  ReactNode,
  SelectHTMLAttributes,
  TextareaHTMLAttributes,
} from "react";
import { translateError, useT } from "./i18n";

/** A control's id and what is drawn under its label: a hint and the errors. */
export type Described = { id: string; hint?: ReactNode; errors?: string[] };

/** Props spread on a native control, with Conform's `key` (a remount key, not an attribute). */
export type ControlProps<T> = T & { key?: string | null };

/** The ids of a control's hint and error list, and the aria-describedby value joining them. */
export function describedBy({ id, hint, errors }: Described) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return { hintId, errorId, ids: [hintId, errorId].filter(Boolean).join(" ") || undefined };
}

/**
 * A labelled control's attributes: the caller's, then its id, the `field-input` class, and
 * aria-invalid / aria-describedby from its hint and errors. Conform's `key` is returned apart.
 */
export function fieldControl<T extends object>(props: ControlProps<T>, described: Described) {
  const { key, ...attributes } = props;
  return {
    key: key ?? undefined,
    attributes: {
      ...attributes,
      id: described.id,
      className: "field-input",
      "aria-invalid": described.errors?.length ? true : undefined,
      "aria-describedby": describedBy(described).ids,
    },
  };
}

/** The hint paragraph and the translated error list of a control (nothing when there are none). */
export function HintAndErrors(described: Described) {
  const t = useT();
  const { hintId, errorId } = describedBy(described);
  return (
    <>
      {described.hint ? (
        <p id={hintId} className="field-hint">
          {described.hint}
        </p>
      ) : null}
      {described.errors?.length ? (
        <ul id={errorId} className="field-errors">
          {described.errors.map((error) => (
            <li key={error}>{translateError(t, error)}</li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

/** " (obligatoire)" after a label or a legend, when the answer is required. */
export function RequiredMark({ required }: { required?: boolean }) {
  const t = useT();
  return required ? <span className="field-required"> ({t("form.required")})</span> : null;
}

/** A label (with the required mark), the hint and errors, then the control drawn by the caller. */
export function LabelledControl({
  label,
  required,
  children,
  ...described
}: Described & { label: ReactNode; required?: boolean; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={described.id} className="field-label">
        {label}
        <RequiredMark required={required} />
      </label>
      <HintAndErrors {...described} />
      {children}
    </div>
  );
}

/** A drop-down list, with an optional empty first option ("Choisissez…"). */
export function SelectField({
  label,
  options,
  placeholder,
  selectProps,
  ...described
}: Described & {
  label: ReactNode;
  options: readonly { value: string; label: string }[];
  placeholder?: string;
  selectProps: ControlProps<SelectHTMLAttributes<HTMLSelectElement>>;
}) {
  const { key, attributes } = fieldControl(selectProps, described);
  return (
    <LabelledControl {...described} label={label} required={selectProps.required}>
      <select key={key} {...attributes}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </LabelledControl>
  );
}

/** A multi-line text field (3 rows unless `textareaProps.rows` says otherwise). */
export function TextareaField({
  label,
  textareaProps,
  ...described
}: Described & {
  label: ReactNode;
  textareaProps: ControlProps<TextareaHTMLAttributes<HTMLTextAreaElement>>;
}) {
  const { key, attributes } = fieldControl({ rows: 3, ...textareaProps }, described);
  return (
    <LabelledControl {...described} label={label} required={textareaProps.required}>
      <textarea key={key} {...attributes} />
    </LabelledControl>
  );
}

/**
 * One radio button or checkbox with its label on the right and an optional hint under the label
 * (added to the input's aria-describedby).
 */
export function Choice({
  id,
  label,
  hint,
  inputProps,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  inputProps: ControlProps<InputHTMLAttributes<HTMLInputElement>> & { type: "radio" | "checkbox" };
}) {
  const { key, ...rest } = inputProps;
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="choice">
      <input
        key={key ?? undefined}
        {...rest}
        id={id}
        aria-describedby={[hintId, rest["aria-describedby"]].filter(Boolean).join(" ") || undefined}
      />
      <div>
        <label htmlFor={id}>{label}</label>
        {hint ? (
          <span id={hintId} className="choice-hint">
            {hint}
          </span>
        ) : null}
      </div>
    </div>
  );
}

/** One checkbox whose label is a sentence (a declaration, a yes/no question). */
export function CheckboxField({
  label,
  inputProps,
  ...described
}: Described & {
  label: ReactNode;
  inputProps: ControlProps<InputHTMLAttributes<HTMLInputElement>>;
}) {
  const { errorId } = describedBy(described);
  return (
    <div className="field">
      <HintAndErrors id={described.id} errors={described.errors} />
      <Choice
        id={described.id}
        label={label}
        hint={described.hint}
        inputProps={{
          ...inputProps,
          type: "checkbox",
          "aria-invalid": errorId ? true : undefined,
          "aria-describedby": errorId,
        }}
      />
    </div>
  );
}

/** One option of a radio or checkbox group; `id` replaces the generated one where a page needs it. */
export type ChoiceOption = { value: string; label: ReactNode; hint?: ReactNode; id?: string };

type ChoiceGroupProps = Described & {
  type: "radio" | "checkbox";
  name: string;
  legend: ReactNode;
  options: readonly ChoiceOption[];
  /** The checked value(s) when the page is drawn (a Conform `initialValue` fits as it is). */
  defaultValue?: string | readonly (string | undefined)[] | null;
  /** Shows the required mark after the legend. */
  required?: boolean;
  /** Added to the fieldset's classes. */
  className?: string;
  /** Extra attributes of every input (`form`, a native `required`, an `onChange`...). */
  inputProps?: InputHTMLAttributes<HTMLInputElement>;
};

/**
 * A fieldset of radios or checkboxes whose legend is the question. The first option carries the
 * group's id (unless options bring their own), so the error summary's link lands on it.
 */
export function ChoiceGroup({
  type,
  name,
  legend,
  options,
  defaultValue,
  required,
  className,
  inputProps,
  ...described
}: ChoiceGroupProps) {
  const checked = new Set(
    defaultValue == null ? [] : typeof defaultValue === "string" ? [defaultValue] : defaultValue,
  );
  return (
    <fieldset
      className={className ? `field choice-group ${className}` : "field choice-group"}
      aria-describedby={describedBy(described).ids}
    >
      <legend className="field-label">
        {legend}
        <RequiredMark required={required} />
      </legend>
      <HintAndErrors {...described} />
      {options.map((option, index) => (
        <Choice
          key={option.value}
          id={option.id ?? (index === 0 ? described.id : `${described.id}-${index}`)}
          label={option.label}
          hint={option.hint}
          inputProps={{
            ...inputProps,
            type,
            name,
            value: option.value,
            defaultChecked: checked.has(option.value),
            "aria-invalid": described.errors?.length ? true : undefined,
          }}
        />
      ))}
    </fieldset>
  );
}
