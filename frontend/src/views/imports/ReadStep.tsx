import { useState } from 'preact/hooks';
import {
  createProfile, type CsvDialect, type CsvInspection, type CsvMapping, type ImportProfile, type Inspection,
  type QifDateOrder,
} from '../../api/imports';
import { ApiError } from '../../api/http';
import { describedBy, Field } from '../../components/Field';
import { type MessageKey, t } from '../../i18n';
import { describeError } from '../../problems';
import {
  type AmountMode, amountMode, type ColumnField, columnCount, columnLabel, dateFormatChoices, dateFormatExample, DELIMITERS,
  ENCODINGS, knownEncoding, sameDialect, sameMapping, THOUSANDS, withAmountMode, withColumn, withDescriptionColumn,
} from './mapping';
import { RowAmount, rowDay, rowReason, rowText, StatusChip } from './parts';

interface ReadStepProps {
  inspection: Inspection;
  dialect: CsvDialect | null;
  mapping: CsvMapping | null;
  qifDateOrder: QifDateOrder | null;
  profiles: ImportProfile[];
  /** A new look at the first rows is on its way. */
  reading: boolean;
  onDialect(dialect: CsvDialect): void;
  onMapping(mapping: CsvMapping): void;
  onProfile(profile: ImportProfile): void;
  onProfileSaved(profile: ImportProfile): void;
  onQifDateOrder(order: QifDateOrder | null): void;
}

