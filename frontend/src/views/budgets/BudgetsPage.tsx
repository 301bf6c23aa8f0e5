import { useEffect, useRef, useState } from 'preact/hooks';
import { type Account, listAccounts } from '../../api/accounts';
import {
  type Budget, budgetStatus, type BudgetStatus, createBudget, deleteBudget, updateBudget,
} from '../../api/budgets';
import { readAmount } from '../../amount';
import { categoryLabel, useCategories } from '../../categories';
import { describedBy, Field } from '../../components/Field';
import { LoadError } from '../../components/LoadError';
import { PageHeading } from '../../components/PageHeading';
import { todayIn } from '../../dates';
import { t } from '../../i18n';
import { currencyDigits, formatMoney, formatNumber } from '../../money';
import { describeError } from '../../problems';
import { useSession } from '../../session';
import { useLoad } from '../../useLoad';
import { amountProblem } from '../entries/amountProblem';
import { accountCurrencies } from '../dashboard/Dashboard';
import { barWidth, budgetLine, budgetState, formatPercent, monthName, shiftMonth } from './budgetData';

/** The monthly budgets with what was spent of each in a chosen month, and the forms to change them. */
export function BudgetsPage() {
  const { user, live } = useSession();
  const thisMonth = todayIn(user.timeZone).slice(0, 7);
  const [month, setMonth] = useState(thisMonth);
  const [accounts, setAccounts] = useState<Account[]>([]);
  const [editing, setEditing] = useState<number | null>(null);
  const [deleting, setDeleting] = useState<number | null>(null);
  const [done, setDone] = useState('');
  const status = useLoad(() => budgetStatus(month), [month]);

  useEffect(() => {
    listAccounts().then(setAccounts, () => undefined);
  }, []);

  // Spending changes as entries arrive: the figures follow, a moment after the last of a burst.
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => {
    const later = () => {
      clearTimeout(timer.current);
      timer.current = setTimeout(status.retry, 400);
    };
    const stop = live.subscribe({ entry: later, entryUpdated: later, budget: later });
    return () => {
      clearTimeout(timer.current);
      stop();
    };
  }, [month]);

  const currencies = accountCurrencies(accounts);
  const budgets = status.data?.budgets ?? [];

  async function remove(budget: Budget) {
    try {
      await deleteBudget(budget.id);
      setDeleting(null);
      setDone(t('budgets.deleted', { category: budget.category.name }));
      status.retry();
    } catch (e) {
      setDone(describeError(e).message || t('error.internalNoId'));
    }
  }

  return (
    <main id="main" class="budgets">
      <PageHeading title={t('budgets.title')} />
      <div class="month-switcher">
        <button type="button" class="secondary" onClick={() => setMonth(shiftMonth(month, -1))}
            aria-label={t('budgets.previous', { month: monthName(shiftMonth(month, -1)) })}>‹</button>
        <h2 id="budget-month" aria-live="polite">{monthName(month)}</h2>
        <button type="button" class="secondary" onClick={() => setMonth(shiftMonth(month, 1))}
            aria-label={t('budgets.next', { month: monthName(shiftMonth(month, 1)) })}>›</button>
        {month !== thisMonth && (
          <button type="button" class="link-button" onClick={() => setMonth(thisMonth)}>{t('budgets.thisMonth')}</button>
        )}
      </div>
      {status.error !== null ? <LoadError what={t('what.budgets')} error={status.error} onRetry={status.retry} />
        : status.loading && !status.data ? <p class="muted" role="status">{t('app.loading')}</p>
          : budgets.length === 0 ? <p class="muted">{t('budgets.none')}</p> : (
            <ul class="budget-list" aria-labelledby="budget-month">
              {budgets.map((s) => (
                <li key={s.budget.id} class={`budget budget-${budgetState(s)}`} data-budget={s.budget.id}>
                  {editing === s.budget.id ? (
                    <BudgetForm budget={s.budget} currencies={[s.budget.currency]}
                        onDone={(saved) => {
                          setEditing(null);
                          setDone(t('budgets.saved', { category: saved.category.name }));
                          status.retry();
                        }} onCancel={() => setEditing(null)} />
                  ) : (
                    <BudgetRow status={s} deleting={deleting === s.budget.id}
                        onEdit={() => { setEditing(s.budget.id); setDeleting(null); }}
                        onDelete={() => setDeleting(s.budget.id)} onKeep={() => setDeleting(null)}
                        onConfirm={() => remove(s.budget)} />
                  )}
                </li>
              ))}
            </ul>
          )}
      <p class="confirm" role="status">{done}</p>
      <section class="card new-budget" aria-labelledby="new-budget">
        <h2 id="new-budget">{t('budgets.new')}</h2>
        <BudgetForm currencies={currencies} onDone={(saved) => {
          setDone(t('budgets.created', { category: saved.category.name }));
          status.retry();
        }} />
      </section>
    </main>
  );
}

