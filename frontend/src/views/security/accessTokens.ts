import type { TokenScope } from '../../api/tokens';
import { t } from '../../i18n';

/** The same bound as the server's (PersonalToken.NAME_MAX), counted in characters. */
export const TOKEN_NAME_MAX = 64;

/** How long a new token lives; the server refuses more than its max-lifetime (730 days unless configured). */
export const EXPIRIES = ['30d', '90d', '1y', 'never'] as const;
export type Expiry = (typeof EXPIRIES)[number];

const EXPIRY_DAYS: Record<Expiry, number | null> = { '30d': 30, '90d': 90, '1y': 365, never: null };

/** The expiry to send for a choice, counted from now; undefined for a token that does not expire. */
export function expiresAtFor(choice: Expiry, now: Date = new Date()): string | undefined {
  const days = EXPIRY_DAYS[choice];
  return days === null ? undefined : new Date(now.getTime() + days * 86_400_000).toISOString();
}

export const SCOPE_CHOICES = ['read', 'write'] as const;
export type ScopeChoice = (typeof SCOPE_CHOICES)[number];

/** The scopes the server expects for a choice: write always comes with read. */
export function scopesFor(choice: ScopeChoice): TokenScope[] {
  return choice === 'write' ? ['read', 'write'] : ['read'];
}

/** The scopes of a listed token in words: "Read only" or "Read and write". */
export function scopeWords(scopes: readonly string[]): string {
  return t(scopes.includes('write') ? 'tokens.scope.write' : 'tokens.scope.read');
}

/** Whether a token's expiry has passed; a token without one never expires. */
export function isExpired(expiresAt: string | null, now: Date = new Date()): boolean {
  return expiresAt !== null && new Date(expiresAt).getTime() <= now.getTime();
}

/** A command line that lists the accounts with the token, to show how a script sends it. */
export function curlExample(origin: string, token: string): string {
  return `curl -H "Authorization: Bearer ${token}" ${origin}/api/accounts`;
}
