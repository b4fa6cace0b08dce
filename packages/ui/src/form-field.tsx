import * as React from "react";

import { cn } from "./cn";
import { Label } from "./label";

type FieldAriaOptions = {
  error?: string | undefined;
  description?: string | undefined;
};

type FieldAriaProps = {
  id: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
};

/** Id of the error message rendered by `FormField` for the control `id`. */
function fieldErrorId(id: string) {
  return `${id}-error`;
}

/** Id of the description rendered by `FormField` for the control `id`. */
function fieldDescriptionId(id: string) {
  return `${id}-description`;
}

/**
 * Props that connect a form control to the label, description and error rendered by `FormField`.
 * Spread them on the control, e.g. `<Input {...register("email")} {...fieldAriaProps("email", { error })} />`.
 */
function fieldAriaProps(id: string, { error, description }: FieldAriaOptions = {}): FieldAriaProps {
  const describedBy = [description ? fieldDescriptionId(id) : null, error ? fieldErrorId(id) : null]
    .filter((value): value is string => value !== null)
    .join(" ");

  return {
    id,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy || undefined,
  };
}

type FormFieldProps = Omit<React.ComponentProps<"div">, "children" | "id"> & {
  /** Visible label text. */
  label: string;
  /** Id of the control inside the field; the label points at it and the helper texts derive their ids from it. */
  id: string;
  /** Error message; shown and announced when present. */
  error?: string | undefined;
  /** Hint shown under the control. */
  description?: string | undefined;
  /** Marks the label as required (visible asterisk, "required" for screen readers). */
  required?: boolean;
  /** What screen readers hear after a required field's label. Defaults to " (required)". */
  requiredLabel?: string;
  /** The control, wired with `fieldAriaProps(id, { error, description })`. */
  children: React.ReactNode;
};

/**
 * Accessible label / control / description / error layout, independent of any form library.
 * The control must receive `fieldAriaProps(id, { error, description })` so that it is labelled and described.
 */
function FormField({
  label,
  id,
  error,
  description,
  required = false,
  requiredLabel = " (required)",
  children,
  className,
  ...props
}: FormFieldProps) {
  return (
    <div
      data-slot="form-field"
      data-invalid={error ? true : undefined}
      className={cn("grid gap-2", className)}
      {...props}
    >
      <Label htmlFor={id} className={cn(error && "text-destructive")}>
        <span>
          {label}
          {required && (
            <>
              <span aria-hidden="true" className="ml-0.5 text-destructive">
                *
              </span>
              <span className="sr-only">{requiredLabel}</span>
            </>
          )}
        </span>
      </Label>
      {children}
      {description && (
        <p
          id={fieldDescriptionId(id)}
          data-slot="form-field-description"
          className="text-sm text-muted-foreground"
        >
          {description}
        </p>
      )}
      <p
        id={fieldErrorId(id)}
        data-slot="form-field-error"
        role="alert"
        aria-live="assertive"
        className={cn("text-sm font-medium text-destructive", !error && "sr-only")}
      >
        {error}
      </p>
    </div>
  );
}

export {
  fieldAriaProps,
  fieldDescriptionId,
  fieldErrorId,
  FormField,
  type FieldAriaProps,
  type FormFieldProps,
};
