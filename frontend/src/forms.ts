import { useState } from 'preact/hooks';
import { ApiError } from './api/http';
import { newIdempotencyKey } from './session';

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

/**
 * The state of a form across submissions: busy while sending, then field errors and a form message if the
 * server refused. Each submission also gets an Idempotency-Key, which ledger forms send along: it changes
 * once the server has answered, and stays when the request may not have reached it, so that submitting
 * again cannot post twice. Other forms ignore it.
 */
export function useSubmit() {
  const [failure, setFailure] = useState<Failure>(NO_FAILURE);
  const [busy, setBusy] = useState(false);
  const [key, setKey] = useState(newIdempotencyKey);

  async function run(send: (idempotencyKey: string) => Promise<void>): Promise<void> {
    setBusy(true);
    setFailure(NO_FAILURE);
    try {
      await send(key);
      setKey(newIdempotencyKey());
    } catch (e) {
      const next = describeFailure(e);
      if (!next.unsent) {
        setKey(newIdempotencyKey());
      }
      setFailure(next);
    } finally {
      setBusy(false);
    }
  }

  return { errors: failure.fields, message: failure.message, busy, run };
}
