/**
 * A labelled input with hint and errors linked by aria-describedby (RGAA pattern), drawn with the
 * label / hint / error helpers of ./controls.tsx, where the other controls are (select, textarea,
 * checkboxes, radio groups). Errors are catalogue keys or text, translated there.
 */
import type { InputHTMLAttributes } from "react";
import { type ControlProps, fieldControl, LabelledControl } from "./controls";

type FieldProps = {
  id: string;
  label: string;
  hint?: string;
  errors?: string[];
  inputProps: ControlProps<InputHTMLAttributes<HTMLInputElement>>;
};

/** One input with its label, hint and error messages. */
export function Field({ id, label, hint, errors, inputProps }: FieldProps) {
  const { key, attributes } = fieldControl(inputProps, { id, hint, errors });
  return (
    <LabelledControl
      id={id}
      label={label}
      hint={hint}
      errors={errors}
      required={inputProps.required}
    >
      <input key={key} {...attributes} />
    </LabelledControl>
  );
}
