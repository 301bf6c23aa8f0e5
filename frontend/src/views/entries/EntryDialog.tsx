import { useEffect, useRef, useState } from 'preact/hooks';
import {
  deposit, editEntry, type Entry, type EntryChange, entryDetail, type Posting, postingOf, reverseEntry, withdraw,
} from '../../api/ledger';
import { readAmount } from '../../amount';
import { categoryLabel, findCategory, useCategories } from '../../categories';
import { describedBy, Field } from '../../components/Field';
import { LoadError } from '../../components/LoadError';
import { formatDateTime, formatLongDay } from '../../dates';
import { useSubmit } from '../../forms';
import { t } from '../../i18n';
import { formatMoney, formatSigned } from '../../money';
import { exampleAmount } from '../../problems';
import { useSession } from '../../session';
import { readTags, writeTags } from '../../tags';
import { useLimits } from '../../useLimits';
import { isIncoming } from '../account/history';
import { fallbackText } from '../account/HistoryTable';
import { amountProblem } from './amountProblem';
import { CategoryPicker } from './CategoryPicker';
import { changedFields, groupEdits, valueText } from './changes';
import { counterpartName, EntryMeta } from './EntryMeta';

interface Props {
  entry: Entry;
  /** The account's name, shown where entries of several accounts are listed. */
  accountName?: string;
  names?: ReadonlyMap<number, string>;
  digits?: number;
  /** The account's balance as last seen, for messages about amounts. */
  balance?: string;
  onClose(): void;
  /** The entry's new state after an edit or a reversal. */
  onUpdated(entry: Entry): void;
  /** A reversal or a corrected entry recorded from here, with its account's balance after it. */
  onPosted(posting: Posting): void;
}

type Step = 'view' | 'confirm-reverse' | 'correct';

/**
 * An entry in full: its metadata (editable in place), its money (corrected only by reversing it, with a
 * confirmation, or by "Edit amount", which reverses it and records the right amount), and the trail of every
 * change made to it: who, when, the value before and after.
 */
