import { useEffect, useRef } from 'preact/hooks';
import { useSubmit } from '../../forms';
import { t } from '../../i18n';

interface Props {
  /** Prefix of the dialog's element ids. */
  id: string;
  title: string;
  text: string;
  /** The confirming button's words, such as "Revoke". */
  action: string;
  /** Does the thing; the dialog closes once it succeeds and shows the refusal otherwise. */
  onConfirm(): Promise<void>;
  onClose(): void;
}

/** A modal question before something that cannot be undone (removing a passkey, revoking a token). */
export function ConfirmDialog({ id, title, text, action, onConfirm, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const { message, busy, run } = useSubmit();

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  function confirm() {
    void run(async () => {
      await onConfirm();
      dialog.current?.close();
    });
  }

  return (
    <dialog ref={dialog} class="entry-dialog confirm-dialog" aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-text`} onClose={onClose}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p id={`${id}-text`}>{text}</p>
      {message && <p class="form-error" role="alert">{message}</p>}
      <div class="buttons wrap">
        <button type="button" class="danger" disabled={busy} onClick={confirm}>{action}</button>
        <button type="button" class="secondary" onClick={() => dialog.current?.close()}>{t('security.cancel')}</button>
      </div>
    </dialog>
  );
}
