import type { JSX } from 'preact';

interface FieldProps {
  id: string;
  label: string;
  error?: string;
  children: JSX.Element;
}

/** A labelled input with its server-side error right under it, announced to screen readers. */
export function Field({ id, label, error, children }: FieldProps) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {children}
      {error && <p class="field-error" id={`${id}-error`} role="alert">{error}</p>}
    </div>
  );
}

export function describedBy(id: string, error?: string): string | undefined {
  return error ? `${id}-error` : undefined;
}
