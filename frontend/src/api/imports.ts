import { query, request, upload, type UploadProgress } from './http';

/** The statement formats the server reads, as codes. */
export type ImportFormat = 'csv' | 'ofx-sgml' | 'ofx-xml' | 'qif' | 'camt.053';

export type DecimalSeparator = 'point' | 'comma';

/**
 * Which CSV column holds what (0-based indexes; absent = not in the file). The amount is one signed column,
 * or a debit column (money out) and a credit column (money in).
 */
export interface CsvMapping {
  dateColumn?: number;
  dateFormat?: string;
  amountColumn?: number;
  debitColumn?: number;
  creditColumn?: number;
  decimalSeparator?: DecimalSeparator;
  thousandsSeparator?: string;
  payeeColumn?: number;
  descriptionColumns?: number[];
  categoryColumn?: number;
  referenceColumn?: number;
  currencyColumn?: number;
}

/** How a CSV file is written. */
export interface CsvDialect {
  encoding: string;
  delimiter: string;
  quote: string;
  header: boolean;
  skipRecords: number;
}

export type QifDateOrder = 'dmy' | 'mdy' | 'ymd';

export type RowStatus = 'new' | 'duplicate' | 'invalid';

/**
 * One row of a statement as the server read it. Amounts are signed: negative is money out. An invalid row may
 * carry only its number, line, status and reason.
 */
export interface ImportRow {
  row: number;
  line: number;
  status: RowStatus;
  reason?: string | null;
  occurredOn?: string | null;
  amount?: string | null;
  currency?: string;
  payee?: string | null;
  description?: string | null;
  category?: string | null;
  bankReference?: string | null;
  duplicateOf?: { entryId: number; occurredOn: string; amount: string; payee: string | null } | null;
}

export interface ProfileRef {
  id: number;
  name: string;
}

export interface CsvInspection {
  dialect: CsvDialect;
  header: string[];
  sample: string[][];
  headerFingerprint: string;
  mapping: CsvMapping;
  dateFormats: string[];
  problems: string[];
  profile: ProfileRef | null;
}

/** What a file is, before anything is kept: its format, for CSV how it is written and read, its first rows. */
export interface Inspection {
  format: ImportFormat;
  formatLabel: string;
  fileName: string | null;
  csv: CsvInspection | null;
  rows: ImportRow[];
  notes: string[];
}

export type ImportStatus = 'previewed' | 'committed' | 'undone';

export interface ImportCounts {
  rows: number;
  new: number;
  duplicate: number;
  invalid: number;
  imported: number;
}

export interface Import {
  id: number;
  accountId: number;
  accountName: string;
  fileName: string | null;
  format: ImportFormat;
  formatLabel: string;
  status: ImportStatus;
  counts: ImportCounts;
  currency: string;
  openingBalance: { amount: string; occurredOn: string } | null;
  notes: string[];
  createdAt: string;
  createdBy: string;
  committedAt: string | null;
  undoneAt: string | null;
  /** Every row in file order: in the answer of an upload and of GET /api/imports/{id}; absent in lists. */
  rows?: ImportRow[];
}

export interface ImportPage {
  items: Import[];
  nextCursor: string | null;
}

export interface ImportProfile {
  id: number;
  name: string;
  headerFingerprint: string | null;
  mapping: CsvMapping;
  dialect: CsvDialect | null;
}

/** How to read a file: for CSV its dialect and mapping (or a saved profile), for QIF the order of dates. */
export interface ReadOptions {
  mapping?: CsvMapping;
  dialect?: CsvDialect;
  qifDateOrder?: QifDateOrder;
  profileId?: number;
}

function form(file: Blob, fileName: string, options: ReadOptions): FormData {
  const body = new FormData();
  body.append('file', file, fileName);
  if (options.mapping) {
    body.append('mapping', JSON.stringify(options.mapping));
  }
  if (options.dialect) {
    body.append('dialect', JSON.stringify(options.dialect));
  }
  if (options.qifDateOrder) {
    body.append('qifDateOrder', options.qifDateOrder);
  }
  if (options.profileId !== undefined) {
    body.append('profileId', String(options.profileId));
  }
  return body;
}

/** Reads a file without keeping anything: its format and, for CSV, how it is written and a mapping. */
export const inspectFile = (file: Blob, fileName: string, options: ReadOptions, accountId?: number,
    onProgress?: (progress: UploadProgress) => void, signal?: AbortSignal) =>
  upload<Inspection>('POST', `/api/imports/inspect${query({ accountId })}`, form(file, fileName, options),
      onProgress, signal);

/** Uploads a statement into an account: the answer is the preview of every row; the ledger is unchanged. */
export const uploadStatement = (accountId: number, file: Blob, fileName: string, options: ReadOptions,
    onProgress?: (progress: UploadProgress) => void, signal?: AbortSignal) =>
  upload<Import>('POST', `/api/accounts/${accountId}/imports`, form(file, fileName, options), onProgress, signal);

export const getImport = (id: number) => request<Import>('GET', `/api/imports/${id}`);

export interface CommitRequest {
  skip: number[];
  include: number[];
  openingBalance: boolean;
}

/**
 * The answer to a commit or an undo: the import's new status, how many entries it appended or reversed and the
 * account's balance after them (servers may also send the whole import).
 */
export interface ImportChange extends Partial<Omit<Import, 'id' | 'status'>> {
  id: number;
  status: ImportStatus;
  imported?: number;
  reversed?: number;
  balance?: string;
}

/** Writes the chosen rows into the ledger, all or none. */
export const commitImport = (id: number, body: CommitRequest) =>
  request<ImportChange>('POST', `/api/imports/${id}/commit`, body);

/** Undoes a committed import (its entries are reversed) or discards a preview (answers nothing). */
export const undoImport = (id: number) => request<ImportChange | undefined>('DELETE', `/api/imports/${id}`);

/** The import as it is after a change, from what was known of it and the answer. */
export function changed(known: Import, answer: ImportChange | undefined, status: ImportStatus): Import {
  const { imported, reversed: _reversed, balance: _balance, ...rest } = answer ?? { id: known.id, status };
  const counts = rest.counts ?? { ...known.counts, imported: imported ?? known.counts.imported };
  return { ...known, ...rest, counts, status: rest.status ?? status };
}

export const listImports = (cursor?: string | null, limit = 20) =>
  request<ImportPage>('GET', `/api/imports${query({ cursor, limit })}`);

export const listProfiles = () => request<ImportProfile[]>('GET', '/api/import-profiles');

export const createProfile = (profile: { name: string; headerFingerprint?: string; mapping: CsvMapping; dialect?: CsvDialect }) =>
  request<ImportProfile>('POST', '/api/import-profiles', profile);
