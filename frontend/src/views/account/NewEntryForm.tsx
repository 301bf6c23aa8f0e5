import { useState } from 'preact/hooks';
import type { Account } from '../../api/accounts';
import { deposit, type Entry, transfer, withdraw } from '../../api/ledger';
import { readAmount } from '../../amount';
import { describedBy, Field } from '../../components/Field';
import { Link } from '../../components/Link';
import { useSubmit } from '../../forms';
import { t } from '../../i18n';
import { formatMoney } from '../../money';
import { exampleAmount } from '../../problems';
import { useSession } from '../../session';
import { useLimits } from '../../useLimits';

export type EntryKind = 'deposit' | 'withdrawal' | 'transfer';

const KINDS: EntryKind[] = ['deposit', 'withdrawal', 'transfer'];

interface Props {
  account: Account;
  /** The user's other accounts in the same currency: where a transfer can go. */
  targets: Account[];
  /** Decimal places of the account's currency, when known. */
  digits?: number;
  onPosted(entry: Entry, balance: string): void;
}

/**
 * One form for every kind of entry: deposit, withdrawal or transfer. The amount is read as the user types
 * it in their locale and checked before sending; what the server still refuses is said at the field.
 */
export function NewEntryForm({ account, targets, digits, onPosted }: Props) {
  const { user } = useSession();
  const [kind, setKind] = useState<EntryKind>('deposit');
  const [amount, setAmount] = useState('');
  const [description, setDescription] = useState('');
  const [to, setTo] = useState('');
  const [done, setDone] = useState('');
  const { errors, message, busy, run, refuse, clearField } = useSubmit();
  const limits = useLimits();
  const currency = account.currency;
  const target = targets.find((a) => String(a.id) === to) ?? targets[0];
  const noTransfer = kind === 'transfer' && targets.length === 0;

  function amountProblem(problem: string): string {
    switch (problem) {
      case 'empty':
        return t('error.required');
      case 'zero':
        return t('error.amountZero');
      case 'decimals':
        return digits === 0 ? t('error.amountWhole', { currency })
          : t('error.amountDecimals', { currency, digits: digits ?? 2 });
      case 'max':
        return t('error.amountMax', { max: formatMoney(limits?.maxAmount ?? '0', currency) });
      default:
        return t('error.amountFormat', { example: exampleAmount(digits) });
    }
  }

  function submit(event: Event) {
    event.preventDefault();
    setDone('');
    const read = readAmount(amount, { digits, max: limits?.maxAmount });
    if (read.problem !== undefined) {
      refuse({ amount: amountProblem(read.problem) });
      return;
    }
    const value = read.amount;
    void run(async (key) => {
      let entry: Entry;
      let balance: string;
      if (kind === 'transfer') {
        const result = await transfer(account.id, target.id, value, description, key);
        ({ entry, balance } = result.from);
      } else {
        ({ entry, balance } = await (kind === 'deposit' ? deposit : withdraw)(account.id, value, description, key));
      }
      onPosted(entry, balance);
      setAmount('');
      setDescription('');
      const params = { amount: formatMoney(value, currency), balance: formatMoney(balance, currency), to: target?.name ?? '' };
      setDone(t(`entry.done.${kind}`, params));
    }, { currency, amount: value, balance: account.balance });
  }

  const amountHint = t('entry.amountHint', { example: exampleAmount(digits) });
  return (
    <form class="card entry-form" onSubmit={submit} aria-labelledby="entry-title" noValidate>
      <h2 id="entry-title">{t('entry.title')}</h2>
      <fieldset class="kinds">
        <legend class="visually-hidden">{t('entry.kind')}</legend>
        {KINDS.map((k) => (
          <label key={k} class="kind">
            <input type="radio" name="entry-kind" value={k} checked={kind === k}
                onChange={() => { setKind(k); setDone(''); }} />
            <span>{t(`entry.kind.${k}`)}</span>
          </label>
        ))}
      </fieldset>
      {noTransfer ? (
        <p class="notice" id="no-transfer">
          {t('entry.noTransfer', { currency })}{' '}
          <Link href={`/u/${user.username}`}>{t('entry.noTransferLink')}</Link>
        </p>
      ) : (
        <>
          <div class="entry-fields">
            {kind === 'transfer' && (
              <Field id="entry-to" label={t('entry.to')} error={errors.toAccountId}>
                <select id="entry-to" value={String(target.id)} onChange={(e) => setTo(e.currentTarget.value)}>
                  {targets.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
                </select>
              </Field>
            )}
            <Field id="entry-amount" label={t('entry.amount', { currency })} error={errors.amount} hint={amountHint}>
              <input id="entry-amount" inputMode="decimal" autocomplete="off" required value={amount}
                  aria-invalid={!!errors.amount}
                  aria-describedby={describedBy('entry-amount', errors.amount, amountHint)}
                  onInput={(e) => { setAmount(e.currentTarget.value); clearField('amount'); }} />
            </Field>
            <Field id="entry-description" label={t('entry.description')} error={errors.description}>
              <input id="entry-description" maxLength={limits?.descriptionMaxLength} value={description}
                  autocomplete="off" aria-invalid={!!errors.description}
                  aria-describedby={describedBy('entry-description', errors.description)}
                  onInput={(e) => setDescription(e.currentTarget.value)} />
            </Field>
          </div>
          {message && <p class="form-error" role="alert">{message}</p>}
          <button type="submit" disabled={busy}>{t(`entry.submit.${kind}`)}</button>
        </>
      )}
      <p class="confirm" role="status">{done}</p>
    </form>
  );
}
