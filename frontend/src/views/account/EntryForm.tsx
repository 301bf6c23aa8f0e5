import { useState } from 'preact/hooks';
import type { Account } from '../../api/accounts';
import { deposit, withdraw } from '../../api/ledger';
import { describedBy, Field } from '../../components/Field';
import { useSubmit } from '../../forms';
import { toApiAmount } from '../../money';
import { useLimits } from '../../useLimits';

/** Puts money into the account or takes it out. */
export function EntryForm({ kind, account, onDone }: {
  kind: 'deposit' | 'withdrawal';
  account: Account;
  onDone(result: { balance: string }): void;
}) {
  const [amount, setAmount] = useState('');
  const [description, setDescription] = useState('');
  const { errors, message, run } = useSubmit();
  const limits = useLimits();
  const id = kind;

  function submit(event: Event) {
    event.preventDefault();
    const post = kind === 'deposit' ? deposit : withdraw;
    return run(async (key) => {
      onDone(await post(account.id, toApiAmount(amount), description, key));
      setAmount('');
      setDescription('');
    });
  }

  const title = kind === 'deposit' ? 'Deposit' : 'Withdraw';
  return (
    <form onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <h2 id={`${id}-title`}>{title}</h2>
      <Field id={`${id}-amount`} label={`Amount (${account.currency})`} error={errors.amount}>
        <input id={`${id}-amount`} inputMode="decimal" autocomplete="off" required value={amount}
            aria-invalid={!!errors.amount} aria-describedby={describedBy(`${id}-amount`, errors.amount)}
            onInput={(e) => setAmount(e.currentTarget.value)} />
      </Field>
      <Field id={`${id}-description`} label="Description (optional)" error={errors.description}>
        <input id={`${id}-description`} maxLength={limits?.descriptionMaxLength} value={description}
            aria-invalid={!!errors.description}
            aria-describedby={describedBy(`${id}-description`, errors.description)}
            onInput={(e) => setDescription(e.currentTarget.value)} />
      </Field>
      {message && <p class="form-error" role="alert">{message}</p>}
      <button type="submit">{title}</button>
    </form>
  );
}
