import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { SecondFactor } from '../../api/auth';
import { ApiError } from '../../api/http';
import { passkeysSupported } from '../../api/passkeys';
import { describedBy, Field } from '../../components/Field';
import { focusNextHeading, PageHeading } from '../../components/PageHeading';
import { useSubmit } from '../../forms';
import { t } from '../../i18n';
import { useLimits } from '../../useLimits';
import { signInError, useAuthConfig } from './providerSignIn';
import { SecondFactorForm } from './SecondFactorForm';

interface Props {
  mode: 'login' | 'register';
  /** Why the login page is showing (the session ended, the user logged out). */
  notice?: string;
  onSubmit(username: string, password: string, secondFactor?: SecondFactor): Promise<void>;
  /** Signs in with a passkey; offered on the login page when the browser has passkeys. */
  onPasskey?(): Promise<void>;
  footer: ComponentChildren;
}

/**
 * Login and registration share one form; every message appears next to the field it concerns. A login the
 * server answers with "second factor required" goes on to ask for the code.
 */
export function AuthForm({ mode, notice, onSubmit, onPasskey, footer }: Props) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [askCode, setAskCode] = useState(false);
  const { errors, message, busy, run, refuse } = useSubmit();
  const limits = useLimits();
  const config = useAuthConfig();
  const [providerError] = useState(() => signInError(window.location.search));
  const register = mode === 'register';
  const passwords = config?.passwordLogin !== false;
  const provider = config?.provider ?? null;
  // Lengths guide someone choosing credentials. On login a maxLength could cut off a password that was
  // valid when it was chosen, before the limit changed.
  const lengths = register ? limits : undefined;
  const usernameHint = register && limits
    ? t('auth.usernameHint', { min: limits.usernameMinLength, max: limits.usernameMaxLength }) : undefined;
  const passwordHint = register && limits ? t('auth.passwordHint', { min: limits.passwordMinLength }) : undefined;

  function submit(event: Event) {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (!username.trim()) {
      missing.username = t('error.required');
    }
    if (!password) {
      missing.password = t('error.required');
    }
    if (refuse(missing)) {
      return;
    }
    void run(async () => {
      try {
        await onSubmit(username, password);
      } catch (error) {
        if (error instanceof ApiError && error.is('second-factor-required')) {
          focusNextHeading();
          setAskCode(true);
          return;
        }
        throw error;
      }
    }, { username });
  }

  if (askCode) {
    return (
      <SecondFactorForm onSubmit={(secondFactor) => onSubmit(username, password, secondFactor)}
          onBack={() => {
            setPassword('');
            setAskCode(false);
          }} />
    );
  }

  return (
    <main id="main" class="narrow">
      <PageHeading title={t(register ? 'auth.register.page' : 'auth.login.page')}>
        {t(register ? 'auth.register.title' : 'auth.login.title')}
      </PageHeading>
      {notice && <p class="notice" role="status">{notice}</p>}
      {providerError && <p class="form-error" role="alert">{providerError}</p>}
      {!passwords && <p>{t('auth.passwordOff')}</p>}
      {passwords && <form onSubmit={submit} noValidate>
        <Field id="username" label={t('auth.username')} error={errors.username} hint={usernameHint}>
          <input id="username" name="username" autocomplete="username" autocapitalize="none" spellcheck={false}
              required value={username}
              minLength={lengths?.usernameMinLength} maxLength={lengths?.usernameMaxLength}
              aria-invalid={!!errors.username}
              aria-describedby={describedBy('username', errors.username, usernameHint)}
              onInput={(e) => setUsername(e.currentTarget.value)} />
        </Field>
        <Field id="password" label={t('auth.password')} error={errors.password} hint={passwordHint}>
          <input id="password" name="password" type="password" required value={password}
              minLength={lengths?.passwordMinLength} maxLength={lengths?.passwordMaxLength}
              autocomplete={register ? 'new-password' : 'current-password'}
              aria-invalid={!!errors.password}
              aria-describedby={describedBy('password', errors.password, passwordHint)}
              onInput={(e) => setPassword(e.currentTarget.value)} />
        </Field>
        {message && <p class="form-error" role="alert">{message}</p>}
        <button type="submit" disabled={busy}>{t(register ? 'auth.register.submit' : 'auth.login.submit')}</button>
      </form>}
      {provider && (
        <div class="passkey-login">
          {passwords && <p class="muted or">{t('auth.or')}</p>}
          <a class="button-link" href={provider.login} data-testid="provider-sign-in">
            {t('auth.provider', { name: provider.name })}
          </a>
        </div>
      )}
      {!register && onPasskey && passkeysSupported() && (
        <div class="passkey-login">
          <p class="muted or">{t('auth.or')}</p>
          <button type="button" class="secondary" disabled={busy} onClick={() => void run(onPasskey)}>
            {t('auth.passkey')}
          </button>
        </div>
      )}
      {passwords && <p>{footer}</p>}
    </main>
  );
}
