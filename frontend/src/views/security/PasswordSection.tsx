import { useState } from 'preact/hooks';
import { changePassword } from '../../api/security';
import { describedBy, Field } from '../../components/Field';
import { useSubmit } from '../../forms';
import { t } from '../../i18n';
import { useSession } from '../../session';
import { useLimits } from '../../useLimits';

/**
 * A new password, after the current one; every other session ends with the change. A user made by an identity
 * provider has no current one: they set a first password, which the server allows shortly after a sign-in.
 */
export function PasswordSection({ onChange }: { onChange(): void }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [done, setDone] = useState('');
  const { errors, message, busy, run, refuse } = useSubmit();
  const { user, passwordSet } = useSession();
  const first = user.hasPassword === false;
  const limits = useLimits();
  const hint = limits ? t('auth.passwordHint', { min: limits.passwordMinLength }) : undefined;

  function submit(event: Event) {
    event.preventDefault();
    setDone('');
    const missing: Record<string, string> = {};
    if (!first && !current) {
      missing.currentPassword = t('error.required');
    }
    if (!next) {
      missing.newPassword = t('error.required');
    }
    if (refuse(missing)) {
      return;
    }
    void run(async () => {
      await changePassword(first ? undefined : current, next);
      setCurrent('');
      setNext('');
      setDone(first ? t('password.set', { username: user.username }) : t('password.changed'));
      if (first) {
        passwordSet();
      }
      onChange();
    }, { passwordField: 'currentPassword' });
  }

  return (
    <section class="card" aria-labelledby="password">
      <h2 id="password">{t('password.title')}</h2>
      <form onSubmit={submit} noValidate>
        {/* tells password managers whose password changes */}
        <input type="text" name="username" autocomplete="username" value={user.username} readOnly hidden />
        {first ? <p>{t('password.firstText')}</p> : (
          <Field id="currentPassword" label={t('password.current')} error={errors.currentPassword}>
            <input id="currentPassword" type="password" autocomplete="current-password" value={current}
                aria-invalid={!!errors.currentPassword} aria-describedby={describedBy('currentPassword', errors.currentPassword)}
                onInput={(e) => setCurrent(e.currentTarget.value)} />
          </Field>
        )}
        <Field id="newPassword" label={t('password.new')} error={errors.newPassword} hint={hint}>
          <input id="newPassword" type="password" autocomplete="new-password" value={next}
              minLength={limits?.passwordMinLength} maxLength={limits?.passwordMaxLength}
              aria-invalid={!!errors.newPassword} aria-describedby={describedBy('newPassword', errors.newPassword, hint)}
              onInput={(e) => setNext(e.currentTarget.value)} />
        </Field>
        {message && <p class="form-error" role="alert">{message}</p>}
        <button type="submit" disabled={busy}>{t(first ? 'password.firstSubmit' : 'password.submit')}</button>
      </form>
      <p class="confirm" role="status">{done}</p>
    </section>
  );
}