function BudgetRow({ status, deleting, onEdit, onDelete, onKeep, onConfirm }: {
  status: BudgetStatus; deleting: boolean; onEdit(): void; onDelete(): void; onKeep(): void; onConfirm(): void;
}) {
  const { budget } = status;
  const state = budgetState(status);
  const money = (amount: string) => formatMoney(amount, budget.currency);
  return (
    <>
      <div class="budget-head">
        <span class="chip budget-name">
          {budget.category.color && <span class="dot" style={{ background: budget.category.color }} aria-hidden="true" />}
          <strong>{budget.category.name}</strong>
        </span>
        <span class="budget-amounts">{t('budgets.spentOf', { spent: money(status.spent), limit: money(status.limit) })}</span>
      </div>
      <div class="bar" aria-hidden="true">
        <span class={`bar-fill ${state}`} style={{ width: `${barWidth(status.percent)}%` }} />
      </div>
      <p class={`budget-line ${state}`}>
        {state === 'over' || state === 'reached' ? <strong>{`⚠ ${budgetLine(status)}`}</strong> : budgetLine(status)}
        {(state === 'over' || state === 'reached') && <span class="muted">{` · ${formatPercent(status.percent)}`}</span>}
      </p>
      {deleting ? (
        <div class="confirm-box" role="group" aria-label={t('budgets.deleteQuestion', { category: budget.category.name })}>
          <p>{t('budgets.deleteQuestion', { category: budget.category.name })}</p>
          <div class="buttons">
            <button type="button" class="danger" onClick={onConfirm}>{t('budgets.deleteConfirm')}</button>
            <button type="button" class="secondary" onClick={onKeep}>{t('budgets.keep')}</button>
          </div>
        </div>
      ) : (
        <div class="buttons row-actions">
          <button type="button" class="secondary" onClick={onEdit}
              aria-label={t('budgets.editOf', { category: budget.category.name })}>{t('budgets.edit')}</button>
          <button type="button" class="secondary danger" onClick={onDelete}
              aria-label={t('budgets.deleteOf', { category: budget.category.name })}>{t('budgets.delete')}</button>
        </div>
      )}
    </>
  );
}

/** Creates a budget, or changes one (`budget` given: its amount and category; the currency stays). */
function BudgetForm({ budget, currencies, onDone, onCancel }: {
  budget?: Budget; currencies: string[]; onDone(saved: Budget): void; onCancel?(): void;
}) {
  const { categories = [] } = useCategories();
  const expense = categories.filter((c) => c.kind === 'expense' && (!c.archived || c.id === budget?.categoryId))
    .sort((a, b) => categoryLabel(a, categories).localeCompare(categoryLabel(b, categories)));
  const prefix = budget ? `budget-${budget.id}` : 'budget-new';
  const [categoryId, setCategoryId] = useState(budget ? String(budget.categoryId) : '');
  const [amount, setAmount] = useState(budget ? formatNumber(Number(budget.amount), currencyDigits(budget.currency)) : '');
  const [currency, setCurrency] = useState(budget?.currency ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState('');
  const [sending, setSending] = useState(false);
  const chosenCurrency = currency || currencies[0] || '';

  async function submit(event: Event) {
    event.preventDefault();
    const digits = chosenCurrency ? currencyDigits(chosenCurrency) : 2;
    const problems: Record<string, string> = {};
    if (!categoryId) {
      problems.categoryId = t('budgets.error.category');
    }
    const read = readAmount(amount, { digits });
    if (read.problem) {
      problems.amount = amountProblem(read.problem, chosenCurrency, digits);
    }
    if (!chosenCurrency) {
      problems.currency = t('budgets.error.currency');
    }
    setErrors(problems);
    setMessage('');
    if (Object.keys(problems).length > 0) {
      return;
    }
    setSending(true);
    try {
      const saved = budget
        ? await updateBudget(budget.id, { amount: read.amount, categoryId: Number(categoryId) })
        : await createBudget({ categoryId: Number(categoryId), amount: read.amount!, currency: chosenCurrency });
      if (!budget) {
        setAmount('');
        setCategoryId('');
      }
      onDone(saved);
    } catch (e) {
      const described = describeError(e, { currency: chosenCurrency });
      setErrors(described.fields);
      setMessage(described.message);
    } finally {
      setSending(false);
    }
  }

  return (
    <form class="inline budget-form" onSubmit={submit} noValidate>
      <Field id={`${prefix}-category`} label={t('budgets.category')} error={errors.categoryId}
          hint={expense.length === 0 ? t('budgets.noCategories') : undefined}>
        <select id={`${prefix}-category`} value={categoryId} aria-invalid={!!errors.categoryId}
            aria-describedby={describedBy(`${prefix}-category`, errors.categoryId, expense.length === 0 ? 'hint' : undefined)}
            onChange={(e) => setCategoryId(e.currentTarget.value)}>
          <option value="">{t('budgets.chooseCategory')}</option>
          {expense.map((c) => <option key={c.id} value={c.id}>{categoryLabel(c, categories)}</option>)}
        </select>
      </Field>
      <Field id={`${prefix}-amount`} label={t('budgets.amount')} error={errors.amount}>
        <input id={`${prefix}-amount`} inputMode="decimal" autocomplete="off" value={amount}
            aria-invalid={!!errors.amount} aria-describedby={describedBy(`${prefix}-amount`, errors.amount)}
            onInput={(e) => setAmount(e.currentTarget.value)} />
      </Field>
      {!budget && (
        <Field id={`${prefix}-currency`} label={t('budgets.currency')} error={errors.currency}>
          <select id={`${prefix}-currency`} value={chosenCurrency} onChange={(e) => setCurrency(e.currentTarget.value)}>
            {currencies.map((c) => <option key={c} value={c}>{c}</option>)}
          </select>
        </Field>
      )}
      <div class="buttons">
        <button type="submit" disabled={sending}>{budget ? t('budgets.save') : t('budgets.create')}</button>
        {onCancel && <button type="button" class="secondary" onClick={onCancel}>{t('budgets.cancel')}</button>}
      </div>
      {message && <p class="form-error" role="alert">{message}</p>}
    </form>
  );
}
