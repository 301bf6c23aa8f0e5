import { useState } from 'preact/hooks';
import { type Account, createAccount } from '../../api/accounts';
import { describedBy, Field } from '../../components/Field';
import { useSubmit } from '../../forms';

const CURRENCIES = ['USD', 'EUR', 'GBP', 'CHF', 'JPY', 'CAD', 'AUD', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'INR'];

export function NewAccountForm({ onCreated }: { onCreated(account: Account): void }) {
  const [name, setName] = useState('');
  const [currency, setCurrency] = useState('USD');
  const { errors, message, run } = useSubmit();

  function submit(event: Event) {
    event.preventDefault();
    return run(async () => {
      onCreated(await createAccount(name, currency));
      setName('');
    });
  }

  return (
    <section aria-labelledby="new-account">
      <h2 id="new-account">Open an account</h2>
      <form onSubmit={submit} class="inline" noValidate>
        <Field id="account-name" label="Name" error={errors.name}>
          <input id="account-name" value={name} required maxLength={64}
              aria-invalid={!!errors.name} aria-describedby={describedBy('account-name', errors.name)}
              onInput={(e) => setName(e.currentTarget.value)} />
        </Field>
        <Field id="account-currency" label="Currency" error={errors.currency}>
          <select id="account-currency" value={currency} onChange={(e) => setCurrency(e.currentTarget.value)}>
            {CURRENCIES.map((c) => <option key={c} value={c}>{c}</option>)}
          </select>
        </Field>
        <button type="submit">Open account</button>
      </form>
      {message && <p class="form-error" role="alert">{message}</p>}
    </section>
  );
}
