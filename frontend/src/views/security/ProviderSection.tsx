import { useState } from 'preact/hooks';
import { type IdentityLink, listIdentityLinks, startIdentityLink, unlinkIdentity } from '../../api/identityLinks';
import { LoadError } from '../../components/LoadError';
import { formatDateTime } from '../../dates';
import { useSubmit } from '../../forms';
import { t } from '../../i18n';
import { useSession } from '../../session';
import { useLoad } from '../../useLoad';
import { linkOutcome } from '../auth/providerSignIn';

/**
 * The user's link to the identity provider: link it (through the provider and back here), see when it was
 * last used, unlink it: unless it is the user's only way in (password login is off, or they have no password), which
 * the page says instead of offering what the service would refuse. Shown only when the service offers a provider.
 */
export function ProviderSection({ name, passwordLogin, onChange }: {
  name: string; passwordLogin: boolean; onChange(): void;
}) {
  const { user } = useSession();
  const links = useLoad(listIdentityLinks, []);
  const [outcome] = useState(() => linkOutcome(window.location.search));
  const [done, setDone] = useState('');
  const { message, busy, run } = useSubmit();
  const list = links.data ?? [];
  const onlyWayIn = !passwordLogin || user.hasPassword === false;

  function link() {
    void run(async () => {
      window.location.assign(await startIdentityLink());
    });
  }

  function unlink(linked: IdentityLink) {
    setDone('');
    void run(async () => {
      await unlinkIdentity(linked.id);
      links.set(list.filter((l) => l.id !== linked.id));
      setDone(t('security.provider.unlinked', { name }));
      onChange();
    });
  }

  return (
    <section class="card" aria-labelledby="provider">
      <h2 id="provider">{t('security.provider.title', { name })}</h2>
      <p>{t(user.hasPassword === false ? 'security.provider.introNoPassword' : 'security.provider.intro', { name })}</p>
      {outcome && <p class={outcome.linked ? 'confirm' : 'form-error'} role="status">{outcome.text}</p>}
      {links.error !== null ? <LoadError what={t('what.identityLinks')} error={links.error} onRetry={links.retry} />
        : !links.data ? <p class="muted" role="status">{t('app.loading')}</p>
          : list.length === 0 ? (
            <button type="button" disabled={busy} onClick={link}>{t('security.provider.link', { name })}</button>
          ) : (
            <ul class="plain-list identity-link-list" aria-label={t('security.provider.list', { name })}>
              {list.map((l) => (
                <li key={l.id}>
                  <div class="row-head"><strong>{l.email ?? l.provider}</strong></div>
                  <p class="meta">
                    <span>{t('security.provider.since', { time: formatDateTime(l.createdAt) })}</span>
                    {l.lastUsedAt && <span>{t('passkeys.lastUsed', { time: formatDateTime(l.lastUsedAt) })}</span>}
                  </p>
                  {onlyWayIn ? (
                    <p class="muted">{t(passwordLogin ? 'security.provider.onlyWaySetPassword' : 'security.provider.onlyWay')}</p>
                  ) : (
                    <button type="button" class="secondary small" disabled={busy} onClick={() => unlink(l)}>
                      {t('security.provider.unlink')}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
      {message && <p class="form-error" role="alert">{message}</p>}
      <p class="confirm" role="status">{done}</p>
    </section>
  );
}
