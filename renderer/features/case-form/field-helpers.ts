import { get, useFormContext, type FieldErrors } from 'react-hook-form';

/** A DOM id derived from the field path, unique within the one form on screen. */
export const fieldId = (name: string) => `f-${name.replace(/\./g, '-')}`;

/** The message of a field, or of an array's own rule (`victims` needs at least one). */
export function errorAt(errors: FieldErrors, name: string): string | undefined {
  const direct = get(errors, name) as { message?: unknown; root?: { message?: unknown } } | undefined;
  const message = direct?.message ?? direct?.root?.message;
  return typeof message === 'string' ? message : undefined;
}

export function useFieldError(name: string): string | undefined {
  const { formState } = useFormContext();
  return errorAt(formState.errors, name);
}

/** The leaf of a path names its label: `suspects.0.arrestDate` → `field.arrestDate`. */
export function leafOf(name: string): string {
  return name.split('.').at(-1) ?? name;
}
