import { useEffect, useState } from 'preact/hooks';
import type { Account } from '../../api/accounts';
import { type CategoryRef, deposit, type Entry, transfer, withdraw } from '../../api/ledger';
import { lastCategoryOf, suggestPayees } from '../../api/payees';
import { readAmount } from '../../amount';
import { findCategory, useCategories } from '../../categories';
import { describedBy, Field } from '../../components/Field';
import { Link } from '../../components/Link';
import { addDays, todayIn } from '../../dates';
import { useSubmit } from '../../forms';
import { t } from '../../i18n';
import { formatMoney } from '../../money';
import { useSession } from '../../session';
import { readTags } from '../../tags';
import { useLimits } from '../../useLimits';
import { amountProblem } from '../entries/amountProblem';
import { CategoryPicker } from '../entries/CategoryPicker';
import { exampleAmount } from '../../problems';

export type EntryKind = 'deposit' | 'withdrawal' | 'transfer';

const KINDS: EntryKind[] = ['deposit', 'withdrawal', 'transfer'];

interface Props {
  account: Account;
  /** The user's other accounts: where a transfer can go. */
  targets: Account[];
  /** Decimal places of each currency, when known. */
  digitsOf(currency: string): number | undefined;
  /** The rows loaded so far: the categories last used are suggested from them. */
  recent: readonly Entry[];
  onPosted(entry: Entry, balance: string): void;
}

/**
 * Categories to suggest for an entry: the one last used with the payee (the server says which), then those of
 * the rows loaded for this kind, most recent first.
 */
export function suggestedCategories(rows: readonly Entry[], incoming: boolean, payeeCategory: CategoryRef | null) {
  const ofKind = rows.filter((r) => r.category && r.reversalOf === null
      && (r.type === 'deposit') === incoming && (r.type === 'deposit' || r.type === 'withdrawal'));
  return [...(payeeCategory ? [payeeCategory] : []), ...ofKind.map((r) => r.category!)];
}

/**
 * One form for every kind of entry: deposit, withdrawal or transfer, on the day the money moved (today in the
 * user's time zone unless changed), with its category, payee, tags and notes. Amounts are read as the user
 * types them in their locale and checked before sending; what the server still refuses is said at the field.
 */
