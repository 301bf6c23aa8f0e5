import { useState } from 'preact/hooks';
import { beginTotp, confirmTotp, disableTotp, type TotpSetup, type TotpStatus } from '../../api/security';
import { describedBy, Field } from '../../components/Field';
import { useSubmit } from '../../forms';
import { t, tn } from '../../i18n';
import { describeError } from '../../problems';
import { useSession } from '../../session';
import { RecoveryCodes } from './RecoveryCodes';
import { QrCode } from './QrCode';
import { useFocusOnMount } from './useFocusOnMount';

/** Two-step login with an authenticator app: whether it is on, setting it up, and turning it off. */
export function TwoStepSection({ status, onStatus }: { status: TotpStatus; onStatus(status: TotpStatus): void }) {
  const [setup, setSetup] = useState<TotpSetup | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [turningOff, setTurningOff] = useState(false);
  const [problem, setProblem] = useState('');
  const [done, setDone] = useState('');
  const [busy, setBusy] = useState(false);

  async function start() {
    setProblem('');
    setDone('');
    setBusy(true);
    try {
      setSetup(await beginTotp());
    } catch (error) {
      const described = describeError(error);
      setProblem(described.message || Object.values(described.fields).join(' '));
    } finally {
      setBusy(false);
    }
  }

  let body;
  if (codes) {
    body = <RecoveryCodes codes={codes} onDone={() => {
      setCodes(null);
      setDone(t('totp.onDone'));
    }} />;
  } else if (setup) {
    body = <SetupForm setup={setup} onCancel={() => setSetup(null)} onConfirmed={(recoveryCodes) => {
      setSetup(null);
      setCodes(recoveryCodes);
      onStatus({ enabled: true, pending: false, recoveryCodesLeft: recoveryCodes.length });
    }} />;
  } else if (status.enabled) {
    body = (
      <>
        <p><strong class="state-on">{t('totp.on')}</strong> {tn('totp.codesLeft', status.recoveryCodesLeft)}</p>
        {turningOff ? (
          <TurnOffForm onCancel={() => setTurningOff(false)} onDone={() => {
            setTurningOff(false);
            onStatus({ enabled: false, pending: false, recoveryCodesLeft: 0 });
            setDone(t('totp.offDone'));
          }} />
        ) : (
          <button type="button" class="secondary" onClick={() => {
            setDone('');
            setTurningOff(true);
          }}>{t('totp.turnOff')}</button>
        )}
      </>
    );
  } else {
    body = (
      <>
        <p><strong>{t('totp.off')}</strong> {t('totp.offText')}</p>
        <button type="button" disabled={busy} onClick={() => void start()}>{t('totp.setUp')}</button>
        {problem && <p class="form-error" role="alert">{problem}</p>}
      </>
    );
  }

  return (
    <section class="card" aria-labelledby="two-step">
      <h2 id="two-step">{t('totp.title')}</h2>
      {body}
      <p class="confirm" role="status">{done}</p>
    </section>
  );
}

function SetupForm({ setup, onCancel, onConfirmed }: {
  setup: TotpSetup; onCancel(): void; onConfirmed(codes: string[]): void;
}) {
  const [code, setCode] = useState('');
  const { errors, message, busy, run, refuse } = useSubmit();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const hint = t('totp.codeHint');

  function submit(event: Event) {
    event.preventDefault();
    const typed = code.replace(/\s/g, '');
    if (refuse(typed ? {} : { 'totp-code': t('error.required') })) {
      return;
    }
    void run(async () => onConfirmed(await confirmTotp(typed)), { codeField: 'totp-code' });
  }

  return (
    <div class="totp-setup">
      <h3 ref={heading} tabIndex={-1}>{t('totp.setupTitle')}</h3>
      <ol class="steps">
        <li>{t('totp.step1')}</li>
        <li>
          {t('totp.step2')}
          <QrCode text={setup.otpauthUri} label={t('totp.qrLabel')} />
          <p class="small">{t('totp.secretText')}</p>
          <code class="secret" data-testid="totp-secret">{groups(setup.secret)}</code>
        </li>
        <li>
          <form onSubmit={submit} noValidate>
            <Field id="totp-code" label={t('totp.step3')} error={errors['totp-code']} hint={hint}>
              <input id="totp-code" name="code" inputMode="numeric" autocomplete="one-time-code" pattern="[0-9]*"
                  maxLength={6} class="code-input" value={code} aria-invalid={!!errors['totp-code']}
                  aria-describedby={describedBy('totp-code', errors['totp-code'], hint)}
                  onInput={(e) => setCode(e.currentTarget.value)} />
            </Field>
            {message && <p class="form-error" role="alert">{message}</p>}
            <div class="buttons">
              <button type="submit" disabled={busy}>{t('totp.confirm')}</button>
              <button type="button" class="secondary" onClick={onCancel}>{t('security.cancel')}</button>
            </div>
          </form>
        </li>
      </ol>
    </div>
  );
}

/** The secret in groups of four, easier to type; the spaces do not matter to authenticator apps. */
function groups(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, '$1 ');
}

function TurnOffForm({ onCancel, onDone }: { onCancel(): void; onDone(): void }) {
  const noPassword = useSession().user.hasPassword === false;
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const { errors, message, busy, run, refuse } = useSubmit();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const hint = t('totp.offCodeHint');

  function submit(event: Event) {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (!noPassword && !password) {
      missing['off-password'] = t('error.required');
    }
    if (!code.trim()) {
      missing['off-code'] = t('error.required');
    }
    if (refuse(missing)) {
      return;
    }
    void run(async () => {
      await disableTotp(noPassword ? undefined : password, code.trim());
      onDone();
    }, { codeField: 'off-code', passwordField: 'off-password' });
  }

  return (
    <form class="totp-off" onSubmit={submit} noValidate>
      <h3 ref={heading} tabIndex={-1}>{t('totp.turnOffTitle')}</h3>
      {noPassword ? <p>{t('totp.offNoPassword')}</p> : (
        <Field id="off-password" label={t('auth.password')} error={errors['off-password']}>
          <input id="off-password" type="password" autocomplete="current-password" value={password}
              aria-invalid={!!errors['off-password']}
              aria-describedby={describedBy('off-password', errors['off-password'])}
              onInput={(e) => setPassword(e.currentTarget.value)} />
        </Field>
      )}
      <Field id="off-code" label={t('totp.codeLabel')} error={errors['off-code']} hint={hint}>
        <input id="off-code" autocomplete="one-time-code" autocapitalize="none" spellcheck={false} value={code}
            aria-invalid={!!errors['off-code']} aria-describedby={describedBy('off-code', errors['off-code'], hint)}
            onInput={(e) => setCode(e.currentTarget.value)} />
      </Field>
      {message && <p class="form-error" role="alert">{message}</p>}
      <div class="buttons">
        <button type="submit" class="danger" disabled={busy}>{t('totp.turnOff')}</button>
        <button type="button" class="secondary" onClick={onCancel}>{t('security.cancel')}</button>
      </div>
    </form>
  );
}
