import { useEffect, useState } from 'preact/hooks';
import { type Account, listAccounts } from '../../api/accounts';
import {
  createRecurring, deleteRecurring, type Frequency, getRecurring, listRecurring, type Occurrence, pauseRecurring,
  type Recurring, type RecurringFailed, type RecurringInput, resumeRecurring, updateRecurring, upcomingDates,
} from '../../api/recurring';
import { readAmount } from '../../amount';
import { categoryLabel, useCategories } from '../../categories';
import { describedBy, Field } from '../../components/Field';
import { LoadError } from '../../components/LoadError';
import { PageHeading } from '../../components/PageHeading';
import { formatCalendarDay, todayIn } from '../../dates';
import { t } from '../../i18n';
import { currencyDigits, formatNumber, formatSigned } from '../../money';
import { describeError } from '../../problems';
import { useSession } from '../../session';
import { useLoad } from '../../useLoad';
import { amountProblem } from '../entries/amountProblem';
import { endText, scheduleText } from './recurringData';

const FREQUENCIES: Frequency[] = ['day', 'week', 'month', 'year'];

/** The recurring entries: what each posts, when next, what failed, and the forms to change them. */
export function RecurringPage() {
  const { live } = useSession();
  const list = useLoad(listRecurring, []);
  const [accounts, setAccounts] = useState<Account[]>([]);
  const [failures, setFailures] = useState<RecurringFailed[]>([]);
  const [editing, setEditing] = useState<number | null>(null);
  const [done, setDone] = useState('');

  useEffect(() => {
    listAccounts().then(setAccounts, () => undefined);
    return live.subscribe({ recurringFailed: (failed) => setFailures((all) => [failed, ...all]) });
  }, []);

  const account = (id: number) => accounts.find((a) => a.id === id);
  const replace = (changed: Recurring) => list.set((list.data ?? []).map((r) => (r.id === changed.id ? changed : r)));

  return (
    <main id="main" class="recurring">
      <PageHeading title={t('recurring.title')} />
      <p class="muted">{t('recurring.intro')}</p>
      {list.error !== null ? <LoadError what={t('what.recurring')} error={list.error} onRetry={list.retry} />
        : list.loading && !list.data ? <p class="muted" role="status">{t('app.loading')}</p>
          : (list.data ?? []).length === 0 ? <p class="muted">{t('recurring.none')}</p> : (
            <ul class="recurring-list" aria-label={t('recurring.list')}>
              {list.data!.map((r) => (
                <li key={r.id} class="card recurring-item" data-recurring={r.id}>
                  {editing === r.id ? (
                    <RecurringForm recurring={r} accounts={accounts} onCancel={() => setEditing(null)}
                        onDone={(saved) => {
                          replace(saved);
                          setEditing(null);
                          setDone(t('recurring.saved', { what: saved.description ?? '' }));
                        }} />
                  ) : (
                    <RecurringItem recurring={r} account={account(r.accountId)}
                        failures={failures.filter((f) => f.recurringId === r.id)}
                        onEdit={() => setEditing(r.id)} onChanged={(changed) => {
                          replace(changed);
                          setDone(changed.paused ? t('recurring.paused', { what: changed.description ?? '' })
                            : t('recurring.resumed', { what: changed.description ?? '' }));
                        }}
                        onDeleted={() => {
                          list.set((list.data ?? []).filter((x) => x.id !== r.id));
                          setDone(t('recurring.deleted', { what: r.description ?? '' }));
                        }} />
                  )}
                </li>
              ))}
            </ul>
          )}
      <p class="confirm" role="status">{done}</p>
      <section class="card" aria-labelledby="new-recurring">
        <h2 id="new-recurring">{t('recurring.new')}</h2>
        {accounts.length > 0 && (
          <RecurringForm accounts={accounts} onDone={(saved) => {
            list.set([...(list.data ?? []), saved]);
            setDone(t('recurring.created', { what: saved.description ?? '' }));
          }} />
        )}
      </section>
    </main>
  );
}

