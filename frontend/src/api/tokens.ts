import { request } from './http';

/** What a personal access token may do: only read, or read and change. */
export type TokenScope = 'read' | 'write';

/** A personal access token as the list shows it; the server never sends its text again. */
export interface PersonalToken {
  id: number;
  name: string;
  scopes: TokenScope[] | string[];
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
}

/** A token just created: the only answer that carries its text. */
export interface CreatedToken extends Omit<PersonalToken, 'lastUsedAt'> {
  token: string;
}

export interface NewToken {
  name: string;
  scopes: TokenScope[];
  /** ISO time; left out for a token that does not expire. */
  expiresAt?: string;
}

export const listTokens = () => request<PersonalToken[]>('GET', '/api/me/tokens');
export const createToken = (token: NewToken) => request<CreatedToken>('POST', '/api/me/tokens', token);
export const revokeToken = (id: number) => request<void>('DELETE', `/api/me/tokens/${id}`);
