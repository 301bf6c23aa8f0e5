import { useEffect, useRef, useState } from 'preact/hooks';
import { addPasskey, listPasskeys, type PasskeyInfo, removePasskey, renamePasskey } from '../../api/passkeys';
import { describedBy, Field } from '../../components/Field';
import { LoadError } from '../../components/LoadError';
import { formatDateTime } from '../../dates';
import { useSubmit } from '../../forms';
import { t } from '../../i18n';
import { useLoad } from '../../useLoad';
import { ConfirmDialog } from './ConfirmDialog';

const NAME_MAX = 64;

/** The passkeys the user signs in with: add one on this device, see when each was last used, rename, remove. */
export function PasskeysSection({ onChange }: { onChange(): void }) {
  const passkeys = useLoad(listPasskeys, []);
  const [done, setDone] = useState('');
  const [renaming, setRenaming] = useState<number | null>(null);
  const [removing, setRemoving] = useState<PasskeyInfo | null>(null);
  const list = passkeys.data ?? [];

  return (
    <section class="card" aria-labelledby="passkeys">
      <h2 id="passkeys">{t('passkeys.title')}</h2>
      <p>{t('passkeys.intro')}</p>
      {passkeys.error !== null ? <LoadError what={t('what.passkeys')} error={passkeys.error} onRetry={passkeys.retry} />
        : !passkeys.data ? <p class="muted" role="status">{t('app.loading')}</p>
          : list.length === 0 ? <p class="muted">{t('passkeys.none')}</p> : (
            <ul class="plain-list passkey-list" aria-label={t('passkeys.list')}>
              {list.map((p) => (
                <li key={p.id} data-passkey={p.id}>
                  {renaming === p.id ? (
                    <RenameForm passkey={p} onCancel={() => setRenaming(null)} onRenamed={(renamed) => {
                      passkeys.set(list.map((q) => (q.id === renamed.id ? renamed : q)));
                      setRenaming(null);
                      setDone(t('passkeys.renamed', { name: renamed.name }));
                    }} />
                  ) : (
                    <>
                      <div class="row-head"><strong>{p.name}</strong></div>
                      <p class="meta">
                        <span>{t('passkeys.added', { time: formatDateTime(p.createdAt) })}</span>
                        <span>{p.lastUsedAt ? t('passkeys.lastUsed', { time: formatDateTime(p.lastUsedAt) })
                          : t('passkeys.neverUsed')}</span>
                      </p>
                      <div class="buttons wrap">
                        <button type="button" class="secondary small" aria-label={t('passkeys.renameOf', { name: p.name })}
                            onClick={() => {
                              setDone('');
                              setRenaming(p.id);
                            }}>{t('passkeys.rename')}</button>
                        <button type="button" class="secondary small" aria-label={t('passkeys.removeOf', { name: p.name })}
                            onClick={() => {
                              setDone('');
                              setRemoving(p);
                            }}>{t('passkeys.remove')}</button>
                      </div>
                    </>
                  )}
                </li>
              ))}
            </ul>
          )}
      <AddForm onAdded={(added) => {
        passkeys.set([...list, added]);
        setDone(t('passkeys.addedDone', { name: added.name }));
        onChange();
      }} />
      <p class="confirm" role="status">{done}</p>
      {removing && <RemoveDialog passkey={removing} onClose={() => setRemoving(null)} onRemoved={() => {
        passkeys.set(list.filter((q) => q.id !== removing.id));
        setDone(t('passkeys.removed', { name: removing.name }));
        onChange();
      }} />}
    </section>
  );
}

function AddForm({ onAdded }: { onAdded(added: PasskeyInfo): void }) {
  const [name, setName] = useState('');
  const { errors, message, busy, run, refuse } = useSubmit();

  function submit(event: Event) {
    event.preventDefault();
    if (refuse(name.trim() ? {} : { name: t('error.required') })) {
      return;
    }
    void run(async () => {
      onAdded(await addPasskey(name.trim()));
      setName('');
    });
  }

  return (
    <form onSubmit={submit} noValidate class="passkey-add">
      <Field id="passkey-name" label={t('passkeys.name')} error={errors.name} hint={t('passkeys.nameHint')}>
        <input id="passkey-name" name="passkey-name" autocomplete="off" maxLength={NAME_MAX} value={name}
            aria-invalid={!!errors.name}
            aria-describedby={describedBy('passkey-name', errors.name, t('passkeys.nameHint'))}
            onInput={(e) => setName(e.currentTarget.value)} />
      </Field>
      {message && <p class="form-error" role="alert">{message}</p>}
      <button type="submit" disabled={busy}>{t('passkeys.add')}</button>
    </form>
  );
}

function RenameForm({ passkey, onCancel, onRenamed }: {
  passkey: PasskeyInfo; onCancel(): void; onRenamed(renamed: PasskeyInfo): void;
}) {
  const [name, setName] = useState(passkey.name);
  const { errors, message, busy, run, refuse } = useSubmit();
  const id = `passkey-rename-${passkey.id}`;
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  function submit(event: Event) {
    event.preventDefault();
    if (refuse(name.trim() ? {} : { name: t('error.required') })) {
      return;
    }
    void run(async () => onRenamed(await renamePasskey(passkey.id, name.trim())));
  }

  return (
    <form onSubmit={submit} noValidate>
      <Field id={id} label={t('passkeys.newName')} error={errors.name}>
        <input id={id} ref={input} autocomplete="off" maxLength={NAME_MAX} value={name}
            aria-invalid={!!errors.name} aria-describedby={describedBy(id, errors.name)}
            onInput={(e) => setName(e.currentTarget.value)} />
      </Field>
      {message && <p class="form-error" role="alert">{message}</p>}
      <div class="buttons wrap">
        <button type="submit" disabled={busy}>{t('passkeys.save')}</button>
        <button type="button" class="secondary" onClick={onCancel}>{t('security.cancel')}</button>
      </div>
    </form>
  );
}

function RemoveDialog({ passkey, onClose, onRemoved }: { passkey: PasskeyInfo; onClose(): void; onRemoved(): void }) {
  return (
    <ConfirmDialog id="remove-passkey" title={t('passkeys.confirmTitle', { name: passkey.name })} text={t('passkeys.confirmText')}
        action={t('passkeys.remove')} onClose={onClose} onConfirm={async () => {
          await removePasskey(passkey.id);
          onRemoved();
        }} />
  );
}