function RecurringItem({ recurring, account, failures, onEdit, onChanged, onDeleted }: {
  recurring: Recurring; account?: Account; failures: RecurringFailed[]; onEdit(): void; onChanged(r: Recurring): void;
  onDeleted(): void;
}) {
  const details = useLoad(() => Promise.all([upcomingDates(recurring.id, 3), getRecurring(recurring.id)]),
    [recurring.id, recurring.paused, recurring.nextOn, recurring.amount, failures.length]);
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState('');
  const currency = account?.currency;
  const amount = currency ? formatSigned(recurring.amount, currency, recurring.type === 'deposit') : recurring.amount;
  const what = recurring.description || t(`recurring.type.${recurring.type}`);
  const [upcoming, detail] = details.data ?? [null, null];
  const failed: Occurrence[] = detail?.recentOccurrences?.filter((o) => o.status === 'failed') ?? [];
  const liveOnly = failures.filter((f) => !failed.some((o) => o.occursOn === f.occursOn))
    .map((f): Occurrence => ({ occursOn: f.occursOn, status: 'failed', entryId: null, reason: f.reason }));
  const shownFailures = [...liveOnly, ...failed].slice(0, 3);

  async function act(action: () => Promise<void>) {
    setProblem('');
    try {
      await action();
    } catch (e) {
      setProblem(describeError(e).message || Object.values(describeError(e).fields)[0] || '');
    }
  }

  return (
    <>
      <div class="recurring-head">
        <h2>{what}</h2>
        <strong class={`amount ${recurring.type === 'deposit' ? 'in' : 'out'}`}>{amount}</strong>
      </div>
      <p class="meta">
        <span>{scheduleText(recurring.schedule)}</span>
        {endText(recurring) && <span>{endText(recurring)}</span>}
        {account && <span>{account.name}</span>}
        {recurring.payee && <span>{recurring.payee}</span>}
        {recurring.paused && <span class="badge">{t('recurring.pausedBadge')}</span>}
      </p>
      {details.error !== null ? <LoadError what={t('what.upcoming')} error={details.error} onRetry={details.retry} />
        : upcoming && (
          <div class="upcoming">
            <span class="muted">{t('recurring.next')}</span>
            {recurring.paused ? <span>{t('recurring.nextPaused')}</span>
              : upcoming.dates.length === 0 ? <span>{t('recurring.noneLeft')}</span> : (
                <ol class="dates">
                  {upcoming.dates.map((d) => <li key={d}><time dateTime={d}>{formatCalendarDay(d)}</time></li>)}
                </ol>
              )}
          </div>
        )}
      {shownFailures.length > 0 && (
        <div class="failures" role="group" aria-label={t('recurring.failedTitle')}>
          <p class="failed-title"><strong>{`⚠ ${t('recurring.failedTitle')}`}</strong></p>
          <ul>
            {shownFailures.map((o) => (
              <li key={o.occursOn}><time dateTime={o.occursOn}>{formatCalendarDay(o.occursOn)}</time>: {o.reason}</li>
            ))}
          </ul>
        </div>
      )}
      {confirming ? (
        <div class="confirm-box">
          <p>{t('recurring.deleteQuestion', { what })}</p>
          <div class="buttons">
            <button type="button" class="danger" onClick={() => act(async () => {
              await deleteRecurring(recurring.id);
              onDeleted();
            })}>{t('recurring.deleteConfirm')}</button>
            <button type="button" class="secondary" onClick={() => setConfirming(false)}>{t('recurring.keep')}</button>
          </div>
        </div>
      ) : (
        <div class="buttons row-actions">
          <button type="button" class="secondary" onClick={onEdit}
              aria-label={t('recurring.editOf', { what })}>{t('recurring.edit')}</button>
          <button type="button" class="secondary" aria-label={t(recurring.paused ? 'recurring.resumeOf' : 'recurring.pauseOf', { what })}
              onClick={() => act(async () => onChanged(await (recurring.paused ? resumeRecurring : pauseRecurring)(recurring.id)))}>
            {t(recurring.paused ? 'recurring.resume' : 'recurring.pause')}
          </button>
          <button type="button" class="secondary danger" onClick={() => setConfirming(true)}
              aria-label={t('recurring.deleteOf', { what })}>{t('recurring.delete')}</button>
        </div>
      )}
      {problem && <p class="form-error" role="alert">{problem}</p>}
    </>
  );
}

type EndKind = 'never' | 'on' | 'after';

