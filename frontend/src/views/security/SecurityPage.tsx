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
 * access tokens for scripts, password, history, leaving.
 */
export function SecurityPage() {
  const status = useLoad(totpStatus, []);
  const provider = useAuthConfig()?.provider;
  return (
    <main id="main" class="security">
      <PageHeading title={t('security.title')} />
      <p class="muted">{t('security.intro')}</p>
      {status.error !== null ? <LoadError what={t('what.totp')} error={status.error} onRetry={status.retry} />
        : status.data ? <TwoStepSection status={status.data} onStatus={status.set} />
          : <p class="muted" role="status">{t('app.loading')}</p>}
      {passkeysSupported() && <PasskeysSection />}
      {provider && <ProviderSection name={provider.name} />}
      <SessionsSection />
      <TokensSection />
      <PasswordSection />
      <AuditSection />
      <LeavingSection totpOn={status.data?.enabled ?? false} />
    </main>
  );
}
