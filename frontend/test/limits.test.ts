import { describe, expect, it, vi } from 'vitest';

const LIMITS = {
  descriptionMaxLength: 500, categoryMaxLength: 64, maxAmount: '1000000000.00', usernameMinLength: 3,
  usernameMaxLength: 32, passwordMinLength: 10, passwordMaxLength: 128, historyPageMax: 200,
  searchTextMaxLength: 200,
};

function respond(status: number, body: unknown) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

// The limits are cached per module instance: each test loads fresh modules so that it starts with none.
async function freshModules() {
  vi.resetModules();
  const http = await import('../src/api/http');
  const { getLimits } = await import('../src/api/limits');
  return { setTransport: http.setTransportForTests, getLimits };
}

describe('getLimits', () => {
  it('asks the server once and shares the answer with every caller', async () => {
    const { setTransport, getLimits } = await freshModules();
    const asked: string[] = [];
    setTransport(async (url, init) => {
      asked.push(`${init?.method} ${url}`);
      return respond(200, LIMITS);
    });
    const [first, second] = await Promise.all([getLimits(), getLimits()]);
    expect(first).toEqual(LIMITS);
    expect(second).toBe(first);
    await expect(getLimits()).resolves.toBe(first);
    expect(asked).toEqual(['GET /api/limits']);
  });

  it('fails when the server has no limits to give, and asks again next time', async () => {
    const { setTransport, getLimits } = await freshModules();
    let calls = 0;
    setTransport(async () => {
      calls += 1;
      return calls === 1
        ? respond(404, { type: '/problems/not-found', title: 'Not found', status: 404 })
        : respond(200, LIMITS);
    });
    await expect(getLimits()).rejects.toMatchObject({ status: 404 });
    await expect(getLimits()).resolves.toEqual(LIMITS);
    expect(calls).toBe(2);
  });

  it('fails when the server cannot be reached, and asks again next time', async () => {
    const { setTransport, getLimits } = await freshModules();
    let calls = 0;
    setTransport(async () => {
      calls += 1;
      if (calls === 1) {
        throw new TypeError('Failed to fetch');
      }
      return respond(200, LIMITS);
    });
    await expect(getLimits()).rejects.toBeInstanceOf(TypeError);
    await expect(getLimits()).resolves.toEqual(LIMITS);
  });
});
