import { afterEach, describe, expect, it } from 'vitest';
import { ApiError, onSessionRefused, query, request, setTransportForTests } from '../src/api/http';
import { deposit } from '../src/api/ledger';

function respond(status: number, body: unknown, type = 'application/json') {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': type },
  });
}

describe('request', () => {
  afterEach(() => setTransportForTests());

  it('sends JSON with the session cookie and returns the parsed body', async () => {
    let seen: RequestInit | undefined;
    setTransportForTests(async (_url, init) => {
      seen = init;
      return respond(200, { ok: true });
    });
    await expect(request('POST', '/api/x', { a: 1 })).resolves.toEqual({ ok: true });
    expect(seen?.credentials).toBe('same-origin');
    expect(seen?.body).toBe('{"a":1}');
    expect((seen?.headers as Record<string, string>)['Content-Type']).toBe('application/json');
  });

  it('turns a problem into an ApiError with its field errors', async () => {
    setTransportForTests(async () => respond(400, {
      type: '/problems/invalid-input', title: 'Invalid input', status: 400, detail: 'Enter an amount.',
      errors: [{ field: 'amount', message: 'Enter an amount.' }],
    }, 'application/problem+json'));
    const error = await request('GET', '/api/x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).is('invalid-input')).toBe(true);
    expect((error as ApiError).fieldErrors).toEqual({ amount: 'Enter an amount.' });
  });

  it('keeps the problem type\'s own members', async () => {
    setTransportForTests(async () => respond(409, {
      type: '/problems/insufficient-funds', title: 'Insufficient funds', status: 409,
      detail: 'The balance of 1,020.00 USD does not cover 5,000.00 USD.', balance: '1020.00', amount: '5000.00',
      currency: 'USD', errors: [{ field: 'amount', message: 'The balance of 1,020.00 USD does not cover 5,000.00 USD.' }],
    }, 'application/problem+json'));
    const error = (await request('POST', '/api/x', {}).catch((e: unknown) => e)) as ApiError;
    expect(error.members).toEqual({ balance: '1020.00', amount: '5000.00', currency: 'USD' });
    expect(error.fieldErrors.amount).toMatch(/^The balance of 1,020\.00 USD/);
  });

  it('keeps a problem\'s plain sentences among its members, apart from field errors', async () => {
    setTransportForTests(async () => respond(400, {
      type: '/problems/csv-mapping-needed', title: 'Mapping needed', status: 400, detail: 'Choose how to read the file.',
      errors: ['Choose the column that holds the date.', { field: 'mapping', message: 'Incomplete.' }],
    }, 'application/problem+json'));
    const error = (await request('POST', '/api/x', {}).catch((e: unknown) => e)) as ApiError;
    expect(error.members).toEqual({ errors: ['Choose the column that holds the date.'] });
    expect(error.fieldErrors).toEqual({ mapping: 'Incomplete.' });
  });

  it('copes with an error that is not JSON', async () => {
    setTransportForTests(async () =>
      new Response('<html>bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }));
    const error = (await request('GET', '/api/x').catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(502);
    expect(error.title).toBe('Bad Gateway');
  });

  it('answers nothing for 204', async () => {
    setTransportForTests(async () => new Response(null, { status: 204 }));
    await expect(request('POST', '/api/auth/logout')).resolves.toBeUndefined();
  });

  it('sends writes with an Idempotency-Key and no empty texts or lists', async () => {
    let seen: RequestInit | undefined;
    setTransportForTests(async (_url, init) => {
      seen = init;
      return respond(201, { balance: '1.00' });
    });
    await deposit(3, '1.00', { description: '', payee: '', tags: [], notes: '', occurredOn: '2026-05-03' }, 'key-1');
    expect((seen?.headers as Record<string, string>)['Idempotency-Key']).toBe('key-1');
    expect(JSON.parse(seen?.body as string)).toEqual({ amount: '1.00', occurredOn: '2026-05-03' });
  });
});

describe('query', () => {
  it('drops empty values and encodes the rest', () => {
    expect(query({ q: '100% juice', type: '', cursor: null, limit: 50 })).toBe('?q=100%25+juice&limit=50');
    expect(query({})).toBe('');
  });
});

describe('session refusals', () => {
  afterEach(() => onSessionRefused(() => undefined));

  it('are reported when the server no longer accepts the session', async () => {
    const refused: string[] = [];
    onSessionRefused((e) => refused.push(e.type));
    setTransportForTests(async () => respond(401, { type: '/problems/unauthorized', title: 'Unauthorized' },
      'application/problem+json'));
    await request('GET', '/api/accounts').catch(() => undefined);
    expect(refused).toEqual(['/problems/unauthorized']);
  });

  it('are not reported for a failed login', async () => {
    const refused: string[] = [];
    onSessionRefused((e) => refused.push(e.type));
    setTransportForTests(async () => respond(401, { type: '/problems/invalid-credentials' }));
    await request('POST', '/api/auth/login', {}).catch(() => undefined);
    expect(refused).toEqual([]);
  });

  it('keep the Retry-After of a refusal', async () => {
    setTransportForTests(async () => new Response('{}', { status: 429,
      headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '30' } }));
    const error = (await request('POST', '/api/auth/login', {}).catch((e: unknown) => e)) as ApiError;
    expect(error.retryAfter).toBe(30);
  });
});
