import { useState } from 'preact/hooks';
import { describedBy, Field } from '../../components/Field';
import { useSubmit } from '../../forms';
import { useLimits } from '../../useLimits';

interface Props {
  title: string;
  submitLabel: string;
  passwordHint?: string;
  onSubmit(username: string, password: string): Promise<void>;
  footer: preact.ComponentChildren;
}

/** Login and registration share one form; the server's messages appear next to the fields they concern. */
export function AuthForm({ title, submitLabel, passwordHint, onSubmit, footer }: Props) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const { errors, message, busy, run } = useSubmit();
  const limits = useLimits();
  const newPassword = passwordHint !== undefined;
  // Lengths guide someone choosing credentials. On login a maxLength could cut off a password that was
  // valid when it was chosen, before the limit changed.
  const lengths = newPassword ? limits : undefined;

  function submit(event: Event) {
    event.preventDefault();
    return run(() => onSubmit(username, password));
  }

  return (
    <main class="narrow">
      <h1>{title}</h1>
      <form onSubmit={submit} noValidate>
        <Field id="username" label="Username" error={errors.username}>
          <input id="username" name="username" autocomplete="username" required value={username}
              minLength={lengths?.usernameMinLength} maxLength={lengths?.usernameMaxLength}
              aria-invalid={!!errors.username} aria-describedby={describedBy('username', errors.username)}
              onInput={(e) => setUsername(e.currentTarget.value)} />
        </Field>
        <Field id="password" label="Password" error={errors.password}>
          <input id="password" name="password" type="password" required value={password}
              minLength={lengths?.passwordMinLength} maxLength={lengths?.passwordMaxLength}
              autocomplete={newPassword ? 'new-password' : 'current-password'}
              aria-invalid={!!errors.password} aria-describedby={describedBy('password', errors.password)}
              onInput={(e) => setPassword(e.currentTarget.value)} />
        </Field>
        {passwordHint && <p class="muted">{passwordHint}</p>}
        {message && <p class="form-error" role="alert">{message}</p>}
        <button type="submit" disabled={busy}>{submitLabel}</button>
      </form>
      <p>{footer}</p>
    </main>
  );
}
