import { request } from './http';

/** One of the user's accounts at the identity provider that opens this user. */
export interface IdentityLink {
  id: number;
  provider: string;
  email: string | null;
  createdAt: string;
  lastUsedAt: string | null;
}

export function listIdentityLinks(): Promise<IdentityLink[]> {
  return request<IdentityLink[]>('GET', '/api/me/identity-links');
}

/** Starts linking: answers the address to open, which goes through the provider and back to Security. */
export async function startIdentityLink(): Promise<string> {
  return (await request<{ location: string }>('POST', '/api/me/identity-links/start')).location;
}

export function unlinkIdentity(id: number): Promise<void> {
  return request<void>('DELETE', `/api/me/identity-links/${id}`);
}
