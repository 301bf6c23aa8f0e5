import { useMemo, useState } from 'preact/hooks';
import type { Import, ImportRow } from '../../api/imports';
import { formatCalendarDay } from '../../dates';
import { t, tn } from '../../i18n';
import { formatMoney, formatNumber } from '../../money';
import { RowAmount, rowDay, rowReason, rowText, StatusChip } from './parts';
import { filtered, pageOf, type RowFilter, selectable, toggled, toggledAll } from './selection';

/** Rows shown at once; a statement of thousands of rows is paged, so that every action stays quick. */
export const PAGE_SIZE = 100;

interface PreviewStepProps {
  preview: Import;
  rows: readonly ImportRow[];
  selected: ReadonlySet<number>;
  onSelected(selected: ReadonlySet<number>): void;
}

/** Every row of the statement with its status, to choose what goes into the ledger. */
export function PreviewStep({ preview, rows, selected, onSelected }: PreviewStepProps) {
  const [filter, setFilter] = useState<RowFilter>('all');
  const [page, setPage] = useState(0);
  const list = useMemo(() => filtered(rows, filter), [rows, filter]);
  const shown = pageOf(list, page, PAGE_SIZE);
  const { counts } = preview;
  const filters: { value: RowFilter; count: number }[] = [
    { value: 'all', count: counts.rows }, { value: 'new', count: counts.new },
    { value: 'duplicate', count: counts.duplicate }, { value: 'invalid', count: counts.invalid },
  ];
  const first = shown.page * PAGE_SIZE;

  const pager = shown.pages > 1 && (
    <div class="pager" role="group" aria-label={t('import.pages')}>
      <button type="button" class="secondary" disabled={shown.page === 0} onClick={() => setPage(shown.page - 1)}>
        ‹ {t('import.previousPage')}
      </button>
      <span>{t('import.rowsOf', {
        from: formatNumber(first + 1, 0), to: formatNumber(first + shown.items.length, 0), total: formatNumber(list.length, 0),
      })}</span>
      <button type="button" class="secondary" disabled={shown.page >= shown.pages - 1} onClick={() => setPage(shown.page + 1)}>
        {t('import.nextPage')} ›
      </button>
    </div>
  );

  return (
    <section class="preview-rows" aria-labelledby="preview-rows-title">
      <h3 id="preview-rows-title" class="visually-hidden">{t('import.rows')}</h3>
      <fieldset class="kinds ranges wrap row-filter">
        <legend class="visually-hidden">{t('import.filter')}</legend>
        {filters.map((f) => (
          <label key={f.value} class="kind">
            <input type="radio" name="import-row-filter" value={f.value} checked={filter === f.value}
                onChange={() => { setFilter(f.value); setPage(0); }} />
            <span>{t(`import.filter.${f.value}`)} ({formatNumber(f.count, 0)})</span>
          </label>
        ))}
      </fieldset>
      <div class="buttons select-buttons">
        <button type="button" class="link-button" onClick={() => onSelected(toggledAll(selected, rows.filter((r) => r.status === 'new'), true))}>
          {t('import.selectNew')}
        </button>
        <button type="button" class="link-button" onClick={() => onSelected(toggledAll(selected, shown.items, true))}>
          {t('import.selectPage')}
        </button>
        <button type="button" class="link-button" onClick={() => onSelected(new Set())}>{t('import.selectNone')}</button>
      </div>
      {pager}
      {shown.items.length === 0 ? <p class="muted">{t('import.noRowsHere')}</p> : (
        <ul class="import-rows" data-testid="preview-rows">
          {shown.items.map((row) => (
            <PreviewRow key={row.row} row={row} checked={selected.has(row.row)}
                onChange={(on) => onSelected(toggled(selected, row, on))} />
          ))}
        </ul>
      )}
      {pager}
    </section>
  );
}

function PreviewRow({ row, checked, onChange }: { row: ImportRow; checked: boolean; onChange(on: boolean): void }) {
  const id = `import-row-${row.row}`;
  const reason = row.status === 'new' ? null : rowReason(row);
  return (
    <li class={`import-row status-${row.status}${checked ? ' chosen' : ''}`} data-row={row.row}>
      <input type="checkbox" id={id} checked={checked} disabled={!selectable(row)}
          aria-describedby={reason ? `${id}-reason` : undefined}
          onChange={(e) => onChange(e.currentTarget.checked)} />
      <label for={id} class="row-main">
        <span class="row-day">{rowDay(row)}</span>
        <span class="row-text">{rowText(row)}</span>
      </label>
      <RowAmount amount={row.amount} currency={row.currency} />
      <span class="row-status"><StatusChip status={row.status} /></span>
      {reason && (
        <p class="row-reason" id={`${id}-reason`}>
          {row.status === 'invalid' ? `${t('import.row.line', { line: row.line })} ` : ''}{reason}
        </p>
      )}
    </li>
  );
}

/** The opening balance the statement offers, said as a choice. */
export function openingBalanceText(preview: Import): string | null {
  const opening = preview.openingBalance;
  if (!opening) {
    return null;
  }
  return t('import.opening', {
    amount: formatMoney(opening.amount, preview.currency), day: formatCalendarDay(opening.occurredOn),
  });
}

export function countsLine(preview: Import): string {
  const { counts } = preview;
  return [tn('import.count.rows', counts.rows), tn('import.count.new', counts.new),
    tn('import.count.duplicate', counts.duplicate), tn('import.count.invalid', counts.invalid)].join(' · ');
}
