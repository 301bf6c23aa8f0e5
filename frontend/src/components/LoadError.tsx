import { t } from '../i18n';
import { loadFailure } from '../problems';

/** A load that failed: what could not be loaded, why, and a way to try again. Never mistaken for "empty". */
export function LoadError({ what, error, onRetry }: { what: string; error: unknown; onRetry(): void }) {
  return (
    <div class="load-error" role="alert">
      <p><strong>{t('load.failed', { what })}</strong> {loadFailure(error)}</p>
      <button type="button" class="secondary" onClick={onRetry}>{t('load.retry')}</button>
    </div>
  );
}
