import { useEffect, useRef, useState } from 'preact/hooks';
import { deleteAccount, EXPORT_URL } from '../../api/security';
import { describedBy, Field } from '../../components/Field';
import { useSubmit } from '../../forms';
import { t } from '../../i18n';
import { useSession } from '../../session';

/** Taking everything along as one file, and deleting the account for good. */
export function LeavingSection({ totpOn }: { totpOn: boolean }) {
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <section class="card" aria-labelledby="export">
        <h2 id="export">{t('leaving.exportTitle')}</h2>
        <p>{t('leaving.exportText')}</p>
        <a class="button-link" href={EXPORT_URL} download>{t('leaving.export')}</a>
      </section>
      <section class="card danger-zone" aria-labelledby="delete-account">
        <h2 id="delete-account">{t('leaving.deleteTitle')}</h2>
        <p>{t('leaving.deleteText')}</p>
        <button type="button" class="danger" onClick={() => setConfirming(true)}>{t('leaving.delete')}</button>
        {confirming && <DeleteDialog totpOn={totpOn} onClose={() => setConfirming(false)} />}
      </section>
    </>
  );
}

function DeleteDialog({ totpOn, onClose }: { totpOn: boolean; onClose(): void }) {
  const session = useSession();
  const noPassword = session.user.hasPassword === false;
  const dialog = useRef<HTMLDialogElement>(null);
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const { errors, message, busy, run, refuse } = useSubmit();

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  function submit(event: Event) {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (!noPassword && !password) {
      missing['delete-password'] = t('error.required');
    }
    if (totpOn && !code.trim()) {
      missing['delete-code'] = t('error.required');
    }
    if (refuse(missing)) {
      return;
    }
    void run(async () => {
      await deleteAccount(noPassword ? undefined : password, totpOn ? code.trim() : undefined);
      dialog.current?.close();
      session.accountDeleted();
    }, { passwordField: 'delete-password', codeField: 'delete-code' });
  }

  return (
    <dialog ref={dialog} class="entry-dialog confirm-dialog" aria-labelledby="delete-title"
        aria-describedby="delete-warning" onClose={onClose}>
      <h2 id="delete-title">{t('leaving.confirmTitle')}</h2>
      <p id="delete-warning" class="warning">{t('leaving.confirmText', { username: session.user.username })}</p>
      <form onSubmit={submit} noValidate>
        {noPassword ? <p>{t('leaving.noPassword')}</p> : (
          <Field id="delete-password" label={t('auth.password')} error={errors['delete-password']}>
            <input id="delete-password" type="password" autocomplete="current-password" value={password}
                aria-invalid={!!errors['delete-password']}
                aria-describedby={describedBy('delete-password', errors['delete-password'])}
                onInput={(e) => setPassword(e.currentTarget.value)} />
          </Field>
        )}
        {totpOn && (
          <Field id="delete-code" label={t('auth.totp')} error={errors['delete-code']}>
            <input id="delete-code" inputMode="numeric" autocomplete="one-time-code" pattern="[0-9]*" maxLength={6}
                class="code-input" value={code} aria-invalid={!!errors['delete-code']}
                aria-describedby={describedBy('delete-code', errors['delete-code'])}
                onInput={(e) => setCode(e.currentTarget.value)} />
          </Field>
        )}
        {message && <p class="form-error" role="alert">{message}</p>}
        <div class="buttons wrap">
          <button type="submit" class="danger" disabled={busy}>{t('leaving.confirm')}</button>
          <button type="button" class="secondary" onClick={() => dialog.current?.close()}>{t('security.cancel')}</button>
        </div>
      </form>
    </dialog>
  );
}
