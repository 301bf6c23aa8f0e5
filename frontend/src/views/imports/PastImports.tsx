import { useEffect, useState } from 'preact/hooks';
import { changed, type Import, listImports, undoImport } from '../../api/imports';
import { Link } from '../../components/Link';
import { LoadError } from '../../components/LoadError';
import { formatDateTime } from '../../dates';
import { type MessageKey, t, tn } from '../../i18n';
import { useSession } from '../../session';
import { importFailure } from './parts';

/**
 * The user's imports, newest first, with a way to undo a committed one (after asking) or to discard a preview
 * that was never committed. `version` changes when an import was made or undone elsewhere on the page.
 */
export function PastImports({ version = 0, onChanged }: { version?: number; onChanged?(item: Import): void }) {
  const { user } = useSession();
  const [items, setItems] = useState<Import[] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [confirming, setConfirming] = useState<number | null>(null);
  const [working, setWorking] = useState<number | null>(null);
  const [message, setMessage] = useState<{ text: string; failed: boolean } | null>(null);

  function load() {
    setError(null);
    listImports().then((page) => {
      setItems(page.items);
      setCursor(page.nextCursor);
    }, setError);
  }

  useEffect(() => {
    setMessage(null); // news of an earlier undo is stale once the page moves on
    load();
  }, [version]);

  async function more() {
    setLoadingMore(true);
    try {
      const page = await listImports(cursor);
      setItems((list) => [...(list ?? []), ...page.items.filter((i) => !(list ?? []).some((known) => known.id === i.id))]);
      setCursor(page.nextCursor);
    } catch (e) {
      setMessage({ text: importFailure(e), failed: true });
    } finally {
      setLoadingMore(false);
    }
  }

  async function undo(item: Import) {
    setWorking(item.id);
    setMessage(null);
    try {
      const answer = await undoImport(item.id);
      setConfirming(null);
      if (item.status === 'committed') {
        setMessage({ text: tn('import.undone', item.counts.imported, { file: fileName(item) }), failed: false });
        setItems((list) => list && list.map((i) => (i.id === item.id ? withUndoneAt(changed(i, answer, 'undone')) : i)));
      } else {
        setMessage({ text: t('import.discarded', { file: fileName(item) }), failed: false });
        setItems((list) => list && list.filter((i) => i.id !== item.id));
      }
      onChanged?.(item);
    } catch (e) {
      setMessage({ text: importFailure(e), failed: true });
    } finally {
      setWorking(null);
    }
  }

  return (
    <section class="past-imports" aria-labelledby="past-imports-title">
      <h2 id="past-imports-title">{t('import.past')}</h2>
      {message && (
        <p class={message.failed ? 'form-error' : 'confirm'} role={message.failed ? 'alert' : 'status'}>{message.text}</p>
      )}
      {error ? <LoadError what={t('what.imports')} error={error} onRetry={load} />
        : items === null ? <p class="muted" role="status">{t('app.loading')}</p>
          : items.length === 0 ? <p class="muted">{t('import.pastNone')}</p> : (
            <ul class="import-list">
              {items.map((item) => (
                <li key={item.id} class={`import-item import-${item.status}`} data-import={item.id}>
                  <div class="import-item-head">
                    <strong class="file-name">{fileName(item)}</strong>
                    <span class="badge">{t(`import.state.${item.status}` as MessageKey)}</span>
                  </div>
                  <p class="meta">
                    <span>{item.formatLabel}</span>
                    <span><Link href={`/u/${user.username}/accounts/${item.accountId}`}>{item.accountName}</Link></span>
                    <span>{countsText(item)}</span>
                  </p>
                  <p class="muted small">
                    {t('import.by', { who: item.createdBy, when: formatDateTime(item.createdAt) })}
                    {item.undoneAt && ` · ${t('import.undoneAt', { when: formatDateTime(item.undoneAt) })}`}
                  </p>
                  {item.status !== 'undone' && (confirming === item.id ? (
                    <div class="confirm-box" role="group" aria-label={question(item)}>
                      <p>{question(item)}</p>
                      <div class="buttons">
                        <button type="button" class="danger" disabled={working === item.id} onClick={() => undo(item)}>
                          {item.status === 'committed' ? t('import.undo') : t('import.discard')}
                        </button>
                        <button type="button" class="secondary" onClick={() => setConfirming(null)}>{t('import.keep')}</button>
                      </div>
                    </div>
                  ) : (
                    <div class="buttons row-actions">
                      <button type="button" class="secondary danger" onClick={() => { setConfirming(item.id); setMessage(null); }}
                          aria-label={t(item.status === 'committed' ? 'import.undoOf' : 'import.discardOf', { file: fileName(item) })}>
                        {item.status === 'committed' ? t('import.undo') : t('import.discard')}
                      </button>
                    </div>
                  ))}
                </li>
              ))}
            </ul>
          )}
      {cursor && (
        <button type="button" class="secondary" disabled={loadingMore} onClick={more}>
          {loadingMore ? t('app.loading') : t('history.more')}
        </button>
      )}
    </section>
  );
}

function withUndoneAt(item: Import): Import {
  return item.undoneAt ? item : { ...item, undoneAt: new Date().toISOString() };
}

export function fileName(item: Pick<Import, 'fileName'>): string {
  return item.fileName || t('import.untitled');
}

function countsText(item: Import): string {
  const { counts } = item;
  if (item.status === 'previewed') {
    return tn('import.count.notYet', counts.rows);
  }
  const parts = [tn('import.count.imported', counts.imported)];
  if (counts.duplicate > 0) {
    parts.push(tn('import.count.duplicate', counts.duplicate));
  }
  if (counts.invalid > 0) {
    parts.push(tn('import.count.invalid', counts.invalid));
  }
  return parts.join(' · ');
}

function question(item: Import): string {
  return item.status === 'committed'
    ? tn('import.undoQuestion', item.counts.imported, { file: fileName(item) })
    : t('import.discardQuestion', { file: fileName(item) });
}
