// A stand-in OpenID Connect provider for the browser tests, on 127.0.0.1: discovery, signing keys, a sign-in
// page and a token endpoint, checked as a real provider checks them (registered client and redirect URI, client
// secret, single-use short-lived codes bound to their client and redirect URI, PKCE with S256, a nonce carried
// into the ID token). Every account is made on first sign-in; its subject is a random id that stays the same for
// the account name, whatever email the sign-in page is given.
//
// `node e2e/stand-in-provider.mjs` prints one line, {"issuer": "http://127.0.0.1:<port>"}, once it listens.
// POST /stand-in/clients {clientId, secret, redirectUri} registers a client (as an administrator would);
// GET /stand-in/refusals lists every request it refused, so that a test can demand there were none.
import { createHash, generateKeyPairSync, randomBytes, randomUUID, sign, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';

const CODE_LIFETIME_MS = 60_000;
const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const kid = randomUUID();
const clients = new Map(); // clientId -> { secret, redirectUris: Set }
const pending = new Map(); // sign-in page handle -> the authorization request it shows
const codes = new Map(); // code -> what it was issued for
const subjects = new Map(); // account name -> subject
const refusals = [];
let issuer;

const base64url = (data) => Buffer.from(data).toString('base64url');
const escape = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function idToken(claims) {
  const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid }));
  const payload = base64url(JSON.stringify(claims));
  return `${header}.${payload}.${base64url(sign('sha256', Buffer.from(`${header}.${payload}`), privateKey))}`;
}

function sameText(a, b) {
  const x = Buffer.from(String(a));
  const y = Buffer.from(String(b));
  return x.length === y.length && timingSafeEqual(x, y);
}

function send(response, status, body, headers = {}) {
  const json = typeof body !== 'string';
  response.writeHead(status, {
    'Content-Type': json ? 'application/json' : 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
    ...headers,
  });
  response.end(json ? JSON.stringify(body) : body);
}

function refuse(response, status, error, description, asPage = false) {
  refusals.push(`${error}: ${description}`);
  return asPage
    ? send(response, status, `<!doctype html><html lang="en"><title>Refused</title><h1>${escape(error)}</h1>`
      + `<p>${escape(description)}</p></html>`)
    : send(response, status, { error, error_description: description });
}

async function body(request) {
  let text = '';
  for await (const chunk of request) {
    text += chunk;
  }
  return text;
}