/** Creates a recurring entry, or changes one (`recurring` given: its account and type stay). */
function RecurringForm({ recurring, accounts, onDone, onCancel }: {
  recurring?: Recurring; accounts: Account[]; onDone(saved: Recurring): void; onCancel?(): void;
}) {
  const { user } = useSession();
  const { categories = [] } = useCategories();
  const prefix = recurring ? `recurring-${recurring.id}` : 'recurring-new';
  const [accountId, setAccountId] = useState(String(recurring?.accountId ?? accounts[0]?.id ?? ''));
  const [type, setType] = useState<'deposit' | 'withdrawal'>(recurring?.type ?? 'withdrawal');
  const account = accounts.find((a) => String(a.id) === accountId);
  const currency = account?.currency ?? 'EUR';
  const digits = currencyDigits(currency);
  const [amount, setAmount] = useState(recurring ? formatNumber(Number(recurring.amount), digits) : '');
  const [description, setDescription] = useState(recurring?.description ?? '');
  const [categoryId, setCategoryId] = useState(recurring?.categoryId ? String(recurring.categoryId) : '');
  const [payee, setPayee] = useState(recurring?.payee ?? '');
  const [every, setEvery] = useState<Frequency>(recurring?.schedule.every ?? 'month');
  const [interval, setInterval] = useState(String(recurring?.schedule.interval ?? 1));
  const [startOn, setStartOn] = useState(recurring?.startOn ?? todayIn(user.timeZone));
  const [end, setEnd] = useState<EndKind>(recurring?.endOn ? 'on' : recurring?.count ? 'after' : 'never');
  const [endOn, setEndOn] = useState(recurring?.endOn ?? '');
  const [count, setCount] = useState(recurring?.count ? String(recurring.count) : '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState('');
  const [sending, setSending] = useState(false);
  const kind = type === 'deposit' ? 'income' : 'expense';
  const offered = categories.filter((c) => c.kind === kind && (!c.archived || String(c.id) === categoryId));

  async function submit(event: Event) {
    event.preventDefault();
    const problems: Record<string, string> = {};
    const read = readAmount(amount, { digits });
    if (read.problem) {
      problems.amount = amountProblem(read.problem, currency, digits);
    }
    const every_ = Number(interval);
    if (!Number.isInteger(every_) || every_ < 1) {
      problems.interval = t('recurring.error.interval');
    }
    if (!startOn) {
      problems.startOn = t('error.dayRequired');
    }
    if (end === 'on' && !endOn) {
      problems.endOn = t('recurring.error.endOn');
    } else if (end === 'on' && startOn && endOn < startOn) {
      problems.endOn = t('error.dateOrder');
    }
    if (end === 'after' && (!Number.isInteger(Number(count)) || Number(count) < 1)) {
      problems.count = t('recurring.error.count');
    }
    setErrors(problems);
    setMessage('');
    if (Object.keys(problems).length > 0) {
      return;
    }
    const input: RecurringInput = {
      amount: read.amount!,
      description: description.trim() || null,
      categoryId: categoryId ? Number(categoryId) : null,
      payee: payee.trim() || null,
      schedule: { every, interval: every_ },
      startOn,
      endOn: end === 'on' ? endOn : null,
      count: end === 'after' ? Number(count) : null,
    };
    setSending(true);
    try {
      let saved: Recurring;
      if (recurring) {
        const change: Partial<RecurringInput> = { ...input };
        if (startOn === recurring.startOn) {
          delete change.startOn;
        }
        if (every === recurring.schedule.every && every_ === recurring.schedule.interval) {
          delete change.schedule;
        }
        saved = await updateRecurring(recurring.id, change);
      } else {
        saved = await createRecurring({ ...input, accountId: Number(accountId), type });
        setAmount('');
        setDescription('');
        setPayee('');
      }
      onDone(saved);
    } catch (e) {
      const described = describeError(e, { currency });
      const fields: Record<string, string> = {};
      for (const [field, text] of Object.entries(described.fields)) {
        fields[field.replace(/^schedule\./, '').replace(/^every$/, 'interval')] = text;
      }
      setErrors(fields);
      setMessage(described.message);
    } finally {
      setSending(false);
    }
  }

  const field = (name: string) => ({
    id: `${prefix}-${name}`,
    'aria-invalid': !!errors[name],
    'aria-describedby': describedBy(`${prefix}-${name}`, errors[name]),
  });

  return (
    <form class="recurring-form" onSubmit={submit} noValidate>
      {!recurring && (
        <>
          <fieldset class="kinds">
            <legend class="visually-hidden">{t('recurring.kind')}</legend>
            {(['withdrawal', 'deposit'] as const).map((k) => (
              <label key={k} class="kind">
                <input type="radio" name={`${prefix}-type`} value={k} checked={type === k}
                    onChange={() => { setType(k); setCategoryId(''); }} />
                <span>{t(`recurring.type.${k}`)}</span>
              </label>
            ))}
          </fieldset>
        </>
      )}
      <div class="entry-fields">
        {!recurring && (
          <Field id={`${prefix}-accountId`} label={t('recurring.account')} error={errors.accountId}>
            <select {...field('accountId')} value={accountId} onChange={(e) => setAccountId(e.currentTarget.value)}>
              {accounts.map((a) => <option key={a.id} value={a.id}>{`${a.name} (${a.currency})`}</option>)}
            </select>
          </Field>
        )}
        <Field id={`${prefix}-amount`} label={t('recurring.amount', { currency })} error={errors.amount}>
          <input {...field('amount')} inputMode="decimal" autocomplete="off" value={amount}
              onInput={(e) => setAmount(e.currentTarget.value)} />
        </Field>
        <Field id={`${prefix}-description`} label={t('recurring.description')} error={errors.description}>
          <input {...field('description')} value={description} maxLength={200}
              onInput={(e) => setDescription(e.currentTarget.value)} />
        </Field>
        <Field id={`${prefix}-categoryId`} label={t('recurring.category')} error={errors.categoryId}>
          <select {...field('categoryId')} value={categoryId} onChange={(e) => setCategoryId(e.currentTarget.value)}>
            <option value="">{t('recurring.noCategory')}</option>
            {offered.map((c) => <option key={c.id} value={c.id}>{categoryLabel(c, categories)}</option>)}
          </select>
        </Field>
        <Field id={`${prefix}-payee`} label={t('recurring.payee')} error={errors.payee}>
          <input {...field('payee')} value={payee} maxLength={200} onInput={(e) => setPayee(e.currentTarget.value)} />
        </Field>
        <Field id={`${prefix}-every`} label={t('recurring.repeats')} error={errors.every}>
          <select {...field('every')} value={every} onChange={(e) => setEvery(e.currentTarget.value as Frequency)}>
            {FREQUENCIES.map((f) => <option key={f} value={f}>{t(`recurring.unit.${f}`)}</option>)}
          </select>
        </Field>
        <Field id={`${prefix}-interval`} label={t('recurring.interval')} error={errors.interval}>
          <input {...field('interval')} type="number" min={1} max={999} inputMode="numeric" value={interval}
              onInput={(e) => setInterval(e.currentTarget.value)} />
        </Field>
        <Field id={`${prefix}-startOn`} label={t('recurring.startOn')} error={errors.startOn}>
          <input {...field('startOn')} type="date" value={startOn} onInput={(e) => setStartOn(e.currentTarget.value)} />
        </Field>
        <Field id={`${prefix}-end`} label={t('recurring.ends')}>
          <select id={`${prefix}-end`} value={end} onChange={(e) => setEnd(e.currentTarget.value as EndKind)}>
            <option value="never">{t('recurring.ends.never')}</option>
            <option value="on">{t('recurring.ends.on')}</option>
            <option value="after">{t('recurring.ends.after')}</option>
          </select>
        </Field>
        {end === 'on' && (
          <Field id={`${prefix}-endOn`} label={t('recurring.endOn')} error={errors.endOn}>
            <input {...field('endOn')} type="date" value={endOn} onInput={(e) => setEndOn(e.currentTarget.value)} />
          </Field>
        )}
        {end === 'after' && (
          <Field id={`${prefix}-count`} label={t('recurring.count')} error={errors.count}>
            <input {...field('count')} type="number" min={1} inputMode="numeric" value={count}
                onInput={(e) => setCount(e.currentTarget.value)} />
          </Field>
        )}
      </div>
      <div class="buttons">
        <button type="submit" disabled={sending}>{recurring ? t('recurring.save') : t('recurring.create')}</button>
        {onCancel && <button type="button" class="secondary" onClick={onCancel}>{t('recurring.cancel')}</button>}
      </div>
      {message && <p class="form-error" role="alert">{message}</p>}
    </form>
  );
}
