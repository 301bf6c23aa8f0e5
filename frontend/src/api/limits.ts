import { askedOnce } from './http';

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

/** Asked once per page load (see askedOnce). */
export const getLimits = askedOnce<Limits>('/api/limits');