export function EntryDialog({ entry: shown, accountName, names, digits, balance, onClose, onUpdated, onPosted }: Props) {
  const { user } = useSession();
  const dialog = useRef<HTMLDialogElement>(null);
  const [entry, setEntry] = useState(shown);
  const [changes, setChanges] = useState<EntryChange[] | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [step, setStep] = useState<Step>('view');
  const [saved, setSaved] = useState('');
  const { categories = [] } = useCategories();
  const limits = useLimits();
  const counterpart = counterpartName(entry, names);
  const incoming = isIncoming(entry);
  const reversible = entry.reversedBy === null && entry.reversalOf === null;

  function load() {
    setLoadError(null);
    entryDetail(shown.id).then((detail) => {
      setEntry({ ...detail.entry, runningBalance: shown.runningBalance });
      setChanges(detail.changes);
    }, setLoadError);
  }

  useEffect(() => {
    dialog.current?.showModal();
    load();
  }, []);
  // A change that arrives live (from another tab) shows at once.
  useEffect(() => {
    if (shown !== entry && shown.id === entry.id) {
      setEntry(shown);
      entryDetail(shown.id).then((detail) => setChanges(detail.changes), () => undefined);
    }
  }, [shown]);

  const title = entry.description ?? fallbackText(entry, counterpart);
  const categoryName = (id: number) => categories.find((c) => c.id === id)?.name;

  return (
    <dialog ref={dialog} class="entry-dialog" aria-labelledby="entry-dialog-title" onClose={onClose}>
      <div class="dialog-head">
        <h2 id="entry-dialog-title">{title}</h2>
        <button type="button" class="secondary close" onClick={() => dialog.current?.close()}>{t('dialog.close')}</button>
      </div>
      <dl class="facts">
        <div><dt>{t('history.amount')}</dt>
          <dd class={incoming ? 'in' : 'out'}>{formatSigned(entry.amount, entry.currency, incoming)}</dd></div>
        <div><dt>{t('entry.date')}</dt><dd><time dateTime={entry.occurredOn}>{formatLongDay(entry.occurredOn)}</time></dd></div>
        {accountName && <div><dt>{t('search.account')}</dt><dd>{accountName}</dd></div>}
        <div><dt>{t('details.recorded')}</dt><dd><time dateTime={entry.recordedAt}>{formatDateTime(entry.recordedAt)}</time></dd></div>
        {entry.rate && entry.counterAmount && entry.counterCurrency && (
          <div><dt>{t('details.rate')}</dt>
            <dd>{t('details.exchange', { amount: formatMoney(entry.counterAmount, entry.counterCurrency), rate: entry.rate })}</dd></div>
        )}
      </dl>
      <EntryMeta entry={entry} counterpart={counterpart} />
      {entry.notes && <p class="notes">{entry.notes}</p>}
      {entry.reversedBy !== null && <p class="notice">{t('details.reversedBy', { id: entry.reversedBy })}</p>}
      {entry.reversalOf !== null && <p class="notice">{t('details.reversalOf', { id: entry.reversalOf })}</p>}

      {step === 'view' && (
        <EditForm entry={entry} onSaved={(next, trail) => {
          setEntry({ ...next, runningBalance: entry.runningBalance });
          setChanges(trail);
          setSaved(t('details.saved'));
          onUpdated(next);
        }} />
      )}
      <p class="confirm" role="status">{saved}</p>

      {reversible && step === 'view' && (
        <div class="buttons correct-buttons">
          {(entry.type === 'deposit' || entry.type === 'withdrawal') && (
            <button type="button" class="secondary" onClick={() => { setSaved(''); setStep('correct'); }}>
              {t('details.editAmount')}
            </button>
          )}
          <button type="button" class="secondary danger" onClick={() => { setSaved(''); setStep('confirm-reverse'); }}>
            {t('details.reverse')}
          </button>
        </div>
      )}
      {step === 'confirm-reverse' && (
        <ReverseConfirmation entry={entry} balance={balance} onCancel={() => setStep('view')}
            onReversed={(posting) => {
              setEntry({ ...entry, reversedBy: posting.entry.id });
              onUpdated({ ...entry, reversedBy: posting.entry.id });
              onPosted(posting);
              setStep('view');
              setSaved(t('details.reversed'));
            }} />
      )}
      {step === 'correct' && (
        <CorrectAmount entry={entry} digits={digits} balance={balance} maxAmount={limits?.maxAmount}
            onCancel={() => setStep('view')}
            onCorrected={(reversal, replacement) => {
              setEntry({ ...entry, reversedBy: reversal.entry.id });
              onUpdated({ ...entry, reversedBy: reversal.entry.id });
              onPosted(reversal);
              onPosted(replacement);
              setStep('view');
              setSaved(t('details.corrected', { amount: formatMoney(replacement.entry.amount, entry.currency) }));
            }} />
      )}

      <section class="trail" aria-labelledby="trail-title">
        <h3 id="trail-title">{t('details.trail')}</h3>
        {loadError !== null ? <LoadError what={t('details.what')} error={loadError} onRetry={load} />
          : changes === null ? <p class="muted">{t('app.loading')}</p> : (
            <ol class="edits">
              {groupEdits(changes).map((edit) => (
                <li key={edit.editId}>
                  <p class="muted">
                    <time dateTime={edit.changedAt}>{formatDateTime(edit.changedAt)}</time>
                    {' · '}{edit.changedBy === user.id ? t('details.byYou') : t('details.byUser', { id: edit.changedBy })}
                  </p>
                  <ul>
                    {edit.fields.map((change) => {
                      const before = valueText(change.field, change.oldValue, categoryName);
                      const after = valueText(change.field, change.newValue, categoryName);
                      return (
                        <li key={change.field}>
                          <strong>{fieldName(change.field)}</strong>:{' '}
                          {before === null ? <em>{t('details.none')}</em> : <del>{before}</del>}{' → '}
                          {after === null ? <em>{t('details.none')}</em> : <ins>{after}</ins>}
                        </li>
                      );
                    })}
                  </ul>
                </li>
              ))}
              <li>
                <p class="muted"><time dateTime={entry.recordedAt}>{formatDateTime(entry.recordedAt)}</time></p>
                <p>{t('details.recordedTrail')}</p>
              </li>
            </ol>
          )}
      </section>
    </dialog>
  );
}

function fieldName(field: string): string {
  switch (field) {
    case 'description':
      return t('details.field.description');
    case 'categoryId':
      return t('entry.category');
    case 'payee':
      return t('details.field.payee');
    case 'tags':
      return t('details.field.tags');
    case 'notes':
      return t('details.field.notes');
    default:
      return field;
  }
}

