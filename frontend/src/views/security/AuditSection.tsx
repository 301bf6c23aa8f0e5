import { useEffect, useState } from 'preact/hooks';
import { type AuditEvent, auditPage, type AuditVerification, verifyAudit } from '../../api/security';
import { LoadError } from '../../components/LoadError';
import { formatDateTime } from '../../dates';
import { type MessageKey, t } from '../../i18n';
import { describeError } from '../../problems';
import { useLoad } from '../../useLoad';
import { describeUserAgent } from './userAgent';

/** What a kind of event is called; a kind this app does not know yet is shown as the server names it. */
export function auditLabel(kind: string): string {
  const key = `audit.kind.${kind}` as MessageKey;
  const label = t(key);
  return label === undefined || label === key ? kind : label;
}

/**
 * The user's security history, newest first, a page at a time, and a check of its hash chain. A new
 * `revision` (a change made on the page) reads the first page again; the pages read after it and the result of
 * an earlier check no longer hold, and go.
 */
export function AuditSection({ revision }: { revision: number }) {
  const first = useLoad(() => auditPage(), [revision]);
  const [more, setMore] = useState<AuditEvent[]>([]);
  const [cursor, setCursor] = useState<string | null | undefined>(undefined);
  const [loadingMore, setLoadingMore] = useState(false);
  const [problem, setProblem] = useState('');
  const [verification, setVerification] = useState<AuditVerification | null>(null);
  const [verifying, setVerifying] = useState(false);
  useEffect(() => {
    setMore([]);
    setCursor(undefined);
    setVerification(null);
  }, [revision]);
  const next = cursor === undefined ? first.data?.nextCursor ?? null : cursor;
  const items = [...(first.data?.items ?? []), ...more];

  async function guarded(action: () => Promise<void>) {
    setProblem('');
    try {
      await action();
    } catch (error) {
      const described = describeError(error);
      setProblem(described.message || Object.values(described.fields).join(' '));
    }
  }

  const loadMore = () => {
    setLoadingMore(true);
    void guarded(async () => {
      const page = await auditPage(next);
      setMore((shown) => [...shown, ...page.items]);
      setCursor(page.nextCursor);
    }).finally(() => setLoadingMore(false));
  };

  const verify = () => {
    setVerifying(true);
    setVerification(null);
    void guarded(async () => setVerification(await verifyAudit())).finally(() => setVerifying(false));
  };

  return (
    <section class="card" aria-labelledby="audit">
      <h2 id="audit">{t('audit.title')}</h2>
      <p class="muted">{t('audit.intro')}</p>
      {first.error !== null ? <LoadError what={t('what.audit')} error={first.error} onRetry={first.retry} />
        : !first.data ? <p class="muted" role="status">{t('app.loading')}</p>
          : items.length === 0 ? <p class="muted">{t('audit.none')}</p> : (
            <ol class="plain-list audit-list" aria-label={t('audit.list')}>
              {items.map((event) => (
                <li key={event.seq} data-kind={event.kind}>
                  <div class="row-head">
                    <strong>{auditLabel(event.kind)}</strong>
                    <time dateTime={event.at}>{formatDateTime(event.at)}</time>
                  </div>
                  <p class="meta">
                    {event.detail && <span>{event.detail}</span>}
                    {event.address && <span>{event.address}</span>}
                    {event.userAgent && <span title={event.userAgent}>{describeUserAgent(event.userAgent)}</span>}
                  </p>
                </li>
              ))}
            </ol>
          )}
      <div class="buttons wrap">
        {next && (
          <button type="button" class="secondary" disabled={loadingMore} onClick={loadMore}>{t('audit.more')}</button>
        )}
        <button type="button" class="secondary" disabled={verifying} onClick={verify}>{t('audit.verify')}</button>
      </div>
      {problem && <p class="form-error" role="alert">{problem}</p>}
      <div role="status" class="verification">
        {verification && (verification.ok ? (
          <p class="confirm">{t('audit.intact', { count: verification.eventsChecked })}</p>
        ) : (
          <p class="form-error">
            {verification.firstBrokenSeq === null ? t('audit.brokenAtHead')
              : t('audit.broken', { seq: verification.firstBrokenSeq })} {verification.problem ?? ''}
          </p>
        ))}
      </div>
    </section>
  );
}
