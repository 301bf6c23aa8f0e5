import { request } from './http';

export interface User {
  id: number;
  username: string;
  createdAt: string;
}

export const register = (username: string, password: string) =>
  request<User>('POST', '/api/auth/register', { username, password });

/** The session is the HttpOnly cookie the server sets; the token in the body is not kept by the app. */
export const login = (username: string, password: string) =>
  request<{ user: User }>('POST', '/api/auth/login', { username, password }).then((r) => r.user);

export const logout = () => request<void>('POST', '/api/auth/logout');

export const me = () => request<User>('GET', '/api/me');