/** The metadata of an entry, changed in place; only the fields that differ are sent. */
function EditForm({ entry, onSaved }: { entry: Entry; onSaved(entry: Entry, changes: EntryChange[]): void }) {
  const { categories = [] } = useCategories();
  const limits = useLimits();
  const categoryText = () => {
    const full = entry.category && categories.find((c) => c.id === entry.category!.id);
    return full ? categoryLabel(full, categories) : entry.category?.name ?? '';
  };
  const [description, setDescription] = useState(entry.description ?? '');
  const [category, setCategory] = useState(categoryText);
  const [payee, setPayee] = useState(entry.payee ?? '');
  const [tags, setTags] = useState(writeTags(entry.tags));
  const [notes, setNotes] = useState(entry.notes ?? '');
  const { errors, message, busy, run, refuse, clearField } = useSubmit();
  const transfer = entry.transferId !== null;

  useEffect(() => {
    if (categories.length && !category && entry.category) {
      setCategory(categoryText());
    }
  }, [categories.length]);

  function submit(event: Event) {
    event.preventDefault();
    const problems: Record<string, string> = {};
    const chosen = category.trim() ? findCategory(category, categories) : null;
    if (chosen === undefined) {
      problems.categoryId = t('error.categoryUnknown', { name: category.trim() });
    }
    const tagReading = readTags(tags, { max: limits?.tagsMax, maxLength: limits?.tagMaxLength });
    if (tagReading.problem === 'too-many') {
      problems.tags = t('error.tagsTooMany', { max: tagReading.limit });
    } else if (tagReading.problem === 'too-long') {
      problems.tags = t('error.tagTooLong', { max: tagReading.limit });
    }
    if (refuse(problems)) {
      return;
    }
    const orNull = (text: string) => (text.trim() ? text : null);
    const before = { description: entry.description, categoryId: entry.category?.id ?? null, payee: entry.payee,
      tags: entry.tags, notes: entry.notes };
    const after = { description: orNull(description), categoryId: chosen?.id ?? null, payee: orNull(payee),
      tags: tagReading.tags ?? [], notes: orNull(notes) };
    const edit = changedFields(before, transfer ? { ...after, categoryId: before.categoryId, payee: before.payee } : after);
    if (Object.keys(edit).length === 0) {
      return;
    }
    void run(async () => {
      const detail = await editEntry(entry.id, edit);
      onSaved(detail.entry, detail.changes);
    });
  }

  return (
    <form class="edit-form" onSubmit={submit} noValidate aria-labelledby="edit-title">
      <h3 id="edit-title">{t('details.edit')}</h3>
      <div class="entry-fields">
        <Field id="edit-description" label={t('details.field.description')} error={errors.description}>
          <input id="edit-description" value={description} maxLength={limits?.descriptionMaxLength} autocomplete="off"
              aria-invalid={!!errors.description} aria-describedby={describedBy('edit-description', errors.description)}
              onInput={(e) => setDescription(e.currentTarget.value)} />
        </Field>
        {!transfer && (
          <CategoryPicker id="edit-category" value={category} onInput={(v) => { setCategory(v); clearField('categoryId'); }}
              kind={isIncoming(entry) ? 'income' : 'expense'} error={errors.categoryId} maxLength={limits?.categoryMaxLength} />
        )}
        {!transfer && (
          <Field id="edit-payee" label={t('details.field.payee')} error={errors.payee}>
            <input id="edit-payee" value={payee} maxLength={limits?.payeeMaxLength} autocomplete="off"
                aria-invalid={!!errors.payee} aria-describedby={describedBy('edit-payee', errors.payee)}
                onInput={(e) => setPayee(e.currentTarget.value)} />
          </Field>
        )}
        <Field id="edit-tags" label={t('details.field.tags')} error={errors.tags} hint={t('entry.tagsHint')}>
          <input id="edit-tags" value={tags} autocomplete="off" aria-invalid={!!errors.tags}
              aria-describedby={describedBy('edit-tags', errors.tags, t('entry.tagsHint'))}
              onInput={(e) => { setTags(e.currentTarget.value); clearField('tags'); }} />
        </Field>
        <Field id="edit-notes" label={t('details.field.notes')} error={errors.notes}>
          <textarea id="edit-notes" rows={2} value={notes} maxLength={limits?.notesMaxLength}
              aria-invalid={!!errors.notes} aria-describedby={describedBy('edit-notes', errors.notes)}
              onInput={(e) => setNotes(e.currentTarget.value)} />
        </Field>
      </div>
      {message && <p class="form-error" role="alert">{message}</p>}
      <button type="submit" disabled={busy}>{t('details.save')}</button>
    </form>
  );
}

