import { query, request } from './http';

/** Two-step login: on, or being set up, and how many unused recovery codes are left. */
export interface TotpStatus {
  enabled: boolean;
  pending: boolean;
  recoveryCodesLeft: number;
}

/** A new authenticator secret: base32 for typing it in, the otpauth URI for the QR code. */
export interface TotpSetup {
  secret: string;
  otpauthUri: string;
}

export interface SessionInfo {
  id: string;
  current: boolean;
  createdAt: string;
  lastSeenAt: string;
  userAgent: string | null;
  address: string | null;
}

export type AuditKind =
  | 'login-succeeded' | 'login-failed' | 'second-factor-on' | 'second-factor-off' | 'recovery-code-used'
  | 'password-changed' | 'session-revoked' | 'passkey-added' | 'passkey-removed' | 'token-created'
  | 'token-first-used' | 'token-revoked' | 'export';

export interface AuditEvent {
  seq: number;
  kind: AuditKind | string;
  at: string;
  address: string | null;
  userAgent: string | null;
  detail: string | null;
}

export interface AuditPage {
  items: AuditEvent[];
  nextCursor: string | null;
}

export interface AuditVerification {
  ok: boolean;
  eventsChecked: number;
  keptFrom: number;
  firstBrokenSeq: number | null;
  problem: string | null;
}

export const totpStatus = () => request<TotpStatus>('GET', '/api/me/totp');
export const beginTotp = () => request<TotpSetup>('POST', '/api/me/totp');
export const confirmTotp = (code: string) =>
  request<{ recoveryCodes: string[] }>('POST', '/api/me/totp/confirm', { code }).then((r) => r.recoveryCodes);
/** A user without a password (hasPassword false) sends none: a recent sign-in stands for it. */
export const disableTotp = (password: string | undefined, code: string) =>
  request<void>('DELETE', '/api/me/totp', { password, code });

export const listSessions = () => request<SessionInfo[]>('GET', '/api/me/sessions');
export const endSession = (id: string) => request<void>('DELETE', `/api/me/sessions/${encodeURIComponent(id)}`);
export const endOtherSessions = () =>
  request<{ revoked: number }>('POST', '/api/me/sessions/revoke-others').then((r) => r.revoked);

/** Without a current password: a first one, for a user made by an identity provider. */
export const changePassword = (currentPassword: string | undefined, newPassword: string) =>
  request<void>('POST', '/api/me/password', { currentPassword, newPassword });

export const auditPage = (cursor?: string | null) => request<AuditPage>('GET', `/api/me/audit${query({ cursor })}`);
export const verifyAudit = () => request<AuditVerification>('GET', '/api/me/audit/verify');

/** Where the browser downloads everything the user has, as one JSON file. */
export const EXPORT_URL = '/api/me/export';

/** Without a password for a user who has none (made by an identity provider), shortly after a sign-in. */
export const deleteAccount = (password: string | undefined, totp?: string) =>
  request<void>('DELETE', '/api/me', { password, ...(totp ? { totp } : {}) });
