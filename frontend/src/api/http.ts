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
  errors?: ({ field: string; message: string } | string)[];
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
  return problemError(response.status, response.statusText, response.headers.get('Content-Type'),
      await response.text().catch(() => ''), response.headers.get('Retry-After'));
}

/** The ApiError of a refused request, from its status, content type, body and Retry-After header. */
export function problemError(status: number, statusText: string, contentType: string | null, body: string,
    retryAfterHeader: string | null): ApiError {
  let problem: ProblemBody = {};
  if ((contentType ?? '').includes('json')) {
    try {
      problem = JSON.parse(body) as ProblemBody;
    } catch {
      problem = {};
    }
  }
  const fields: Record<string, string> = {};
  for (const error of problem.errors ?? []) {
    if (error && typeof error === 'object' && typeof error.field === 'string') {
      fields[error.field] = error.message;
    }
  }
  const { type, title, status: _status, detail, errors, ...members } = problem;
  // some problems list plain sentences rather than fields (the problems of a CSV mapping): kept as a member
  const sentences = (errors ?? []).filter((error) => typeof error === 'string');
  if (sentences.length > 0) {
    members.errors = sentences;
  }
  const retryAfter = Number(retryAfterHeader ?? NaN);
  return new ApiError(status, type ?? 'about:blank', title ?? statusText,
      detail ?? '', fields, Number.isFinite(retryAfter) ? retryAfter : undefined, members);
}

/** How far an upload has come: bytes sent of all bytes. */
export interface UploadProgress {
  loaded: number;
  total: number;
}

/**
 * Sends a form with files through XMLHttpRequest, whose upload events (unlike fetch's) tell how far the
 * body has been sent. Answers and refusals are read as `request` reads them.
 */
export function upload<T>(method: string, path: string, body: FormData,
    onProgress?: (progress: UploadProgress) => void, signal?: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method, path);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json');
    if (onProgress) {
      xhr.upload.onprogress = (event) => {
        if (event.lengthComputable) {
          onProgress({ loaded: event.loaded, total: event.total });
        }
      };
    }
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve((xhr.status === 204 || !xhr.responseText ? undefined : JSON.parse(xhr.responseText)) as T);
        } catch (error) {
          reject(error);
        }
        return;
      }
      const error = problemError(xhr.status, xhr.statusText, xhr.getResponseHeader('Content-Type'),
          xhr.responseText, xhr.getResponseHeader('Retry-After'));
      if (error.is('unauthorized')) {
        sessionRefused(error);
      }
      reject(error);
    };
    xhr.onerror = () => reject(new TypeError('The upload failed before the server answered.'));
    xhr.onabort = () => reject(new DOMException('The upload was cancelled.', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(body);
  });
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

/**
 * A GET asked once per page load, its answer shared with every caller; a failed request is forgotten, so
 * that the next caller asks again.
 */
export function askedOnce<T>(path: string): () => Promise<T> {
  let cached: Promise<T> | null = null;
  return () => {
    cached ??= request<T>('GET', path).catch((error: unknown) => {
      cached = null;
      throw error;
    });
    return cached;
  };
}
