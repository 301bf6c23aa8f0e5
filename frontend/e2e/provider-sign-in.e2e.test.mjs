// "Sign in with …" as a person uses it, through the stand-in provider (e2e/stand-in-provider.mjs), never the
// network. WebAppE2EIT starts the provider, then two services pointed at it: LEDGER_URL with password login on,
// LEDGER_PROVIDER_ONLY_URL with it off; PROVIDER_URL is the provider's issuer.
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { test } from 'node:test';
import { base, captureUnderCsp, logIn, newUser, shots, uniqueName, watch, withBrowser } from './support.mjs';
import { stepNow, totp } from './totp.mjs';

const provider = process.env.PROVIDER_URL;
const providerOnly = process.env.LEDGER_PROVIDER_ONLY_URL;
const NAME = 'Stand-in';
assert.ok(provider && providerOnly, 'PROVIDER_URL and LEDGER_PROVIDER_ONLY_URL come from WebAppE2EIT');

const run = withBrowser();
const { problems } = run;

async function refusals() {
  return (await fetch(`${provider}/stand-in/refusals`)).json();
}

/** Runs `flow` in a new phone-sized page; the stand-in must refuse nothing of what the app sent it. */
async function inBrowser(name, flow) {
  const context = await run.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-US' });
  const page = watch(await context.newPage(), problems);
  const refusedBefore = (await refusals()).length;
  try {
    await flow(page);
    assert.deepEqual((await refusals()).slice(refusedBefore), [], 'the stand-in provider refused nothing');
  } catch (error) {
    await page.screenshot({ path: `${shots}/FAILED-${name}.png`, fullPage: true }).catch(() => {});
    throw error;
  } finally {
    await context.close();
  }
}

/** At the provider's sign-in page (reached from the app), as `account`; back in the app afterwards. */
async function signInAtProvider(page, account, email) {
  await page.waitForURL((url) => url.origin === provider);
  await page.getByRole('heading', { level: 1 }).waitFor();
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Sign in at the stand-in provider',
    `the provider refused the sign-in: ${await page.locator('body').innerText()}`);
  await page.getByLabel('Account').fill(account);
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Continue' }).click();
}

/** Who the page's session belongs to, asked with the page's own cookie. */
async function me(page) {
  return page.evaluate(async () => (await fetch('/api/me')).json());
}

/** The Security page's provider section alone, at a phone's and a desktop's width, light and dark. */
async function captureSection(page, name) {
  const section = page.locator('section[aria-labelledby="provider"]');
  for (const width of [390, 1280]) {
    for (const colorScheme of ['light', 'dark']) {
      await page.setViewportSize({ width, height: 844 });
      await page.emulateMedia({ colorScheme });
      await section.screenshot({ path: `${shots}/${name}-section-${width}-${colorScheme}.png` });
    }
  }
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ colorScheme: 'light' });
}

async function toSecurity(page, username) {
  await page.getByRole('link', { name: 'Security' }).click();
  await page.waitForURL(`${new URL(page.url()).origin}/u/${username}/security`);
  await page.getByRole('heading', { name: `Sign-in with ${NAME}`, level: 2 }).waitFor();
}

/** A first sign-in through the provider from the login page, as a new user `account`; on to the Security page. */
async function firstSignInToSecurity(page, account) {
  await page.goto(`${base}/login`);
  await page.getByRole('link', { name: `Sign in with ${NAME}` }).click();
  await signInAtProvider(page, account, `${account}@example.test`);
  await page.waitForURL(`${base}/u/${account}`);
  await toSecurity(page, account);
}

async function logOut(page) {
  await page.getByRole('button', { name: 'Log out', exact: true }).first().click();
  await page.getByRole('heading', { name: 'Log in to Ledger' }).waitFor();
}

test('a first sign-in makes a user from the provider account, and the same account opens the same user again', async () => {
  const account = uniqueName('oidc');
  await inBrowser('provider-first-sign-in', async (page) => {
    await page.goto(`${base}/login`);
    const button = page.getByRole('link', { name: `Sign in with ${NAME}` });
    await button.waitFor();
    assert.equal(await page.getByLabel('Password').count(), 1, 'password login is offered beside the provider');
    await captureUnderCsp(page, '86-login-with-provider');

    await button.click();
    await signInAtProvider(page, account, `${account}@example.test`);
    await page.waitForURL(`${base}/u/${account}`);
    const first = await me(page);
    assert.equal(first.username, account, 'the new user is named as the provider calls the account');

    await toSecurity(page, account);
    const links = page.getByRole('list', { name: `Your accounts at ${NAME}` }).getByRole('listitem');
    await links.first().waitFor();
    assert.equal(await links.count(), 1);
    assert.match(await links.first().textContent(), new RegExp(`${account}@example\\.test.*Linked .*Last used `));
    const linkedEvent = page.getByRole('list', { name: 'Security events' }).getByRole('listitem')
      .filter({ hasText: `${NAME} (${account}@example.test), new user` });
    assert.match(await linkedEvent.textContent(), /^Identity provider linked/);
    await captureUnderCsp(page, '87-security-provider-signed-in');
    await captureSection(page, '87-security-provider-signed-in');

    // The provider account again, now with another email: the subject, not the email, finds the user.
    await logOut(page);
    await page.getByRole('link', { name: `Sign in with ${NAME}` }).click();
    await signInAtProvider(page, account, `changed-${account}@example.test`);
    await page.waitForURL(`${base}/u/${account}`);
    assert.equal((await me(page)).id, first.id, 'the same user');

    // Another provider account is another user.
    await logOut(page);
    const other = uniqueName('oidc');
    await page.getByRole('link', { name: `Sign in with ${NAME}` }).click();
    await signInAtProvider(page, other, `${other}@example.test`);
    await page.waitForURL(`${base}/u/${other}`);
    assert.notEqual((await me(page)).id, first.id, 'another user');
  });
});

