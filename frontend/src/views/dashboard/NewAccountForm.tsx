import { useEffect, useState } from 'preact/hooks';
import { type Account, createAccount } from '../../api/accounts';
import { type CurrencyInfo, listCurrencies } from '../../api/currencies';
import { describedBy, Field } from '../../components/Field';
import { LoadError } from '../../components/LoadError';
import { useSubmit } from '../../forms';
import { t } from '../../i18n';
import { currencyName } from '../../money';

/** The name a person sees for a currency: the browser's, in their language, else the server's English one. */
function nameOf(currency: CurrencyInfo): string {
  return currencyName(currency.code, undefined, currency.name);
}

/** The currency someone typed, by code ("eur") or by a name that fits only one ("euro", "swiss"). */
export function findCurrency(typed: string, currencies: readonly CurrencyInfo[]): CurrencyInfo | undefined {
  const text = typed.trim().toLowerCase();
  if (!text) {
    return undefined;
  }
  const byCode = currencies.find((c) => c.code.toLowerCase() === text);
  if (byCode) {
    return byCode;
  }
  const named = currencies.filter((c) => nameOf(c).toLowerCase() === text || c.name.toLowerCase() === text);
  if (named.length === 1) {
    return named[0];
  }
  const partly = currencies.filter((c) => nameOf(c).toLowerCase().includes(text) || c.name.toLowerCase().includes(text));
  return partly.length === 1 ? partly[0] : undefined;
}

export function NewAccountForm({ suggested, onCreated }: { suggested?: string; onCreated(account: Account): void }) {
  const [name, setName] = useState('');
  const [currency, setCurrency] = useState('');
  const [currencies, setCurrencies] = useState<CurrencyInfo[] | null>(null);
  const [listError, setListError] = useState<unknown>(null);
  const { errors, message, busy, run, refuse } = useSubmit();

  function load() {
    setListError(null);
    listCurrencies().then(setCurrencies, setListError);
  }
  useEffect(load, []);
  // Offers the currency of the user's first account, unless they have typed one already.
  useEffect(() => {
    if (suggested) {
      setCurrency((typed) => typed || suggested);
    }
  }, [suggested]);

  const chosen = currencies ? findCurrency(currency, currencies) : undefined;

  function submit(event: Event) {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!name.trim()) {
      problems.name = t('error.required');
    }
    const code = chosen?.code ?? currency.trim().toUpperCase();
    if (!code) {
      problems.currency = t('error.required');
    } else if (currencies && !chosen) {
      problems.currency = t('newAccount.unknownCurrency');
    }
    if (refuse(problems)) {
      return;
    }
    void run(async () => {
      onCreated(await createAccount(name.trim(), code));
      setName('');
    });
  }

  const hint = chosen ? `${chosen.code} · ${nameOf(chosen)}` : t('newAccount.currencyHint');
  return (
    <section aria-labelledby="new-account" class="card">
      <h2 id="new-account">{t('newAccount.title')}</h2>
      <form onSubmit={submit} class="inline" noValidate>
        <Field id="account-name" label={t('newAccount.name')} error={errors.name}>
          <input id="account-name" value={name} required maxLength={64} autocomplete="off"
              aria-invalid={!!errors.name} aria-describedby={describedBy('account-name', errors.name)}
              onInput={(e) => setName(e.currentTarget.value)} />
        </Field>
        <Field id="account-currency" label={t('newAccount.currency')} error={errors.currency} hint={hint}>
          <input id="account-currency" list="currency-options" value={currency} required autocomplete="off"
              spellcheck={false} autocapitalize="characters"
              aria-invalid={!!errors.currency}
              aria-describedby={describedBy('account-currency', errors.currency, hint)}
              onInput={(e) => setCurrency(e.currentTarget.value)} />
        </Field>
        <datalist id="currency-options">
          {currencies?.map((c) => <option key={c.code} value={c.code}>{nameOf(c)}</option>)}
        </datalist>
        <button type="submit" disabled={busy}>{t('newAccount.submit')}</button>
      </form>
      {listError !== null && <LoadError what={t('what.currencies')} error={listError} onRetry={load} />}
      {message && <p class="form-error" role="alert">{message}</p>}
    </section>
  );
}
