// The security page and two-step login, as a person uses them: set up an authenticator, log in with its code,
// see and end sessions, create, use and revoke a personal access token, change the password, read and verify the
// security history, and delete the account.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import {
  base, captureUnderCsp, logIn, newUser, PASSWORD, shots, step, uniqueName, watch, withBrowser,
} from './support.mjs';
import { stepNow, totp } from './totp.mjs';

const run = withBrowser();
const { problems } = run;

const NEW_PASSWORD = 'another long enough password';

/** A six-digit code that is none of the codes the server accepts around now. */
function wrongCode(secret) {
  const valid = [-1, 0, 1, 2].map((d) => totp(secret, stepNow() + d));
  for (let n = 123456; ; n++) {
    if (!valid.includes(String(n))) {
      return String(n);
    }
  }
}

async function login(username, body) {
  return fetch(`${base}/api/auth/login`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username, ...body }),
  });
}

test('two-step login, sessions, password, security history and deleting the account', async () => {
  const started = Date.now();
  const username = uniqueName('sec');
  const context = await run.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-US' });
  const page = watch(await context.newPage(), problems);
  try {
    await flow(page, context, username);
  } catch (error) {
    await page.screenshot({ path: `${shots}/FAILED-security.png`, fullPage: true }).catch(() => {});
    throw error;
  }
  await context.close();
  console.log(`security flow took ${Date.now() - started} ms`);
});

