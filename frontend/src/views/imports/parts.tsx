import type { ImportRow, RowStatus } from '../../api/imports';
import type { UploadProgress } from '../../api/http';
import { ApiError } from '../../api/http';
import { formatCalendarDay } from '../../dates';
import { type MessageKey, t } from '../../i18n';
import { formatMoney, formatSigned } from '../../money';
import { loadFailure } from '../../problems';
import { direction } from './selection';

const percentFormat = new Intl.NumberFormat(undefined, { style: 'percent' });

/**
 * A progress bar with its words: how much of an upload is sent, or (without `progress`) that something is
 * under way for an unknown time.
 */
export function ProgressBar({ label, progress }: { label: string; progress?: UploadProgress | null }) {
  const fraction = progress && progress.total > 0 ? Math.min(1, progress.loaded / progress.total) : undefined;
  const percent = fraction === undefined ? '' : ` ${percentFormat.format(Math.floor(fraction * 100) / 100)}`;
  return (
    <div class="progress" role="status">
      {fraction === undefined
        ? <progress aria-label={label} />
        : <progress aria-label={label} max={1} value={fraction} />}
      <span>{label}{percent}</span>
    </div>
  );
}

export function StatusChip({ status }: { status: RowStatus }) {
  return <span class={`status-chip status-${status}`}>{t(`import.status.${status}` as MessageKey)}</span>;
}

/** "+€12.00" or "−€12.50" for a row's signed amount; a row the server could not read has none. */
export function RowAmount({ amount, currency }: { amount?: string | null; currency?: string }) {
  if (!amount || !currency) {
    return <span class="amount muted">–</span>;
  }
  const { size, incoming } = direction(amount);
  return <span class={`amount ${incoming ? 'in' : 'out'}`}>{formatSigned(size, currency, incoming)}</span>;
}

export function rowDay(row: ImportRow): string {
  return row.occurredOn ? formatCalendarDay(row.occurredOn) : '–';
}

/** What a row is about: payee, then description; for a row the server could not read, just that. */
export function rowText(row: ImportRow): string {
  return [row.payee, row.description].filter((part) => part && part.trim()).join(' · ')
    || t(row.status === 'invalid' ? 'import.row.unread' : 'import.row.noText');
}

/** Why a row is a duplicate or invalid, in the server's words, or from what it points at. */
export function rowReason(row: ImportRow): string | null {
  if (row.reason) {
    return row.reason;
  }
  if (row.duplicateOf) {
    return t('import.row.duplicateOf', {
      entry: row.duplicateOf.entryId, day: formatCalendarDay(row.duplicateOf.occurredOn),
      amount: row.currency ? formatMoney(direction(row.duplicateOf.amount).size, row.currency) : row.duplicateOf.amount,
    });
  }
  return null;
}

/** Why a chosen file cannot be imported before it is sent, or null: larger than the server accepts. */
export function fileTooLarge(size: number, maxBytes: number | undefined): string | null {
  if (maxBytes === undefined || size <= maxBytes) {
    return null;
  }
  const megabytes = (bytes: number) => `${Math.ceil(bytes / 104857.6) / 10} MB`;
  return t('import.fileTooLarge', { size: megabytes(size), max: megabytes(maxBytes) });
}

/** A refusal of an import request in words: the server's own detail where it names a row or a limit. */
export function importFailure(error: unknown): string {
  if (error instanceof ApiError) {
    const sentences = Array.isArray(error.members.errors) ? error.members.errors as string[] : [];
    const listed = [...sentences, ...Object.values(error.fieldErrors)];
    if (error.is('insufficient-funds') || error.type.startsWith('/problems/import') || error.is('csv-mapping-needed')
        || error.status === 400 || error.status === 413 || error.status === 415) {
      return [error.detail || error.title, ...listed].filter(Boolean).join(' ');
    }
  }
  return loadFailure(error);
}
