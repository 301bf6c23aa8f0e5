import { request } from './http';

/** The server's input limits, so that inputs can say them up front; the server still enforces them. */
export interface Limits {
  descriptionMaxLength: number;
  categoryMaxLength: number;
  maxAmount: string;
  usernameMinLength: number;
  usernameMaxLength: number;
  passwordMinLength: number;
  passwordMaxLength: number;
  historyPageMax: number;
  searchTextMaxLength: number;
  payeeMaxLength: number;
  notesMaxLength: number;
  tagsMax: number;
  tagMaxLength: number;
  earliestOccurredOn: string;
  occurredOnYearsAhead: number;
  /** The largest statement file the import accepts. */
  importMaxBytes: number;
}

let cached: Promise<Limits> | null = null;

/** Asked once per page load; a failed request is forgotten, so that the next caller asks again. */
export function getLimits(): Promise<Limits> {
  cached ??= request<Limits>('GET', '/api/limits').catch((error: unknown) => {
    cached = null;
    throw error;
  });
  return cached;
}
