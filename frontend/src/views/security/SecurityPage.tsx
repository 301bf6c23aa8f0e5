import { useState } from 'preact/hooks';
import { totpStatus } from '../../api/security';
import { LoadError } from '../../components/LoadError';
import { PageHeading } from '../../components/PageHeading';
import { t } from '../../i18n';
import { useLoad } from '../../useLoad';
import { AuditSection } from './AuditSection';
import { LeavingSection } from './LeavingSection';
import { passkeysSupported } from '../../api/passkeys';
import { PasskeysSection } from './PasskeysSection';
import { useAuthConfig } from '../auth/providerSignIn';
import { PasswordSection } from './PasswordSection';
import { ProviderSection } from './ProviderSection';
import { SessionsSection } from './SessionsSection';
import { TokensSection } from './TokensSection';
import { TwoStepSection } from './TwoStepSection';

/**
 * Everything about the user's account security: two-step login, passkeys (where the browser has them), sessions,
 * access tokens for scripts, password, history, leaving. A change made here shows in the history at once.
 */
export function SecurityPage() {
  const status = useLoad(totpStatus, []);
  const config = useAuthConfig();
  const provider = config?.provider;
  // with password login off a password would let no one in, so there is none to set or change
  const passwordLogin = config?.passwordLogin !== false;
  const [changes, setChanges] = useState(0);
  const changed = () => setChanges((n) => n + 1);
  return (
    <main id="main" class="security">
      <PageHeading title={t('security.title')} />
      <p class="muted">{t('security.intro')}</p>
      {status.error !== null ? <LoadError what={t('what.totp')} error={status.error} onRetry={status.retry} />
        : status.data ? <TwoStepSection status={status.data} onStatus={(next) => {
            status.set(next);
            changed();
          }} />
          : <p class="muted" role="status">{t('app.loading')}</p>}
      {passkeysSupported() && <PasskeysSection onChange={changed} />}
      {provider && <ProviderSection name={provider.name} passwordLogin={passwordLogin} onChange={changed} />}
      <SessionsSection onChange={changed} />
      <TokensSection onChange={changed} />
      {passwordLogin && <PasswordSection onChange={changed} />}
      <AuditSection revision={changes} />
      <LeavingSection totpOn={status.data?.enabled ?? false} />
    </main>
  );
}
