import { describe, expect, it } from 'vitest';
import { ApiError } from '../src/api/http';
import { describeError } from '../src/problems';
import { linkOutcome, signInError } from '../src/views/auth/providerSignIn';
import { auditLabel } from '../src/views/security/AuditSection';
import { describeUserAgent } from '../src/views/security/userAgent';

const problem = (status: number, slug: string) => new ApiError(status, `/problems/${slug}`, slug, '', {});

describe('security refusals', () => {
  it('puts a wrong or used code at the code field the form names', () => {
    expect(describeError(problem(401, 'invalid-second-factor'), { codeField: 'totp' }).fields)
      .toEqual({ totp: 'This code is not right, or it was used already. Wait for the next code and try again.' });
    expect(Object.keys(describeError(problem(403, 'wrong-code')).fields)).toEqual(['code']);
  });

  it('puts a wrong password at the password field the form names', () => {
    const described = describeError(problem(403, 'wrong-password'), { passwordField: 'currentPassword' });
    expect(described.fields).toEqual({ currentPassword: 'This password is not right.' });
    expect(described.message).toBe('');
  });
});

describe('auditLabel', () => {
  it('names every kind the server records, and shows a new kind as it is', () => {
    for (const kind of ['login-succeeded', 'login-failed', 'second-factor-on', 'second-factor-off',
      'recovery-code-used', 'password-changed', 'session-revoked', 'passkey-added', 'passkey-removed',
      'token-created', 'token-first-used', 'token-revoked', 'export']) {
      expect(auditLabel(kind)).not.toBe(kind);
    }
    expect(auditLabel('login-succeeded')).toBe('Logged in');
    expect(auditLabel('something-new')).toBe('something-new');
  });
});

describe('describeUserAgent', () => {
  it('names browsers and systems a person recognises', () => {
    expect(describeUserAgent('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36'))
      .toBe('Chrome · Linux');
    expect(describeUserAgent('Mozilla/5.0 (Android 14; Mobile; rv:128.0) Gecko/128.0 Firefox/128.0')).toBe('Firefox · Android');
    expect(describeUserAgent('Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1'))
      .toBe('Safari · iOS');
    expect(describeUserAgent('curl/8.5.0')).toBe('curl');
    expect(describeUserAgent(null)).toBe('');
    expect(describeUserAgent('x'.repeat(80))).toHaveLength(60);
  });
});

describe('the identity provider sign-in', () => {
  it('explains why it came back without a session', () => {
    expect(signInError('?signin-error=no-account')).toContain('No account here is linked');
    expect(signInError('?signin-error=link-expired')).toBe('The sign-in through your identity provider did not '
      + 'finish. Try again.');
    expect(signInError('?other=1')).toBeUndefined();
  });

  it('says how linking ended on the Security page', () => {
    expect(linkOutcome('?linked=1')).toEqual({ linked: true, text: 'Linked. You can now sign in either way.' });
    expect(linkOutcome('?link-error=linked-elsewhere')?.text).toContain('already linked to another user');
    expect(linkOutcome('?link-error=link-expired')).toMatchObject({ linked: false });
    expect(linkOutcome('')).toBeUndefined();
  });
});
