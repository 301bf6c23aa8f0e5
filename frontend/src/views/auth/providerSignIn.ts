import { useEffect, useState } from 'preact/hooks';
import { type AuthConfig, getAuthConfig } from '../../api/auth';
import { t } from '../../i18n';

/** The service's sign-in options, or undefined until they arrive (or when they cannot be read). */
export function useAuthConfig(): AuthConfig | undefined {
  const [config, setConfig] = useState<AuthConfig>();
  useEffect(() => {
    getAuthConfig().then(setConfig, () => undefined);
  }, []);
  return config;
}

/** Why a sign-in through the identity provider came back without a session, from its return address. */
export function signInError(search: string): string | undefined {
  const code = new URLSearchParams(search).get('signin-error');
  if (!code) {
    return undefined;
  }
  return code === 'no-account' ? t('auth.provider.noAccount') : t('auth.provider.failed');
}

/** How linking an identity provider account ended, from the Security page's return address. */
export function linkOutcome(search: string): { linked: boolean; text: string } | undefined {
  const params = new URLSearchParams(search);
  if (params.get('linked') === '1') {
    return { linked: true, text: t('security.provider.linked') };
  }
  const code = params.get('link-error');
  if (!code) {
    return undefined;
  }
  return {
    linked: false,
    text: code === 'linked-elsewhere' ? t('security.provider.linkedElsewhere') : t('security.provider.linkFailed'),
  };
}