test('a user with a password links the provider on the Security page, signs in through it and unlinks it', async () => {
  const user = await newUser('oidcl');
  const account = uniqueName('acct');
  await inBrowser('provider-link', async (page) => {
    await logIn(page, user.username);
    await toSecurity(page, user.username);
    const link = page.getByRole('button', { name: `Link to ${NAME}` });
    await link.waitFor();
    await captureUnderCsp(page, '88-security-provider-unlinked');
    await captureSection(page, '88-security-provider-unlinked');

    await link.click();
    await signInAtProvider(page, account, `${account}@example.test`);
    await page.waitForURL(`${base}/u/${user.username}/security?linked=1`);
    await page.getByText('Linked. You can now sign in either way.').waitFor();
    const links = page.getByRole('list', { name: `Your accounts at ${NAME}` }).getByRole('listitem');
    assert.match(await links.first().textContent(), new RegExp(`${account}@example\\.test`));
    await captureUnderCsp(page, '89-security-provider-linked');
    await captureSection(page, '89-security-provider-linked');

    await logOut(page);
    await page.getByRole('link', { name: `Sign in with ${NAME}` }).click();
    await signInAtProvider(page, account, `${account}@example.test`);
    await page.waitForURL(`${base}/u/${user.username}`);

    await toSecurity(page, user.username);
    await page.getByRole('button', { name: 'Unlink' }).click();
    await page.getByText(`Unlinked from ${NAME}.`).waitFor();
    await page.getByRole('button', { name: `Link to ${NAME}` }).waitFor();
  });
});

test('a user made by the provider sets a first password, logs in with it, and another one deletes the account', async () => {
  const account = uniqueName('oidcp');
  await inBrowser('provider-first-password', async (page) => {
    await firstSignInToSecurity(page, account);
    await page.getByText(`You sign in to this account through ${NAME}.`).waitFor();
    const link = page.locator('section[aria-labelledby="provider"]');
    await link.getByText('set a password below to be able to unlink it').waitFor();
    assert.equal(await link.getByRole('button', { name: 'Unlink' }).count(), 0, 'its only way in is not offered to go');
    const password = page.locator('section[aria-labelledby="password"]');
    assert.equal(await password.getByLabel('Current password').count(), 0, 'no current password to type');
    await password.getByText('A password lets you log in without them too').waitFor();
    await captureUnderCsp(page, '90-security-first-password');
    await password.getByLabel('New password').fill('my first own password');
    await password.getByRole('button', { name: 'Set password' }).click();
    await password.getByText(`Password set. You can now also log in as “${account}” with it.`).waitFor();
    await password.getByLabel('Current password').waitFor();
    await link.getByRole('button', { name: 'Unlink' }).waitFor();

    await logOut(page);
    await page.getByLabel('Username').fill(account);
    await page.getByLabel('Password').fill('my first own password');
    await page.getByRole('button', { name: 'Log in', exact: true }).click();
    await page.waitForURL(`${base}/u/${account}`);
  });

  const leaving = uniqueName('oidcd');
  await inBrowser('provider-deletes-account', async (page) => {
    await firstSignInToSecurity(page, leaving);
    await page.getByRole('button', { name: 'Delete my account…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete your account?' });
    await dialog.getByText('Your account has no password').waitFor();
    assert.equal(await dialog.getByLabel('Password').count(), 0, 'no password to type');
    await captureUnderCsp(page, '91-delete-account-without-password');
    await dialog.getByRole('button', { name: 'Delete account forever' }).click();
    await page.getByText('Your account and all its data have been deleted.').waitFor();
  });
});

