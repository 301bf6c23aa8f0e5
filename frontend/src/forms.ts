import { useState } from 'preact/hooks';
import { describeError, type Described, type ErrorContext } from './problems';
import { newIdempotencyKey } from './session';

export const NO_FAILURE: Described = { fields: {}, message: '', unsent: false };

/**
 * The state of a form across submissions: busy while sending, then field errors and a form message if the
 * server refused. Each submission also gets an Idempotency-Key, which ledger forms send along: it changes
 * once the server has answered, and stays when the request may not have reached it, so that submitting
 * again cannot post twice. Other forms ignore it.
 */
export function useSubmit() {
  const [failure, setFailure] = useState<Described>(NO_FAILURE);
  const [busy, setBusy] = useState(false);
  const [key, setKey] = useState(newIdempotencyKey);

  /** Checks found before sending: shown like the server's field errors, and nothing is sent. */
  function refuse(fields: Record<string, string>): boolean {
    const found = Object.keys(fields).length > 0;
    setFailure(found ? { fields, message: '', unsent: false } : NO_FAILURE);
    return found;
  }

  async function run(send: (idempotencyKey: string) => Promise<void>, context: ErrorContext = {}): Promise<boolean> {
    setBusy(true);
    setFailure(NO_FAILURE);
    try {
      await send(key);
      setKey(newIdempotencyKey());
      return true;
    } catch (e) {
      const next = describeError(e, context);
      if (!next.unsent) {
        setKey(newIdempotencyKey());
      }
      setFailure(next);
      return false;
    } finally {
      setBusy(false);
    }
  }

  function clearField(field: string) {
    if (failure.fields[field]) {
      const fields = { ...failure.fields };
      delete fields[field];
      setFailure({ ...failure, fields });
    }
  }

  return { errors: failure.fields, message: failure.message, busy, run, refuse, clearField };
}
