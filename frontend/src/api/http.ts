/** A failed API call, carrying the server's RFC 9457 problem: stable type, message, field errors. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    readonly title: string,
    readonly detail: string,
    readonly fieldErrors: Record<string, string>,
    /** Seconds to wait before trying again, from a Retry-After header. */
    readonly retryAfter?: number,
    /** The problem type's own members, such as the balance and amount of an insufficient-funds refusal. */
    readonly members: Record<string, unknown> = {},
  ) {
    super(detail || title);
  }

  is(slug: string): boolean {
    return this.type === `/problems/${slug}`;
  }
}

interface ProblemBody {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: { field: string; message: string }[];
  [member: string]: unknown;
}

export type Transport = (input: string, init?: RequestInit) => Promise<Response>;

const browserFetch: Transport = (input, init) => fetch(input, init);

let transport: Transport = browserFetch;

/** Lets a test answer requests itself; passing nothing restores the browser's fetch. */
export function setTransportForTests(fake: Transport = browserFetch): void {
  transport = fake;
}

let sessionRefused: (error: ApiError) => void = () => undefined;

/**
 * Called whenever the server answers that no valid session came with a request (its token was revoked
 * or has expired). Failed logins are a different problem and do not call it.
 */
export function onSessionRefused(listener: (error: ApiError) => void): void {
  sessionRefused = listener;
}

export async function request<T>(method: string, path: string, body?: unknown,
    headers: Record<string, string> = {}): Promise<T> {
  const response = await transport(path, {
    method,
    credentials: 'same-origin',
    headers: {
      Accept: 'application/json',
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) {
    const error = await toError(response);
    if (error.is('unauthorized')) {
      sessionRefused(error);
    }
    throw error;
  }
  if (response.status === 204) {
    return undefined as T;
  }
  return (await response.json()) as T;
}

async function toError(response: Response): Promise<ApiError> {
  let problem: ProblemBody = {};
  if ((response.headers.get('Content-Type') ?? '').includes('json')) {
    try {
      problem = (await response.json()) as ProblemBody;
    } catch {
      problem = {};
    }
  }
  const fields: Record<string, string> = {};
  for (const error of problem.errors ?? []) {
    fields[error.field] = error.message;
  }
  const { type, title, status, detail, errors, ...members } = problem;
  const retryAfter = Number(response.headers.get('Retry-After') ?? NaN);
  return new ApiError(response.status, type ?? 'about:blank', title ?? response.statusText,
      detail ?? '', fields, Number.isFinite(retryAfter) ? retryAfter : undefined, members);
}

export function query(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') {
      search.set(key, String(value));
    }
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
