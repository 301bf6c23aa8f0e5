import { useState } from 'preact/hooks';
import type { Account } from '../../api/accounts';
import { transfer } from '../../api/ledger';
import { describedBy, Field } from '../../components/Field';
import { useSubmit } from '../../forms';
import { toApiAmount } from '../../money';

/** Moves money to another of the user's accounts in the same currency. */
export function TransferForm({ account, targets, onDone }: {
  account: Account;
  targets: Account[];
  onDone(result: { balance: string }): void;
}) {
  const [to, setTo] = useState(String(targets[0].id));
  const [amount, setAmount] = useState('');
  const { errors, message, run } = useSubmit();

  function submit(event: Event) {
    event.preventDefault();
    return run(async (key) => {
      onDone((await transfer(account.id, Number(to), toApiAmount(amount), '', key)).from);
      setAmount('');
    });
  }

  return (
    <form onSubmit={submit} aria-labelledby="transfer-title" noValidate>
      <h2 id="transfer-title">Transfer</h2>
      <Field id="transfer-to" label="To account" error={errors.toAccountId}>
        <select id="transfer-to" value={to} onChange={(e) => setTo(e.currentTarget.value)}>
          {targets.map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}
        </select>
      </Field>
      <Field id="transfer-amount" label={`Amount (${account.currency})`} error={errors.amount}>
        <input id="transfer-amount" inputMode="decimal" required value={amount}
            aria-invalid={!!errors.amount} aria-describedby={describedBy('transfer-amount', errors.amount)}
            onInput={(e) => setAmount(e.currentTarget.value)} />
      </Field>
      {message && <p class="form-error" role="alert">{message}</p>}
      <button type="submit">Transfer</button>
    </form>
  );
}
