// End-to-end: another origin of the same site (a page on another port of localhost) cannot make changes
// with the user's session cookie. Replays the attack that once worked: a no-cors fetch with a Blob body
// (no Content-Type) that withdrew money, and a form POST that logged the user out.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { test } from 'node:test';
import { base, step, withBrowser } from './support.mjs';

let attacker;
let attackerUrl;
const run = withBrowser({
  tearDown: () => new Promise((resolve) => (attacker ? attacker.close(resolve) : resolve())),
});

/** The attacker's site: two pages that act as soon as they load. */
function attackerPages(accountId) {
  const withdrawal = `${base}/api/accounts/${accountId}/withdrawals`;
  return {
    '/fetch.html': `<!doctype html><title>loading</title><p>Win a prize!</p><script>
      fetch(${JSON.stringify(withdrawal)}, { method: 'POST', mode: 'no-cors', credentials: 'include',
          body: new Blob(['{"amount":"1.00"}']) })
        .then(() => { document.title = 'sent'; }, () => { document.title = 'failed'; });
    </script>`,
    '/logout.html': `<!doctype html><title>loading</title>
      <form id="f" method="POST" action=${JSON.stringify(`${base}/api/auth/logout`)}>
        <input type="hidden" name="x" value="y"></form>
      <script>document.getElementById('f').submit();</script>`,
  };
}

async function serveAttacker(pages) {
  attacker = createServer((request, response) => {
    const body = pages[new URL(request.url, 'http://localhost').pathname];
    response.writeHead(body ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(body ?? 'not found');
  });
  await new Promise((resolve) => attacker.listen(0, resolve));
  attackerUrl = `http://localhost:${attacker.address().port}`;
  assert.notEqual(new URL(attackerUrl).port, new URL(base).port);
}

test('a page on another port of the same host can neither withdraw nor log the user out', async () => {
  const username = `csrf${Date.now().toString(36)}`;
  const password = 'a long enough password';
  const context = await run.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  const app = await context.newPage();
  const balance = app.getByTestId('balance');

  await step(app, '20-csrf-victim-logged-in', async () => {
    const registered = await app.request.post(`${base}/api/auth/register`, { data: { username, password } });
    assert.equal(registered.status(), 201);
    await app.goto(`${base}/login`);
    await app.getByLabel('Username').fill(username);
    await app.getByLabel('Password').fill(password);
    await app.getByRole('button', { name: 'Log in' }).click();
    await app.waitForURL(`${base}/u/${username}`);
    await app.locator('.accounts').getByRole('link', { name: /Main/ }).click();
    await app.getByRole('heading', { name: 'Main', level: 1 }).waitFor();
    // the app's own requests carry its own Origin and keep working
    await app.locator('#entry-amount').fill('10.00');
    await app.getByRole('button', { name: 'Deposit', exact: true }).click();
    await balance.filter({ hasText: '$10.00' }).waitFor();
  });
  const accountId = Number(new URL(app.url()).pathname.split('/').pop());
  assert.ok(accountId > 0);
  await serveAttacker(attackerPages(accountId));

  const evil = await context.newPage();
  await step(evil, '21-csrf-no-cors-withdrawal', async () => {
    const refused = evil.waitForResponse((r) => r.url().endsWith(`/api/accounts/${accountId}/withdrawals`));
    await evil.goto(`${attackerUrl}/fetch.html`);
    assert.equal((await refused).status(), 403);
    await evil.waitForFunction(() => document.title !== 'loading');
  });

  await step(evil, '22-csrf-logout-form', async () => {
    const refused = evil.waitForResponse((r) => r.url() === `${base}/api/auth/logout`);
    await evil.goto(`${attackerUrl}/logout.html`);
    const response = await refused;
    assert.equal(response.status(), 403);
    assert.equal((await response.json()).type, '/problems/cross-origin-request');
  });
  await evil.close();

  await step(app, '23-csrf-nothing-changed', async () => {
    await app.reload();
    await app.getByRole('heading', { name: 'Main', level: 1 }).waitFor();
    await balance.filter({ hasText: '$10.00' }).waitFor();
    await app.locator('tbody tr').first().waitFor();
    assert.equal(await app.locator('tbody tr').count(), 1, 'only the deposit, no withdrawal');
    await app.goto(`${base}/u/${username}`);
    await app.getByTestId('live-state').filter({ hasText: 'Live' }).waitFor();
    await app.locator('.accounts').getByRole('link', { name: /Main/ }).waitFor();
  });
  await context.close();
});
