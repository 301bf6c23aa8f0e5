import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { User } from './api/auth';
import { LiveConnection } from './live/connection';

export interface Session {
  user: User;
  live: LiveConnection;
  signOut(): Promise<void>;
  /** The account is gone (and with it every session): back to the login page, which says so. */
  accountDeleted(): void;
  /** A user made by an identity provider has set their first password. */
  passwordSet(): void;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) {
    throw new Error('useSession outside a logged-in page');
  }
  return session;
}

/** A fresh key per submitted form, reused if the same submission is sent again. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}