function page(request, accountHint) {
  const handle = randomUUID();
  pending.set(handle, request);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Stand-in provider</title></head>
<body><main>
<h1>Sign in at the stand-in provider</h1>
<p>${escape(request.clientId)} asks who you are.</p>
<form method="post" action="/authorize">
<input type="hidden" name="handle" value="${handle}">
<p><label for="account">Account</label> <input id="account" name="account" required value="${escape(accountHint)}"></p>
<p><label for="email">Email</label> <input id="email" name="email" type="email"></p>
<p><button type="submit">Continue</button></p>
</form>
</main></body></html>`;
}

/** GET /authorize: the request is checked before any sign-in page is shown; nothing is sent to an unknown address. */
function authorize(url, response) {
  const q = url.searchParams;
  const client = clients.get(q.get('client_id'));
  if (!client) {
    return refuse(response, 400, 'invalid_client', `unknown client ${q.get('client_id')}`, true);
  }
  if (!client.redirectUris.has(q.get('redirect_uri'))) {
    return refuse(response, 400, 'invalid_request', `redirect_uri ${q.get('redirect_uri')} is not registered`, true);
  }
  const problems = [];
  if (q.get('response_type') !== 'code') {
    problems.push(`response_type ${q.get('response_type')}`);
  }
  if (!(q.get('scope') ?? '').split(' ').includes('openid')) {
    problems.push('no openid scope');
  }
  if (!q.get('state')) {
    problems.push('no state');
  }
  if (!q.get('nonce')) {
    problems.push('no nonce');
  }
  if (!q.get('code_challenge') || q.get('code_challenge_method') !== 'S256') {
    problems.push('no S256 code challenge');
  }
  if (problems.length > 0) {
    return refuse(response, 400, 'invalid_request', problems.join(', '), true);
  }
  return send(response, 200, page({
    clientId: q.get('client_id'), redirectUri: q.get('redirect_uri'), state: q.get('state'),
    nonce: q.get('nonce'), codeChallenge: q.get('code_challenge'),
  }, q.get('login_hint') ?? ''));
}

/** POST /authorize: the person said who they are; back to the client with a code. */
async function signedIn(request, response) {
  const form = new URLSearchParams(await body(request));
  const authorization = pending.get(form.get('handle'));
  pending.delete(form.get('handle'));
  const account = (form.get('account') ?? '').trim();
  if (!authorization || !account) {
    return refuse(response, 400, 'invalid_request', 'no such sign-in, or no account', true);
  }
  if (!subjects.has(account)) {
    subjects.set(account, randomUUID());
  }
  const code = base64url(randomBytes(32));
  codes.set(code, {
    ...authorization, subject: subjects.get(account), account, email: form.get('email') || undefined,
    expires: Date.now() + CODE_LIFETIME_MS,
  });
  const back = new URL(authorization.redirectUri);
  back.searchParams.set('code', code);
  back.searchParams.set('state', authorization.state);
  return send(response, 302, '', { Location: back.href });
}

/** POST /token: the client proves who it is, brings back the code once, with its PKCE verifier. */
async function token(request, response) {
  const form = new URLSearchParams(await body(request));
  let clientId = form.get('client_id');
  let secret = form.get('client_secret');
  const basic = /^Basic (.+)$/i.exec(request.headers.authorization ?? '');
  if (basic) {
    const decoded = Buffer.from(basic[1], 'base64').toString();
    const colon = decoded.indexOf(':');
    clientId = decodeURIComponent(decoded.slice(0, colon));
    secret = decodeURIComponent(decoded.slice(colon + 1));
  }
  const client = clients.get(clientId);
  if (!client || secret == null || !sameText(secret, client.secret)) {
    return refuse(response, 401, 'invalid_client', `client ${clientId} did not authenticate`);
  }
  if (form.get('grant_type') !== 'authorization_code') {
    return refuse(response, 400, 'unsupported_grant_type', `grant_type ${form.get('grant_type')}`);
  }
  const code = codes.get(form.get('code'));
  codes.delete(form.get('code'));
  if (!code || code.expires < Date.now()) {
    return refuse(response, 400, 'invalid_grant', 'unknown, used or expired code');
  }
  if (code.clientId !== clientId) {
    return refuse(response, 400, 'invalid_grant', 'the code was issued to another client');
  }
  if (form.get('redirect_uri') !== code.redirectUri) {
    return refuse(response, 400, 'invalid_grant', `redirect_uri ${form.get('redirect_uri')} differs`);
  }
  const verifier = form.get('code_verifier') ?? '';
  if (!/^[A-Za-z0-9._~-]{43,128}$/.test(verifier)
      || createHash('sha256').update(verifier).digest('base64url') !== code.codeChallenge) {
    return refuse(response, 400, 'invalid_grant', 'the PKCE code verifier does not match');
  }
  const now = Math.floor(Date.now() / 1000);
  return send(response, 200, {
    access_token: base64url(randomBytes(32)),
    token_type: 'Bearer',
    expires_in: 300,
    scope: 'openid profile email',
    id_token: idToken({
      iss: issuer, sub: code.subject, aud: clientId, azp: clientId, iat: now, auth_time: now, exp: now + 300,
      nonce: code.nonce, preferred_username: code.account, ...(code.email ? { email: code.email, email_verified: true } : {}),
    }),
  });
}

async function register(request, response) {
  const { clientId, secret, redirectUri } = JSON.parse(await body(request));
  const client = clients.get(clientId) ?? { secret, redirectUris: new Set() };
  client.redirectUris.add(redirectUri);
  clients.set(clientId, client);
  send(response, 204, '');
}

const server = createServer((request, response) => {
  const url = new URL(request.url, issuer);
  const route = `${request.method} ${url.pathname}`;
  Promise.resolve().then(() => {
    switch (route) {
      case 'GET /.well-known/openid-configuration':
        return send(response, 200, {
          issuer,
          authorization_endpoint: `${issuer}/authorize`,
          token_endpoint: `${issuer}/token`,
          jwks_uri: `${issuer}/jwks`,
          response_types_supported: ['code'],
          subject_types_supported: ['public'],
          id_token_signing_alg_values_supported: ['RS256'],
          code_challenge_methods_supported: ['S256'],
          token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
          scopes_supported: ['openid', 'profile', 'email'],
        });
      case 'GET /jwks':
        return send(response, 200, { keys: [{ ...publicKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' }] });
      case 'GET /authorize':
        return authorize(url, response);
      case 'POST /authorize':
        return signedIn(request, response);
      case 'POST /token':
        return token(request, response);
      case 'POST /stand-in/clients':
        return register(request, response);
      case 'GET /stand-in/refusals':
        return send(response, 200, refusals);
      default:
        return send(response, 404, { error: 'not_found' });
    }
  }).catch((error) => send(response, 500, { error: 'server_error', error_description: String(error) }));
});

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  issuer = `http://127.0.0.1:${server.address().port}`;
  console.log(JSON.stringify({ issuer }));
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