/** "Reverse this entry?" with what it will do; nothing happens until confirmed. */
function ReverseConfirmation({ entry, balance, onCancel, onReversed }: {
  entry: Entry;
  balance?: string;
  onCancel(): void;
  onReversed(posting: Posting): void;
}) {
  const { message, errors, busy, run } = useSubmit();
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => confirm.current?.focus(), []);
  const opposite = formatSigned(entry.amount, entry.currency, !isIncoming(entry));
  return (
    <div class="confirm-box" role="group" aria-labelledby="reverse-title">
      <h3 id="reverse-title">{t('details.reverseTitle')}</h3>
      <p id="reverse-text">{t('details.reverseText', { amount: opposite })}</p>
      {(message || errors.amount) && <p class="form-error" role="alert">{message || errors.amount}</p>}
      <div class="buttons">
        <button ref={confirm} type="button" class="danger" disabled={busy} aria-describedby="reverse-text"
            onClick={() => void run(async (key) => {
              onReversed(postingOf(await reverseEntry(entry.id, undefined, key), entry.accountId));
            }, { currency: entry.currency, amount: entry.amount, balance })}>
          {t('details.reverseConfirm')}
        </button>
        <button type="button" class="secondary" onClick={onCancel}>{t('details.cancel')}</button>
      </div>
    </div>
  );
}

/**
 * A wrong amount is corrected without rewriting history: the entry is reversed and the right amount recorded
 * as a new entry on the same day, with the same metadata; both stay visible.
 */
function CorrectAmount({ entry, digits, balance, maxAmount, onCancel, onCorrected }: {
  entry: Entry;
  digits?: number;
  balance?: string;
  maxAmount?: string;
  onCancel(): void;
  onCorrected(reversal: Posting, replacement: Posting): void;
}) {
  const [amount, setAmount] = useState('');
  const { errors, message, busy, run, refuse, clearField } = useSubmit();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  const hint = t('details.correctHint');

  function submit(event: Event) {
    event.preventDefault();
    const read = readAmount(amount, { digits, max: maxAmount });
    if (read.problem !== undefined) {
      refuse({ amount: amountProblem(read.problem, entry.currency, digits, maxAmount) });
      return;
    }
    const value = read.amount;
    void run(async (key) => {
      const note = t('details.correctNote', { amount: formatMoney(value, entry.currency) });
      const reversal = postingOf(await reverseEntry(entry.id, note, key), entry.accountId);
      const details = { occurredOn: entry.occurredOn, description: entry.description ?? undefined,
        categoryId: entry.category?.id, payee: entry.payee ?? undefined, tags: entry.tags, notes: entry.notes ?? undefined };
      const post = entry.type === 'deposit' ? deposit : withdraw;
      const replacement = await post(entry.accountId, value, details, `${key}-new`);
      onCorrected(reversal, replacement);
    }, { currency: entry.currency, amount: value, balance });
  }

  return (
    <form class="confirm-box" onSubmit={submit} noValidate aria-labelledby="correct-title">
      <h3 id="correct-title">{t('details.editAmount')}</h3>
      <Field id="correct-amount" label={t('details.newAmount', { currency: entry.currency })} error={errors.amount}
          hint={hint}>
        <input ref={input} id="correct-amount" inputMode="decimal" autocomplete="off" value={amount}
            placeholder={exampleAmount(digits)} aria-invalid={!!errors.amount}
            aria-describedby={describedBy('correct-amount', errors.amount, hint)}
            onInput={(e) => { setAmount(e.currentTarget.value); clearField('amount'); }} />
      </Field>
      {message && <p class="form-error" role="alert">{message}</p>}
      <div class="buttons">
        <button type="submit" disabled={busy}>{t('details.correct')}</button>
        <button type="button" class="secondary" onClick={onCancel}>{t('details.cancel')}</button>
      </div>
    </form>
  );
}
