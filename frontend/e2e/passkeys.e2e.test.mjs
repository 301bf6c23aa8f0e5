// Passkeys as a person uses them, with Chromium's virtual authenticator (a platform authenticator with user
// verification, driven through the DevTools protocol): add one on the Security page, log out, sign in with it,
// rename it, remove it, and find it no longer accepted. Without PublicKeyCredential the app shows none of it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { base, captureUnderCsp, logIn, newUser, shots, watch, withBrowser } from './support.mjs';

const run = withBrowser();
const { problems } = run;

/** A platform authenticator (as Touch ID or Windows Hello) that verifies the user and keeps resident keys. */
async function virtualAuthenticator(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true,
      isUserVerified: true, automaticPresenceSimulation: true,
    },
  });
  return { credentials: async () => (await cdp.send('WebAuthn.getCredentials', { authenticatorId })).credentials };
}

async function toSecurity(page, username) {
  await page.getByRole('link', { name: 'Security' }).click();
  await page.waitForURL(`${base}/u/${username}/security`);
  await page.getByRole('heading', { name: 'Passkeys', level: 2 }).waitFor();
}

async function logOut(page) {
  await page.getByRole('button', { name: 'Log out', exact: true }).first().click();
  await page.getByRole('heading', { name: 'Log in to Ledger' }).waitFor();
}

test('add a passkey, sign in with it, rename and remove it', async () => {
  const started = Date.now();
  const user = await newUser('pk');
  const context = await run.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-US' });
  const page = watch(await context.newPage(), problems);
  try {
    const authenticator = await virtualAuthenticator(page);
    await logIn(page, user.username);
    await toSecurity(page, user.username);
    await page.getByText('You have no passkeys yet.').waitFor();
    await captureUnderCsp(page, '80-passkeys-none');

    await page.getByRole('button', { name: 'Add a passkey' }).click();
    await page.getByText('Please fill this in.').waitFor();
    await page.getByLabel('Name of the new passkey').fill('This laptop');
    await page.getByRole('button', { name: 'Add a passkey' }).click();
    await page.getByText('Passkey “This laptop” added.').waitFor();
    const passkeys = page.getByRole('list', { name: 'Your passkeys' }).getByRole('listitem');
    assert.equal(await passkeys.count(), 1);
    assert.match(await passkeys.first().textContent(), /This laptop.*Added .*Not used yet/);
    const stored = await authenticator.credentials();
    assert.equal(stored.length, 1);
    assert.equal(stored[0].isResidentCredential, true);
    await captureUnderCsp(page, '81-passkeys-added');

    // The same device again: the browser refuses, as the options exclude the passkey it holds.
    await page.getByLabel('Name of the new passkey').fill('Again');
    await page.getByRole('button', { name: 'Add a passkey' }).click();
    await page.getByText('This device already holds a passkey for your account.').waitFor();
    assert.equal(await passkeys.count(), 1);

    await logOut(page);
    const passkeyButton = page.getByRole('button', { name: 'Sign in with a passkey' });
    await passkeyButton.waitFor();
    await captureUnderCsp(page, '82-login-with-passkey');
    await passkeyButton.click();
    await page.waitForURL(`${base}/u/${user.username}`);

    await toSecurity(page, user.username);
    await page.getByText(/Last used /).waitFor();
    await page.getByRole('list', { name: 'Security events' }).getByText('passkey "This laptop"').first().waitFor();

    await page.getByRole('button', { name: 'Rename passkey This laptop' }).click();
    const newName = page.getByLabel('New name');
    await newName.waitFor();
    // the focus moves in an effect, after the form is painted
    const newNameId = await newName.getAttribute('id');
    await page.waitForFunction((id) => document.activeElement?.id === id, newNameId, { timeout: 2000 }).catch(() => {});
    assert.equal(await page.evaluate(() => document.activeElement?.id), newNameId, 'the new name field takes the focus');
    await newName.fill('Work laptop');
    await captureUnderCsp(page, '83-passkeys-rename');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Passkey renamed to “Work laptop”.').waitFor();

    await page.getByRole('button', { name: 'Remove passkey Work laptop' }).click();
    const dialog = page.getByRole('dialog', { name: 'Remove the passkey “Work laptop”?' });
    await dialog.waitFor();
    await captureUnderCsp(page, '84-passkeys-remove');
    await dialog.getByRole('button', { name: 'Remove', exact: true }).click();
    await page.getByText('Passkey “Work laptop” removed.').waitFor();
    await page.getByText('You have no passkeys yet.').waitFor();

    // The device still holds the passkey, but Ledger no longer knows it.
    await logOut(page);
    await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
    await page.getByText('This passkey is not one of Ledger\'s').waitFor();
    await captureUnderCsp(page, '85-login-passkey-removed');
    assert.equal(new URL(page.url()).pathname, '/login');
  } catch (error) {
    await page.screenshot({ path: `${shots}/FAILED-passkeys.png`, fullPage: true }).catch(() => {});
    throw error;
  }
  await context.close();
  console.log(`passkeys flow took ${Date.now() - started} ms`);
});

test('a browser without passkeys is shown none of them', async () => {
  const user = await newUser('pkn');
  const context = await run.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-US' });
  await context.addInitScript(() => {
    delete window.PublicKeyCredential;
  });
  const page = watch(await context.newPage(), problems);
  await page.goto(`${base}/login`);
  await page.getByRole('heading', { name: 'Log in to Ledger' }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Sign in with a passkey' }).count(), 0);
  await logIn(page, user.username);
  await page.getByRole('link', { name: 'Security' }).click();
  await page.getByRole('heading', { name: 'Where you are logged in' }).waitFor();
  assert.equal(await page.getByRole('heading', { name: 'Passkeys' }).count(), 0);
  await context.close();
});