test('a user made by the provider turns two-step login on, and off again without a password', async () => {
  const account = uniqueName('oidct');
  await inBrowser('provider-two-step', async (page) => {
    await firstSignInToSecurity(page, account);
    await page.getByRole('button', { name: 'Set up two-step login' }).click();
    const secret = (await page.getByTestId('totp-secret').textContent()).replace(/\s/g, '');
    const turnedOnAt = stepNow();
    await page.getByLabel('Enter the 6-digit code the app now shows').fill(totp(secret, turnedOnAt));
    await page.getByRole('button', { name: 'Turn on' }).click();
    await page.getByRole('button', { name: 'I have saved them' }).click();
    await page.getByText('10 recovery codes left.').waitFor();

    await page.getByRole('button', { name: 'Turn off two-step login' }).click();
    const form = page.locator('form.totp-off');
    await form.getByText('Your account has no password').waitFor();
    assert.equal(await form.getByLabel('Password').count(), 0, 'no password to type');
    await captureUnderCsp(page, '92-two-step-off-without-password');
    // a code of a later step than the one that turned it on: each code counts once
    await form.getByLabel('Code from your authenticator app').fill(totp(secret, Math.max(stepNow(), turnedOnAt + 1)));
    await form.getByRole('button', { name: 'Turn off two-step login' }).click();
    await page.getByText('Off.', { exact: true }).waitFor();
    assert.equal((await me(page)).hasPassword, false);
  });
});

test('with password login off the login page offers the provider only, and its users cannot unlink it', async () => {
  const account = uniqueName('only');
  await inBrowser('provider-only', async (page) => {
    await page.goto(`${providerOnly}/login`);
    const button = page.getByRole('link', { name: `Sign in with ${NAME}` });
    await button.waitFor();
    await page.getByText('This service lets you in through your identity provider only.').waitFor();
    assert.equal(await page.getByLabel('Password').count(), 0, 'no password form');
    assert.equal(await page.getByLabel('Username').count(), 0, 'no password form');
    await captureUnderCsp(page, '86b-login-provider-only');

    await button.click();
    await signInAtProvider(page, account, `${account}@example.test`);
    await page.waitForURL(`${providerOnly}/u/${account}`);
    await toSecurity(page, account);
    const section = page.locator('section[aria-labelledby="provider"]');
    await section.getByText('This is how you sign in, so it stays linked.').waitFor();
    assert.equal(await section.getByRole('button', { name: 'Unlink' }).count(), 0, 'nothing offered to be refused');
    assert.equal(await page.getByRole('list', { name: `Your accounts at ${NAME}` }).getByRole('listitem').count(), 1);
    assert.equal(await page.locator('section[aria-labelledby="password"]').count(), 0,
      'no password to set: with password login off it would let no one in');
    await captureSection(page, '86c-provider-only-security');
  });
});

// What the stand-in checks, so that the flows above cannot pass through a sign-in a real provider would refuse.
test('the stand-in provider refuses a wrong secret, redirect address or PKCE verifier, and a code used twice', async () => {
  const client = { clientId: 'self-check', secret: 'self-check-secret', redirectUri: 'http://127.0.0.1:9/back' };
  const registered = await fetch(`${provider}/stand-in/clients`, { method: 'POST', body: JSON.stringify(client) });
  assert.equal(registered.status, 204);
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const authorizeUrl = (changes = {}) => {
    const url = new URL(`${provider}/authorize`);
    const params = {
      response_type: 'code', client_id: client.clientId, redirect_uri: client.redirectUri, scope: 'openid',
      state: 's', nonce: 'n-123', code_challenge: challenge, code_challenge_method: 'S256', ...changes,
    };
    Object.entries(params).filter(([, v]) => v !== undefined).forEach(([k, v]) => url.searchParams.set(k, v));
    return url;
  };
  assert.equal((await fetch(authorizeUrl({ redirect_uri: 'http://127.0.0.1:9/elsewhere' }))).status, 400);
  assert.equal((await fetch(authorizeUrl({ code_challenge: undefined }))).status, 400);
  assert.equal((await fetch(authorizeUrl({ nonce: undefined }))).status, 400);
  const code = async () => {
    const form = await (await fetch(authorizeUrl())).text();
    const handle = /name="handle" value="([^"]+)"/.exec(form)[1];
    const back = await fetch(`${provider}/authorize`, {
      method: 'POST', redirect: 'manual', body: new URLSearchParams({ handle, account: 'self-check' }),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    assert.equal(back.status, 302);
    const location = new URL(back.headers.get('location'));
    assert.equal(location.searchParams.get('state'), 's');
    return location.searchParams.get('code');
  };
  const exchange = (fields, secret = client.secret) => fetch(`${provider}/token`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      Authorization: `Basic ${Buffer.from(`${client.clientId}:${secret}`).toString('base64')}`,
    },
    body: new URLSearchParams({ grant_type: 'authorization_code', redirect_uri: client.redirectUri,
      code_verifier: verifier, ...fields }),
  });
  assert.equal((await exchange({ code: await code() }, 'wrong')).status, 401);
  assert.equal((await exchange({ code: await code(), redirect_uri: 'http://127.0.0.1:9/elsewhere' })).status, 400);
  assert.equal((await exchange({ code: await code(), code_verifier: randomBytes(32).toString('base64url') })).status, 400);
  const good = await code();
  const answer = await exchange({ code: good });
  assert.equal(answer.status, 200);
  const claims = JSON.parse(Buffer.from((await answer.json()).id_token.split('.')[1], 'base64url').toString());
  assert.equal(claims.nonce, 'n-123');
  assert.equal(claims.aud, client.clientId);
  assert.equal((await exchange({ code: good })).status, 400, 'a code is good once');
});
