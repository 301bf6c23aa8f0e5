import { ApiError } from './api/http';

/** What a form shows after a failed submit: messages by field, or one message for the whole form. */
export interface Failure {
  fields: Record<string, string>;
  message: string;
  /** True when the request may not have reached the server: resending the same submission is safe. */
  unsent: boolean;
}

export const NO_FAILURE: Failure = { fields: {}, message: '', unsent: false };

/**
 * Turns a failed API call into form messages. Problems about the amount the server cannot name as a
 * field error (insufficient funds) are shown next to the amount too.
 */
export function describeFailure(error: unknown): Failure {
  if (!(error instanceof ApiError)) {
    return { fields: {}, message: 'Not sent: the server cannot be reached. Submitting again is safe.', unsent: true };
  }
  const fields = { ...error.fieldErrors };
  if (error.is('insufficient-funds')) {
    fields.amount = error.detail;
  }
  return { fields, message: Object.keys(fields).length ? '' : error.message, unsent: false };
}