async function flow(page, context, username) {
  await step(page, '60-registered', async () => {
    await page.goto(`${base}/register`);
    await page.getByLabel('Username').fill(username);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Register' }).click();
    await page.waitForURL(`${base}/u/${username}`);
  });

  await page.getByRole('link', { name: 'Security' }).click();
  await page.waitForURL(`${base}/u/${username}/security`);
  await page.getByRole('heading', { name: 'Security', level: 1 }).waitFor();
  await page.getByText('Off.').waitFor();
  await page.getByText('This device').waitFor();
  await captureUnderCsp(page, '61-security-off');

  // Set up: the secret is read from the page, the codes computed here.
  await page.getByRole('button', { name: 'Set up two-step login' }).click();
  const secret = (await page.getByTestId('totp-secret').textContent()).replace(/\s/g, '');
  assert.match(secret, /^[A-Z2-7]{16,}$/);
  assert.equal(await page.getByRole('img', { name: 'QR code for your authenticator app' }).count(), 1);
  const codeField = page.getByLabel('Enter the 6-digit code the app now shows');
  assert.equal(await codeField.getAttribute('inputmode'), 'numeric');
  assert.equal(await codeField.getAttribute('autocomplete'), 'one-time-code');
  await captureUnderCsp(page, '62-security-setup');

  await codeField.fill(wrongCode(secret));
  await page.getByRole('button', { name: 'Turn on' }).click();
  await page.getByText('This code is not right').waitFor();
  const confirmedStep = stepNow();
  await codeField.fill(totp(secret, confirmedStep));
  await page.getByRole('button', { name: 'Turn on' }).click();
  const codes = page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem');
  await page.getByText('they are shown only this once').waitFor();
  assert.equal(await codes.count(), 10);
  const recoveryCodes = (await codes.allTextContents()).map((c) => c.trim());
  assert.ok(recoveryCodes.every((c) => /^[a-z2-7]{4}(-[a-z2-7]{4}){3}$/.test(c)), recoveryCodes.join(' '));
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download' }).click()]);
  assert.equal(download.suggestedFilename(), 'ledger-recovery-codes.txt');
  await captureUnderCsp(page, '63-security-recovery-codes');
  await page.getByRole('button', { name: 'I have saved them' }).click();
  await page.getByText('10 recovery codes left.').waitFor();

  // Log out, and in again: the password alone asks for the code.
  await page.getByRole('button', { name: 'Log out' }).first().click();
  await page.getByRole('heading', { name: 'Log in to Ledger' }).waitFor();
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('heading', { name: 'Two-step login' }).waitFor();
  const loginCode = page.getByLabel('Code from your authenticator app');
  assert.equal(await loginCode.getAttribute('inputmode'), 'numeric');
  assert.equal(await loginCode.getAttribute('autocomplete'), 'one-time-code');
  await loginCode.fill(wrongCode(secret));
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByText('This code is not right').waitFor();
  await captureUnderCsp(page, '64-login-wrong-code');
  await page.getByRole('button', { name: 'Use a recovery code instead' }).click();
  await page.getByLabel('Recovery code').waitFor();
  await captureUnderCsp(page, '65-login-recovery-code');
  await page.getByRole('button', { name: 'Use the code from your app instead' }).click();
  // The confirming code is used up; the next step's is accepted already (one step either side).
  await page.getByLabel('Code from your authenticator app').fill(totp(secret, confirmedStep + 1));
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL(`${base}/u/${username}`);

  // Another session, opened with a recovery code, ended from the list.
  const elsewhere = await login(username, { password: PASSWORD, recoveryCode: recoveryCodes[0] });
  assert.equal(elsewhere.status, 200);
  await page.getByRole('link', { name: 'Security' }).click();
  await page.getByText('On.').waitFor();
  await page.getByText('9 recovery codes left.').waitFor();
  const sessions = page.getByRole('list', { name: 'Your sessions' }).getByRole('listitem');
  await sessions.nth(1).waitFor();
  assert.equal(await sessions.count(), 2);
  assert.equal(await sessions.filter({ hasText: 'This device' }).count(), 1);
  assert.match(await sessions.filter({ hasText: 'This device' }).textContent(), /Chrome/);
  await captureUnderCsp(page, '66-security-sessions');
  await page.getByRole('button', { name: 'Turn off two-step login' }).click();
  await page.getByRole('heading', { name: 'Turn off two-step login' }).waitFor();
  // the focus moves in an effect, after the form is painted
  await page.waitForFunction(() => document.activeElement?.textContent === 'Turn off two-step login', null,
    { timeout: 2000 }).catch(() => {});
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Turn off two-step login',
    'the form’s heading takes the focus');
  await captureUnderCsp(page, '66-security-turn-off');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Log out everywhere else' }).click();
  await page.getByText('Logged out 1 other session.').waitFor();
  assert.equal(await sessions.count(), 1);

  // Password: a wrong current one is refused at its field, then the change goes through.
  await page.getByLabel('Current password').fill('not the password at all');
  await page.getByLabel('New password').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Change password' }).click();
  await page.getByText('This password is not right.').waitFor();
  await page.getByLabel('Current password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Change password' }).click();
  await page.getByText('Password changed.').waitFor();

  const [exported] = await Promise.all([page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download my data' }).click()]);
  assert.match(exported.suggestedFilename(), /^ledger-export-\d{4}-\d{2}-\d{2}\.json$/);
  assert.equal(JSON.parse(await readFile(await exported.path(), 'utf8')).profile.username,
    username);

  // The history lists what happened, with readable names, and its chain verifies. It was read when the page
  // opened: the changes made since show without a reload.
  const events = page.getByRole('list', { name: 'Security events' });
  await events.getByText('Password changed').waitFor({ timeout: 5000 });
  for (const label of ['Logged in', 'Failed login', 'Two-step login turned on', 'Recovery code used',
    'Logged out a session']) {
    assert.ok(await events.getByText(label, { exact: true }).count() > 0, `the history shows “${label}”`);
  }
  await page.getByRole('button', { name: 'Verify' }).click();
  await page.getByText(/The history is intact: \d+ events checked\./).waitFor();
  await captureUnderCsp(page, '67-security-history');

  // Deleting: the dialog asks for the password and, with two-step login on, a code not used before.
  await page.getByRole('button', { name: 'Delete my account…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete your account?' });
  await dialog.waitFor();
  await dialog.getByLabel('Password').fill(PASSWORD);
  await dialog.getByLabel('Code from your authenticator app').fill(wrongCode(secret));
  await captureUnderCsp(page, '68-delete-dialog');
  await dialog.getByRole('button', { name: 'Delete account forever' }).click();
  await dialog.getByText('This password is not right.').waitFor();
  while (stepNow() < confirmedStep + 1) {
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await dialog.getByLabel('Password').fill(NEW_PASSWORD);
  await dialog.getByLabel('Code from your authenticator app').fill(totp(secret, stepNow() + 1));
  await dialog.getByRole('button', { name: 'Delete account forever' }).click();
  await page.getByText('Your account and all its data have been deleted.').waitFor();
  await page.waitForURL(`${base}/login`);
  await captureUnderCsp(page, '69-account-deleted');

  await step(page, '70-login-after-deletion-fails', async () => {
    await page.getByLabel('Username').fill(username);
    await page.getByLabel('Password').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByText('The username or password is not right.').waitFor();
  });
  assert.equal((await login(username, { password: NEW_PASSWORD })).status, 401);
}

/** An API call as a script makes it, with a personal access token. */
async function withToken(token, method, path, body) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

test('a personal access token is shown once, reads, may not write, is listed as used and refused once revoked',
  async () => {
    const user = await newUser('tok');
    const context = await run.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-US' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    const page = watch(await context.newPage(), problems);
    try {
      await tokenFlow(page, user);
    } catch (error) {
      await page.screenshot({ path: `${shots}/FAILED-tokens.png`, fullPage: true }).catch(() => {});
      throw error;
    }
    await context.close();
  });

async function tokenFlow(page, user) {
  await logIn(page, user.username);
  await page.getByRole('link', { name: 'Security' }).click();
  await page.getByRole('heading', { name: 'Personal access tokens' }).waitFor();
  await page.getByText('You have no access tokens.').waitFor();

  // A name is needed before anything is sent; read only and 90 days are chosen unless changed.
  await page.getByRole('button', { name: 'Create token' }).click();
  const nameError = page.locator('#token-name-error');
  await nameError.waitFor();
  assert.equal(await nameError.textContent(), 'Please fill this in.');
  assert.equal(await page.getByRole('radio', { name: 'Read only' }).isChecked(), true);
  assert.equal(await page.getByRole('radio', { name: 'In 90 days' }).isChecked(), true);
  await page.getByLabel('Name of the new token').fill('Nightly backup script');
  await page.getByRole('radio', { name: 'In 30 days' }).check();
  await page.getByRole('button', { name: 'Create token' }).click();

  // Shown this once: read from the page, copied, and explained with an example.
  await page.getByRole('heading', { name: 'Your new token “Nightly backup script”' }).waitFor();
  await page.getByText('it will not be shown again').waitFor();
  const field = page.getByLabel('Token', { exact: true });
  assert.equal(await field.getAttribute('readonly'), '');
  const token = await field.inputValue();
  assert.match(token, /^ledger_pat_\S{20,}$/);
  assert.equal(await page.locator('.token-example').textContent(),
    `curl -H "Authorization: Bearer ${token}" ${base}/api/accounts`);
  await page.getByRole('button', { name: 'Copy' }).click();
  await page.getByText('Copied.').waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), token);
  await captureUnderCsp(page, '72-token-shown-once');

  // The token reads, and is refused a change.
  const accounts = await withToken(token, 'GET', '/api/accounts');
  assert.equal(accounts.status, 200);
  assert.equal(accounts.body[0].id, user.main);
  const write = await withToken(token, 'POST', '/api/accounts', { name: 'Made by a script', currency: 'EUR' });
  assert.equal(write.status, 403);
  assert.match(write.body.type, /insufficient-scope$/);

  await page.getByRole('button', { name: 'I have copied it' }).click();
  await page.getByText('Token “Nightly backup script” created.').waitFor();
  assert.equal(await page.getByLabel('Token', { exact: true }).count(), 0, 'the token is not shown again');

  // A second one that may write and never expires, for the list.
  await page.getByLabel('Name of the new token').fill('Budget sync');
  await page.getByRole('radio', { name: 'Read and write' }).check();
  await page.getByText('It can also add, change and delete').waitFor();
  await page.getByRole('radio', { name: 'Never' }).check();
  await page.getByRole('button', { name: 'Create token' }).click();
  await page.getByRole('button', { name: 'I have copied it' }).click();

  // After a reload the list says what each may do, when it expires, and the first one's use.
  await page.reload();
  const items = page.getByRole('list', { name: 'Your access tokens' }).getByRole('listitem');
  await items.nth(1).waitFor();
  assert.equal(await items.count(), 2);
  const nightly = items.filter({ hasText: 'Nightly backup script' });
  const nightlyText = await nightly.textContent();
  assert.match(nightlyText, /Read only/);
  assert.match(nightlyText, /Expires /);
  assert.match(nightlyText, /Last used /);
  assert.doesNotMatch(nightlyText, /Never used/);
  const sync = await items.filter({ hasText: 'Budget sync' }).textContent();
  assert.match(sync, /Read and write/);
  assert.match(sync, /Never expires/);
  assert.match(sync, /Never used/);
  await captureUnderCsp(page, '73-tokens-list');

  // Revoked through the dialog: gone from the list, and refused at once.
  await page.getByRole('button', { name: 'Revoke token Nightly backup script' }).click();
  const dialog = page.getByRole('dialog', { name: 'Revoke the token “Nightly backup script”?' });
  await dialog.waitFor();
  await step(page, '74-token-revoke-dialog', async () => {});
  await dialog.getByRole('button', { name: 'Revoke', exact: true }).click();
  await page.getByText('Token “Nightly backup script” revoked.').waitFor();
  assert.equal(await items.count(), 1);
  assert.equal((await withToken(token, 'GET', '/api/accounts')).status, 401);
  await page.getByRole('list', { name: 'Security events' }).getByText('Access token revoked')
    .waitFor({ timeout: 5000 });
}

test('the Security page in German fits a phone', async () => {
  const user = await newUser('secde');
  const context = await run.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'de-DE' });
  const page = watch(await context.newPage(), problems);
  await page.goto(`${base}/login`);
  await page.getByLabel('Benutzername').fill(user.username);
  await page.getByLabel('Passwort').fill(PASSWORD);
  await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
  await page.waitForURL(`${base}/u/${user.username}`);
  await page.getByRole('link', { name: 'Sicherheit' }).click();
  await page.getByRole('heading', { name: 'Sicherheit', level: 1 }).waitFor();
  await page.getByText('Dieses Gerät').waitFor();
  await page.getByRole('heading', { name: 'Persönliche Zugriffstokens' }).waitFor();
  await page.getByRole('radio', { name: 'Lesen und schreiben' }).waitFor();
  await page.getByRole('button', { name: 'Anmeldung in zwei Schritten einrichten' }).click();
  await page.getByText('Geben Sie stattdessen diesen Schlüssel ein').waitFor();
  await captureUnderCsp(page, '71-security-setup-de');
  await context.close();
});
