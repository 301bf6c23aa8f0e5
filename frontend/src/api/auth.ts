import { ApiError, askedOnce, request } from './http';

export interface User {
  id: number;
  username: string;
  createdAt: string;
  /** IANA time zone: "today" for new entries is the day in this zone. */
  timeZone?: string;
  locale?: string;
  /** False for a user made by an identity provider until they set a password. */
  hasPassword?: boolean;
}

/** The browser's time zone and language, which a new user starts with. */
export function browserPreferences(): { timeZone?: string; locale?: string } {
  let timeZone: string | undefined;
  try {
    timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
  } catch {
    timeZone = undefined;
  }
  return { timeZone, locale: typeof navigator === 'undefined' ? undefined : navigator.language || undefined };
}

/**
 * Registers with the browser's time zone and language. Should the server not know one of them, the user is
 * registered without them (UTC and English, changeable later) rather than not at all.
 */
export async function register(username: string, password: string): Promise<User> {
  try {
    return await request<User>('POST', '/api/auth/register', { username, password, ...browserPreferences() });
  } catch (error) {
    if (error instanceof ApiError && ('timeZone' in error.fieldErrors || 'locale' in error.fieldErrors)
        && !('username' in error.fieldErrors) && !('password' in error.fieldErrors)) {
      return request<User>('POST', '/api/auth/register', { username, password });
    }
    throw error;
  }
}

/** The second step of a login with two-step login on: the authenticator's code, or a recovery code. */
export type SecondFactor = { totp: string } | { recoveryCode: string };

/**
 * The session is the HttpOnly cookie the server sets; the token in the body is not kept by the app. With two-step
 * login on and no second factor given, this fails with the problem `second-factor-required`.
 */
export const login = (username: string, password: string, secondFactor?: SecondFactor) =>
  request<{ user: User }>('POST', '/api/auth/login', { username, password, ...secondFactor }).then((r) => r.user);

export const logout = () => request<void>('POST', '/api/auth/logout');

export const me = () => request<User>('GET', '/api/me');

export const updateMe = (change: { timeZone?: string; locale?: string }) => request<User>('PATCH', '/api/me', change);

/** How this service lets people in: password login on or off, and the identity provider offered, if any. */
export interface AuthConfig {
  passwordLogin: boolean;
  provider: { name: string; login: string } | null;
}

/** Asked once per page load (see askedOnce). */
export const getAuthConfig = askedOnce<AuthConfig>('/api/auth/config');
