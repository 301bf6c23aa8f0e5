import type { JSX } from 'preact';

interface FieldProps {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  class?: string;
  children: JSX.Element;
}

/** A labelled input with a hint and its error right under it; the error is announced to screen readers. */
export function Field({ id, label, error, hint, class: className, children }: FieldProps) {
  return (
    <div class={className ? `field ${className}` : 'field'}>
      <label for={id}>{label}</label>
      {children}
      {hint && <p class="hint" id={`${id}-hint`}>{hint}</p>}
      {error && <p class="field-error" id={`${id}-error`} role="alert">{error}</p>}
    </div>
  );
}

/** The ids that describe an input: its error first, then its hint. */
export function describedBy(id: string, error?: string, hint?: string): string | undefined {
  const ids = [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ');
  return ids || undefined;
}
