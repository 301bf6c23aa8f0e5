import { afterEach, describe, expect, it } from 'vitest';
import { ApiError, setTransportForTests } from '../src/api/http';
import { createToken, revokeToken } from '../src/api/tokens';
import { describeError } from '../src/problems';
import { linkOutcome, signInError } from '../src/views/auth/providerSignIn';
import { loadLanguage } from '../src/i18n';
import {
  curlExample, expiresAtFor, isExpired, scopesFor, scopeWords, TOKEN_NAME_MAX,
} from '../src/views/security/accessTokens';
import { auditLabel } from '../src/views/security/AuditSection';
import auditKindSource from '../../src/main/java/app/ledger/audit/AuditKind.java?raw';
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
    // the kinds as the server's AuditKind declares them, so that a kind added there needs a name here
    const kinds = [...auditKindSource.matchAll(/^\s+[A-Z_]+\("([a-z-]+)"\)/gm)].map((match) => match[1]);
    expect(kinds).toContain('identity-linked');
    expect(kinds.length).toBeGreaterThan(10);
    for (const kind of kinds) {
      expect(auditLabel(kind), kind).not.toBe(kind);
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

describe('personal access tokens', () => {
  afterEach(() => loadLanguage('en'));

  it('says what a token may do in words, in either language', async () => {
    expect(scopeWords(['read'])).toBe('Read only');
    expect(scopeWords(['read', 'write'])).toBe('Read and write');
    await loadLanguage('de');
    expect(scopeWords(['read'])).toBe('Nur lesen');
    expect(scopeWords(['read', 'write'])).toBe('Lesen und schreiben');
  });

  it('asks for read alone or read with write, as the server accepts', () => {
    expect(scopesFor('read')).toEqual(['read']);
    expect(scopesFor('write')).toEqual(['read', 'write']);
  });

  it('counts the expiry from now, within the server\'s 730 days, and sends none for never', () => {
    const now = new Date('2026-11-25T21:00:00Z');
    expect(expiresAtFor('30d', now)).toBe('2026-12-25T21:00:00.000Z');
    expect(expiresAtFor('90d', now)).toBe('2027-02-23T21:00:00.000Z');
    expect(expiresAtFor('1y', now)).toBe('2027-11-25T21:00:00.000Z');
    expect(expiresAtFor('never', now)).toBeUndefined();
    const longest = new Date(expiresAtFor('1y', now)!).getTime() - now.getTime();
    expect(longest).toBeLessThanOrEqual(730 * 86_400_000);
  });

  it('knows an expiry that has passed, and that no expiry never passes', () => {
    const now = new Date('2026-11-25T21:00:00Z');
    expect(isExpired('2026-11-25T20:59:59Z', now)).toBe(true);
    expect(isExpired('2026-11-25T21:00:00Z', now)).toBe(true);
    expect(isExpired('2026-11-25T21:00:01Z', now)).toBe(false);
    expect(isExpired(null, now)).toBe(false);
  });

  it('shows a script how to send the token', () => {
    expect(curlExample('https://ledger.example', 'ledger_pat_abc'))
      .toBe('curl -H "Authorization: Bearer ledger_pat_abc" https://ledger.example/api/accounts');
  });

  it('bounds the name as the server does', () => {
    expect(TOKEN_NAME_MAX).toBe(64);
  });

  it('says the server\'s refusals in the user\'s words, at the fields they concern', async () => {
    const tooMany = new ApiError(409, '/problems/too-many-tokens', 'Too many access tokens', 'You have 50 access tokens',
      {}, undefined, { max: 50 });
    expect(describeError(tooMany).message).toBe('You have 50 access tokens, as many as one may have. '
      + 'Revoke one you no longer use first.');
    const invalid = new ApiError(400, '/problems/invalid-input', 'Invalid input', '', {
      name: 'Give the token a name of 1 to 64 characters, without line breaks, so that you know later what uses it.',
      scopes: 'The scopes must be ["read"] or ["read", "write"].',
      expiresAt: 'The expiry must be in the future and at most 730 days away; leave it out for a token that does not expire.',
    });
    await loadLanguage('de');
    expect(describeError(invalid).fields).toEqual({
      name: '1 bis 64 Zeichen.',
      scopes: 'Wählen Sie, was das Token darf.',
      expiresAt: 'Wählen Sie einen Ablauf in höchstens 730 Tagen oder keinen.',
    });
    expect(describeError(problem(404, 'token-not-found')).message)
      .toBe('Dieses Token gibt es nicht mehr; vielleicht wurde es schon widerrufen.');
  });
});

describe('the token calls', () => {
  afterEach(() => setTransportForTests());

  it('send the name, the scopes and an expiry only when there is one, and revoke by id', async () => {
    const sent: { url: string; method?: string; body?: unknown }[] = [];
    setTransportForTests(async (url, init) => {
      sent.push({ url, method: init?.method, body: init?.body });
      return init?.method === 'DELETE' ? new Response(null, { status: 204 })
        : new Response(JSON.stringify({ id: 7, token: 'ledger_pat_x' }), { status: 201 });
    });
    await createToken({ name: 'Backup', scopes: scopesFor('read'), expiresAt: expiresAtFor('never') });
    await createToken({ name: 'Sync', scopes: scopesFor('write'), expiresAt: '2027-01-01T00:00:00.000Z' });
    await revokeToken(7);
    expect(sent).toEqual([
      { url: '/api/me/tokens', method: 'POST', body: '{"name":"Backup","scopes":["read"]}' },
      { url: '/api/me/tokens', method: 'POST',
        body: '{"name":"Sync","scopes":["read","write"],"expiresAt":"2027-01-01T00:00:00.000Z"}' },
      { url: '/api/me/tokens/7', method: 'DELETE', body: undefined },
    ]);
  });
});
