import { useState } from 'preact/hooks';
import type { SecondFactor } from '../../api/auth';
import { describedBy, Field } from '../../components/Field';
import { focusNextHeading, PageHeading } from '../../components/PageHeading';
import { useSubmit } from '../../forms';
import { t } from '../../i18n';

interface Props {
  onSubmit(secondFactor: SecondFactor): Promise<void>;
  /** Back to the password, e.g. to log in as someone else. */
  onBack(): void;
}

/** The second step of a login with two-step login on: the authenticator's code, or one recovery code. */
export function SecondFactorForm({ onSubmit, onBack }: Props) {
  const [recovery, setRecovery] = useState(false);
  const [code, setCode] = useState('');
  const { errors, message, busy, run, refuse } = useSubmit();
  const field = recovery ? 'recovery-code' : 'totp';
  const hint = recovery ? t('auth.recoveryHint') : t('auth.totpHint');

  function submit(event: Event) {
    event.preventDefault();
    const typed = recovery ? code.trim() : code.replace(/\s/g, '');
    if (refuse(typed ? {} : { [field]: t('error.required') })) {
      return;
    }
    void run(() => onSubmit(recovery ? { recoveryCode: typed } : { totp: typed }), { codeField: field });
  }

  function switchKind() {
    setRecovery(!recovery);
    setCode('');
    refuse({});
  }

  return (
    <main id="main" class="narrow">
      <PageHeading title={t('auth.secondFactor.title')} />
      <p>{recovery ? t('auth.secondFactor.recoveryText') : t('auth.secondFactor.text')}</p>
      <form onSubmit={submit} noValidate>
        <Field id={field} label={recovery ? t('auth.recoveryCode') : t('auth.totp')} error={errors[field]} hint={hint}>
          {recovery ? (
            <input id="recovery-code" name="recoveryCode" autocomplete="off" autocapitalize="none" spellcheck={false}
                value={code} aria-invalid={!!errors[field]} aria-describedby={describedBy(field, errors[field], hint)}
                onInput={(e) => setCode(e.currentTarget.value)} />
          ) : (
            <input id="totp" name="totp" inputMode="numeric" autocomplete="one-time-code" pattern="[0-9]*"
                maxLength={6} class="code-input" value={code} aria-invalid={!!errors[field]}
                aria-describedby={describedBy(field, errors[field], hint)}
                onInput={(e) => setCode(e.currentTarget.value)} />
          )}
        </Field>
        {message && <p class="form-error" role="alert">{message}</p>}
        <button type="submit" disabled={busy}>{t('auth.login.submit')}</button>
      </form>
      <p class="buttons wrap">
        <button type="button" class="link-button" onClick={switchKind}>
          {recovery ? t('auth.useTotp') : t('auth.useRecoveryCode')}
        </button>
        <button type="button" class="link-button" onClick={() => {
          focusNextHeading();
          onBack();
        }}>{t('auth.secondFactor.back')}</button>
      </p>
    </main>
  );
}