export function NewEntryForm({ account, targets, digitsOf, recent, onPosted }: Props) {
  const { user } = useSession();
  const [kind, setKind] = useState<EntryKind>('deposit');
  const [amount, setAmount] = useState('');
  const [received, setReceived] = useState('');
  const [description, setDescription] = useState('');
  const [category, setCategory] = useState('');
  const [payee, setPayee] = useState('');
  const [tags, setTags] = useState('');
  const [notes, setNotes] = useState('');
  const today = todayIn(user.timeZone);
  const [day, setDay] = useState(today);
  const [to, setTo] = useState('');
  const [done, setDone] = useState('');
  const [payeeOptions, setPayeeOptions] = useState<string[]>([]);
  const [payeeCategory, setPayeeCategory] = useState<CategoryRef | null>(null);
  const { errors, message, busy, run, refuse, clearField } = useSubmit();
  const limits = useLimits();
  const { categories = [] } = useCategories();
  const currency = account.currency;
  const digits = digitsOf(currency);
  const target = targets.find((a) => String(a.id) === to) ?? targets[0];
  const noTransfer = kind === 'transfer' && targets.length === 0;
  const crossCurrency = kind === 'transfer' && !!target && target.currency !== currency;
  const latest = limits ? addDays(today, 0, limits.occurredOnYearsAhead) : undefined;

  // Payees the user wrote before, as the server suggests them for what is typed, and the category last used
  // with the payee typed.
  useEffect(() => {
    const typed = payee.trim();
    setPayeeCategory(null);
    if (kind === 'transfer') {
      setPayeeOptions([]);
      return undefined;
    }
    let current = true;
    const timer = setTimeout(() => {
      suggestPayees(typed).then((found) => current && setPayeeOptions(found.map((p) => p.name)), () => undefined);
      if (typed) {
        lastCategoryOf(typed, kind).then((category) => current && setPayeeCategory(category), () => undefined);
      }
    }, 200);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [payee, kind]);

  function checked(): Record<string, string> {
    const problems: Record<string, string> = {};
    const read = readAmount(amount, { digits, max: limits?.maxAmount });
    if (read.problem !== undefined) {
      problems.amount = amountProblem(read.problem, currency, digits, limits?.maxAmount);
    }
    if (crossCurrency) {
      const other = readAmount(received, { digits: digitsOf(target.currency), max: limits?.maxAmount });
      if (other.problem !== undefined) {
        problems.toAmount = amountProblem(other.problem, target.currency, digitsOf(target.currency), limits?.maxAmount);
      }
    }
    if (!day) {
      problems.occurredOn = t('error.dayRequired');
    } else if ((limits && day < limits.earliestOccurredOn) || (latest && day > latest)) {
      problems.occurredOn = t('error.dayRange', { first: limits!.earliestOccurredOn, last: latest! });
    }
    if (kind !== 'transfer' && category.trim() && !findCategory(category, categories)) {
      problems.categoryId = t('error.categoryUnknown', { name: category.trim() });
    }
    const tagReading = readTags(tags, { max: limits?.tagsMax, maxLength: limits?.tagMaxLength });
    if (tagReading.problem === 'too-many') {
      problems.tags = t('error.tagsTooMany', { max: tagReading.limit });
    } else if (tagReading.problem === 'too-long') {
      problems.tags = t('error.tagTooLong', { max: tagReading.limit });
    }
    return problems;
  }

  function submit(event: Event) {
    event.preventDefault();
    setDone('');
    if (refuse(checked())) {
      return;
    }
    const value = readAmount(amount, { digits }).amount!;
    const toAmount = crossCurrency ? readAmount(received, { digits: digitsOf(target.currency) }).amount : undefined;
    const tagList = readTags(tags).tags ?? [];
    const shared = { occurredOn: day, description, tags: tagList, notes };
    void run(async (key) => {
      let entry: Entry;
      let balance: string;
      if (kind === 'transfer') {
        const result = await transfer({ fromAccountId: account.id, toAccountId: target.id, amount: value, toAmount, ...shared }, key);
        ({ entry, balance } = result.from);
      } else {
        const details = { ...shared, payee, categoryId: findCategory(category, categories)?.id };
        ({ entry, balance } = await (kind === 'deposit' ? deposit : withdraw)(account.id, value, details, key));
      }
      onPosted(entry, balance);
      setAmount('');
      setReceived('');
      setDescription('');
      setCategory('');
      setPayee('');
      setTags('');
      setNotes('');
      const params = { amount: formatMoney(value, currency), balance: formatMoney(balance, currency), to: target?.name ?? '' };
      setDone(t(`entry.done.${kind}`, params));
    }, { currency, amount: value, balance: account.balance });
  }

  const amountHint = t('entry.amountHint', { example: exampleAmount(digits) });
  const yesterday = addDays(today, -1);
  const tagsHint = t('entry.tagsHint');
  const receivedHint = crossCurrency ? t('entry.receivedHint', { currency: target.currency }) : undefined;
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
          {t('entry.noTransfer')}{' '}
          <Link href={`/u/${user.username}`}>{t('entry.noTransferLink')}</Link>
        </p>
      ) : (
        <>
          <div class="entry-fields">
            {kind === 'transfer' && (
              <Field id="entry-to" label={t('entry.to')} error={errors.toAccountId}>
                <select id="entry-to" value={String(target.id)} onChange={(e) => setTo(e.currentTarget.value)}>
                  {targets.map((a) => (
                    <option key={a.id} value={a.id}>{a.currency === currency ? a.name : `${a.name} (${a.currency})`}</option>
                  ))}
                </select>
              </Field>
            )}
            <Field id="entry-amount" label={t('entry.amount', { currency })} error={errors.amount} hint={amountHint}>
              <input id="entry-amount" inputMode="decimal" autocomplete="off" required value={amount}
                  aria-invalid={!!errors.amount}
                  aria-describedby={describedBy('entry-amount', errors.amount, amountHint)}
                  onInput={(e) => { setAmount(e.currentTarget.value); clearField('amount'); }} />
            </Field>
            {crossCurrency && (
              <Field id="entry-received" label={t('entry.received', { currency: target.currency })} error={errors.toAmount}
                  hint={receivedHint}>
                <input id="entry-received" inputMode="decimal" autocomplete="off" required value={received}
                    aria-invalid={!!errors.toAmount}
                    aria-describedby={describedBy('entry-received', errors.toAmount, receivedHint)}
                    onInput={(e) => { setReceived(e.currentTarget.value); clearField('toAmount'); }} />
              </Field>
            )}
            <div class="field">
              <label for="entry-date">{t('entry.date')}</label>
              <input id="entry-date" type="date" required value={day} min={limits?.earliestOccurredOn} max={latest}
                  aria-invalid={!!errors.occurredOn} aria-describedby={describedBy('entry-date', errors.occurredOn)}
                  onInput={(e) => { setDay(e.currentTarget.value); clearField('occurredOn'); }} />
              <div class="day-shortcuts">
                <button type="button" class="link-button" aria-pressed={day === today} onClick={() => setDay(today)}>
                  {t('entry.today')}
                </button>
                <button type="button" class="link-button" aria-pressed={day === yesterday} onClick={() => setDay(yesterday)}>
                  {t('entry.yesterday')}
                </button>
              </div>
              {errors.occurredOn && <p class="field-error" id="entry-date-error" role="alert">{errors.occurredOn}</p>}
            </div>
            {kind !== 'transfer' && (
              <CategoryPicker id="entry-category" value={category} kind={kind === 'deposit' ? 'income' : 'expense'}
                  onInput={(v) => { setCategory(v); clearField('categoryId'); }} error={errors.categoryId}
                  maxLength={limits?.categoryMaxLength}
                  suggested={suggestedCategories(recent, kind === 'deposit', payeeCategory)} />
            )}
            <datalist id="entry-payee-options">
              {payeeOptions.map((p) => <option key={p} value={p} />)}
            </datalist>
            <Field id="entry-description" label={t('entry.description')} error={errors.description}>
              <input id="entry-description" maxLength={limits?.descriptionMaxLength} value={description}
                  autocomplete="off" aria-invalid={!!errors.description}
                  aria-describedby={describedBy('entry-description', errors.description)}
                  onInput={(e) => setDescription(e.currentTarget.value)} />
            </Field>
          </div>
          <details class="more-fields" open={!!(payee || tags || notes || errors.payee || errors.tags || errors.notes)}>
            <summary>{t('entry.more')}</summary>
            <div class="entry-fields">
              {kind !== 'transfer' && (
                <Field id="entry-payee" label={t('entry.payee')} error={errors.payee}>
                  <input id="entry-payee" list="entry-payee-options" autocomplete="off" value={payee}
                      maxLength={limits?.payeeMaxLength} aria-invalid={!!errors.payee}
                      aria-describedby={describedBy('entry-payee', errors.payee)}
                      onInput={(e) => { setPayee(e.currentTarget.value); clearField('payee'); }} />
                </Field>
              )}
              <Field id="entry-tags" label={t('entry.tags')} error={errors.tags} hint={tagsHint}>
                <input id="entry-tags" autocomplete="off" value={tags} aria-invalid={!!errors.tags}
                    aria-describedby={describedBy('entry-tags', errors.tags, tagsHint)}
                    onInput={(e) => { setTags(e.currentTarget.value); clearField('tags'); }} />
              </Field>
              <Field id="entry-notes" label={t('entry.notes')} error={errors.notes}>
                <textarea id="entry-notes" rows={2} maxLength={limits?.notesMaxLength} value={notes}
                    aria-invalid={!!errors.notes} aria-describedby={describedBy('entry-notes', errors.notes)}
                    onInput={(e) => setNotes(e.currentTarget.value)} />
              </Field>
            </div>
          </details>
          {message && <p class="form-error" role="alert">{message}</p>}
          <button type="submit" disabled={busy}>{t(`entry.submit.${kind}`)}</button>
        </>
      )}
      <p class="confirm" role="status">{done}</p>
    </form>
  );
}