/** The detected format and, for CSV, how the file is written and which column holds what, with its first rows. */
export function ReadStep(props: ReadStepProps) {
  const { inspection, reading } = props;
  const csv = inspection.csv;
  return (
    <>
      <p class="detected" data-testid="detected-format">
        {t('import.detected')} <strong>{inspection.formatLabel}</strong>
        {inspection.fileName && <span class="muted"> · {inspection.fileName}</span>}
      </p>
      {inspection.notes.length > 0 && (
        <ul class="import-notes">{inspection.notes.map((note) => <li key={note}>{note}</li>)}</ul>
      )}
      {inspection.format === 'qif' && (
        <Field id="import-qif-order" label={t('import.qifOrder')} class="narrow-field">
          <select id="import-qif-order" value={props.qifDateOrder ?? ''}
              onChange={(e) => props.onQifDateOrder((e.currentTarget.value || null) as QifDateOrder | null)}>
            <option value="">{t('import.qifOrder.detected')}</option>
            {(['dmy', 'mdy', 'ymd'] as const).map((o) => <option key={o} value={o}>{t(`import.qifOrder.${o}`)}</option>)}
          </select>
        </Field>
      )}
      {csv && props.dialect && props.mapping && (
        <CsvSettings csv={csv} dialect={props.dialect} mapping={props.mapping} profiles={props.profiles}
            onDialect={props.onDialect} onMapping={props.onMapping} onProfile={props.onProfile}
            onProfileSaved={props.onProfileSaved} />
      )}
      <section class="first-rows" aria-labelledby="first-rows-title" aria-busy={reading}>
        <div class="section-head">
          <h3 id="first-rows-title">{t('import.firstRows')}</h3>
          <span class="muted small" role="status">{reading ? t('import.reading') : ''}</span>
        </div>
        {csv && csv.problems.length > 0 && (
          <div class="import-problems" role="alert">
            <p><strong>{t('import.problems')}</strong></p>
            <ul>{csv.problems.map((p) => <li key={p}>{p}</li>)}</ul>
          </div>
        )}
        {inspection.rows.length === 0 ? (
          <p class="muted">{t('import.noRows')}</p>
        ) : (
          <ul class="import-rows compact" data-testid="first-rows">
            {inspection.rows.map((row) => (
              <li key={row.row} class={`import-row status-${row.status}`}>
                <span class="row-day">{rowDay(row)}</span>
                <span class="row-text">{rowText(row)}{row.category && <span class="muted"> · {row.category}</span>}</span>
                <RowAmount amount={row.amount} currency={row.currency} />
                <span class="row-status"><StatusChip status={row.status} /></span>
                {row.status === 'invalid' && (
                  <p class="row-reason">{t('import.row.line', { line: row.line })} {rowReason(row)}</p>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

const DELIMITER_KEYS: Record<string, MessageKey> = {
  ',': 'import.delimiter.comma', ';': 'import.delimiter.semicolon', '\t': 'import.delimiter.tab', '|': 'import.delimiter.pipe',
};

function CsvSettings({ csv, dialect, mapping, profiles, onDialect, onMapping, onProfile, onProfileSaved }: {
  csv: CsvInspection; dialect: CsvDialect; mapping: CsvMapping; profiles: ImportProfile[];
  onDialect(dialect: CsvDialect): void; onMapping(mapping: CsvMapping): void; onProfile(profile: ImportProfile): void;
  onProfileSaved(profile: ImportProfile): void;
}) {
  const columns = Array.from({ length: columnCount(csv) }, (_, i) => i);
  const label = (i: number) => columnLabel(csv, i, (n) => t('import.columnNumber', { n }));
  // with no amount column chosen yet, the mapping cannot tell which kind was picked: the choice is kept here
  const [pickedMode, setPickedMode] = useState<AmountMode>(amountMode(mapping));
  const mode: AmountMode = mapping.amountColumn !== undefined || mapping.debitColumn !== undefined
    || mapping.creditColumn !== undefined ? amountMode(mapping) : pickedMode;
  const ambiguous = csv.dateFormats.length > 1;
  const formats = dateFormatChoices(csv.dateFormats, mapping.dateFormat);
  const chosenProfile = profiles.find((p) => sameMapping(p.mapping, mapping) && (!p.dialect || sameDialect(p.dialect, dialect)));
  const delimiters = DELIMITERS.includes(dialect.delimiter as (typeof DELIMITERS)[number])
    ? DELIMITERS : [...DELIMITERS, dialect.delimiter];
  const encoding = knownEncoding(dialect.encoding);
  const encodings = ENCODINGS.includes(encoding as (typeof ENCODINGS)[number]) ? ENCODINGS : [...ENCODINGS, encoding];

  const columnSelect = (field: ColumnField, id: string, text: string, optional = true) => (
    <Field id={id} label={text}>
      <select id={id} value={mapping[field] === undefined ? '' : String(mapping[field])}
          onChange={(e) => onMapping(withColumn(mapping, field,
            e.currentTarget.value === '' ? undefined : Number(e.currentTarget.value)))}>
        <option value="">{optional ? t('import.column.none') : t('import.column.choose')}</option>
        {columns.map((i) => <option key={i} value={i}>{label(i)}</option>)}
      </select>
    </Field>
  );

  return (
    <div class="csv-settings">
      {(profiles.length > 0 || csv.profile) && (
        <div class="profile-line">
          <Field id="import-profile" label={t('import.profile')}
              hint={csv.profile ? t('import.profile.matched', { name: csv.profile.name }) : undefined}>
            <select id="import-profile" value={chosenProfile ? String(chosenProfile.id) : ''}
                aria-describedby={describedBy('import-profile', undefined, csv.profile ? 'hint' : undefined)}
                onChange={(e) => {
                  const profile = profiles.find((p) => String(p.id) === e.currentTarget.value);
                  if (profile) {
                    onProfile(profile);
                  }
                }}>
              <option value="">{t('import.profile.none')}</option>
              {profiles.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
            </select>
          </Field>
        </div>
      )}
      <fieldset class="import-group">
        <legend>{t('import.dialect')}</legend>
        <div class="import-fields">
          <Field id="import-encoding" label={t('import.encoding')}>
            <select id="import-encoding" value={encoding}
                onChange={(e) => onDialect({ ...dialect, encoding: e.currentTarget.value })}>
              {encodings.map((e) => <option key={e} value={e}>{e}</option>)}
            </select>
          </Field>
          <Field id="import-delimiter" label={t('import.delimiter')}>
            <select id="import-delimiter" value={dialect.delimiter}
                onChange={(e) => onDialect({ ...dialect, delimiter: e.currentTarget.value })}>
              {delimiters.map((d) => (
                <option key={d} value={d}>{DELIMITER_KEYS[d] ? t(DELIMITER_KEYS[d]) : d}</option>
              ))}
            </select>
          </Field>
          <Field id="import-skip" label={t('import.skip')}>
            <input id="import-skip" type="number" min={0} max={1000} inputMode="numeric" value={dialect.skipRecords}
                onChange={(e) => {
                  const n = Number(e.currentTarget.value);
                  if (Number.isInteger(n) && n >= 0 && n <= 1000) {
                    onDialect({ ...dialect, skipRecords: n });
                  }
                }} />
          </Field>
          <div class="field check-field">
            <label class="check">
              <input type="checkbox" checked={dialect.header}
                  onChange={(e) => onDialect({ ...dialect, header: e.currentTarget.checked })} />
              {t('import.header')}
            </label>
          </div>
        </div>
      </fieldset>

      <fieldset class="import-group">
        <legend>{t('import.columns')}</legend>
        <div class="import-fields">
          {columnSelect('dateColumn', 'import-date-column', t('import.dateColumn'), false)}
          <Field id="import-date-format" label={t('import.dateFormat')} class="wide-field"
              hint={ambiguous ? t('import.dateAmbiguous') : undefined}>
            <select id="import-date-format" value={mapping.dateFormat ?? ''}
                aria-describedby={describedBy('import-date-format', undefined, ambiguous ? 'hint' : undefined)}
                onChange={(e) => onMapping({ ...mapping, dateFormat: e.currentTarget.value || undefined })}>
              <option value="">{t('import.column.choose')}</option>
              {formats.map((f, i) => (
                <option key={f} value={f}>
                  {`${f} (${dateFormatExample(f)})`}{ambiguous && i < csv.dateFormats.length ? ` · ${t('import.dateFits')}` : ''}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <fieldset class="kinds amount-mode">
          <legend class="visually-hidden">{t('import.amountMode')}</legend>
          {(['signed', 'split'] as const).map((m) => (
            <label key={m} class="kind">
              <input type="radio" name="import-amount-mode" value={m} checked={mode === m}
                  onChange={() => { setPickedMode(m); onMapping(withAmountMode(mapping, m)); }} />
              <span>{t(`import.amountMode.${m}`)}</span>
            </label>
          ))}
        </fieldset>
        <div class="import-fields">
          {mode === 'signed' ? columnSelect('amountColumn', 'import-amount-column', t('import.amountColumn'), false) : (
            <>
              {columnSelect('debitColumn', 'import-debit-column', t('import.debitColumn'), false)}
              {columnSelect('creditColumn', 'import-credit-column', t('import.creditColumn'), false)}
            </>
          )}
          <Field id="import-decimal" label={t('import.decimal')}>
            <select id="import-decimal" value={mapping.decimalSeparator ?? 'point'}
                onChange={(e) => onMapping({ ...mapping, decimalSeparator: e.currentTarget.value as 'point' | 'comma' })}>
              <option value="point">{t('import.decimal.point')}</option>
              <option value="comma">{t('import.decimal.comma')}</option>
            </select>
          </Field>
          <Field id="import-thousands" label={t('import.thousands')}>
            <select id="import-thousands" value={mapping.thousandsSeparator ?? ''}
                onChange={(e) => onMapping({ ...mapping, thousandsSeparator: e.currentTarget.value || undefined })}>
              {THOUSANDS.map((s) => <option key={s} value={s}>{t(thousandsKey(s))}</option>)}
            </select>
          </Field>
          {columnSelect('payeeColumn', 'import-payee-column', t('import.payeeColumn'))}
          {columnSelect('categoryColumn', 'import-category-column', t('import.categoryColumn'))}
          {columnSelect('referenceColumn', 'import-reference-column', t('import.referenceColumn'))}
        </div>
        <fieldset class="description-columns">
          <legend>{t('import.descriptionColumns')}</legend>
          <div class="checks">
            {columns.map((i) => (
              <label key={i} class="check">
                <input type="checkbox" checked={(mapping.descriptionColumns ?? []).includes(i)}
                    onChange={(e) => onMapping(withDescriptionColumn(mapping, i, e.currentTarget.checked))} />
                {label(i)}
              </label>
            ))}
          </div>
        </fieldset>
      </fieldset>
      <SaveProfile csv={csv} dialect={dialect} mapping={mapping} onSaved={onProfileSaved}
          saved={chosenProfile?.name} />
    </div>
  );
}

function thousandsKey(separator: string): MessageKey {
  switch (separator) {
    case '.': return 'import.thousands.point';
    case ',': return 'import.thousands.comma';
    case "'": return 'import.thousands.apostrophe';
    case ' ': return 'import.thousands.space';
    default: return 'import.thousands.any';
  }
}

/** "Save mapping as…": a name, and the mapping is kept for the next file with the same header. */
function SaveProfile({ csv, dialect, mapping, saved, onSaved }: {
  csv: CsvInspection; dialect: CsvDialect; mapping: CsvMapping; saved?: string; onSaved(profile: ImportProfile): void;
}) {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [error, setError] = useState('');
  const [done, setDone] = useState('');
  const [sending, setSending] = useState(false);

  async function save(event: Event) {
    event.preventDefault();
    if (!name.trim()) {
      setError(t('error.required'));
      return;
    }
    setSending(true);
    setError('');
    try {
      const profile = await createProfile({ name: name.trim(), headerFingerprint: csv.headerFingerprint, mapping, dialect });
      setOpen(false);
      setName('');
      setDone(t('import.profile.saved', { name: profile.name }));
      onSaved(profile);
    } catch (e) {
      if (e instanceof ApiError && e.is('import-profile-exists')) {
        setError(t('import.profile.exists'));
      } else {
        const described = describeError(e);
        setError(Object.values(described.fields)[0] ?? described.message);
      }
    } finally {
      setSending(false);
    }
  }

  return (
    <div class="save-profile">
      {open ? (
        <form class="inline" onSubmit={save} noValidate>
          <Field id="import-profile-name" label={t('import.profile.name')} error={error}>
            <input id="import-profile-name" value={name} maxLength={100} aria-invalid={!!error}
                aria-describedby={describedBy('import-profile-name', error)}
                onInput={(e) => setName(e.currentTarget.value)} />
          </Field>
          <div class="buttons">
            <button type="submit" disabled={sending}>{t('import.profile.save')}</button>
            <button type="button" class="secondary" onClick={() => { setOpen(false); setError(''); }}>
              {t('import.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <button type="button" class="secondary" onClick={() => { setOpen(true); setDone(''); }}>
          {saved ? t('import.profile.saveAsOther') : t('import.profile.saveAs')}
        </button>
      )}
      <p class="confirm small" role="status">{done}</p>
    </div>
  );
}
