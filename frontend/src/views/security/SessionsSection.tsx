import { useState } from 'preact/hooks';
import { endOtherSessions, endSession, listSessions, type SessionInfo } from '../../api/security';
import { LoadError } from '../../components/LoadError';
import { formatDateTime } from '../../dates';
import { t, tn } from '../../i18n';
import { describeError } from '../../problems';
import { useSession } from '../../session';
import { useLoad } from '../../useLoad';
import { describeUserAgent } from './userAgent';

/** Where the user is logged in, with a way to end each session, or every one but this. */
export function SessionsSection({ onChange }: { onChange(): void }) {
  const session = useSession();
  const sessions = useLoad(listSessions, []);
  const [done, setDone] = useState('');
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);
  const others = (sessions.data ?? []).filter((s) => !s.current);

  async function act(action: () => Promise<string>) {
    setProblem('');
    setDone('');
    setBusy(true);
    try {
      setDone(await action());
      onChange();
    } catch (error) {
      const described = describeError(error);
      setProblem(described.message || Object.values(described.fields).join(' '));
    } finally {
      setBusy(false);
    }
  }

  const end = (ended: SessionInfo) => act(async () => {
    await endSession(ended.id);
    sessions.set((sessions.data ?? []).filter((s) => s.id !== ended.id));
    return t('sessions.ended', { what: describeUserAgent(ended.userAgent) || t('sessions.unknownDevice') });
  });

  const endOthers = () => act(async () => {
    const revoked = await endOtherSessions();
    sessions.set((sessions.data ?? []).filter((s) => s.current));
    return tn('sessions.endedOthers', revoked);
  });

  return (
    <section class="card" aria-labelledby="sessions">
      <h2 id="sessions">{t('sessions.title')}</h2>
      {sessions.error !== null ? <LoadError what={t('what.sessions')} error={sessions.error} onRetry={sessions.retry} />
        : !sessions.data ? <p class="muted" role="status">{t('app.loading')}</p> : (
          <ul class="plain-list session-list" aria-label={t('sessions.list')}>
            {sessions.data.map((s) => (
              <li key={s.id} data-session={s.id} class={s.current ? 'current' : undefined}>
                <div class="row-head">
                  <strong>{describeUserAgent(s.userAgent) || t('sessions.unknownDevice')}</strong>
                  {s.current && <span class="badge">{t('sessions.current')}</span>}
                </div>
                <p class="meta">
                  {s.address && <span>{s.address}</span>}
                  <span>{t('sessions.since', { time: formatDateTime(s.createdAt) })}</span>
                  <span>{t('sessions.lastSeen', { time: formatDateTime(s.lastSeenAt) })}</span>
                </p>
                <button type="button" class="secondary small" disabled={busy}
                    aria-label={s.current ? t('sessions.logOutHere')
                      : t('sessions.logOutOf', { what: describeUserAgent(s.userAgent) || t('sessions.unknownDevice') })}
                    onClick={() => (s.current ? void session.signOut() : void end(s))}>
                  {t('nav.logout')}
                </button>
              </li>
            ))}
          </ul>
        )}
      {others.length > 0 && (
        <button type="button" class="secondary" disabled={busy} onClick={() => void endOthers()}>
          {t('sessions.endOthers')}
        </button>
      )}
      {problem && <p class="form-error" role="alert">{problem}</p>}
      <p class="confirm" role="status">{done}</p>
    </section>
  );
}
