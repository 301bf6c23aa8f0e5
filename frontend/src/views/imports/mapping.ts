import type { CsvDialect, CsvInspection, CsvMapping } from '../../api/imports';

/** The single-column roles of a CSV mapping. */
export type ColumnField = 'dateColumn' | 'amountColumn' | 'debitColumn' | 'creditColumn' | 'payeeColumn'
  | 'categoryColumn' | 'referenceColumn';

/** One signed amount column, or separate columns for money out (debit) and money in (credit). */
export type AmountMode = 'signed' | 'split';

/** Date formats the server reads, in the order it suggests them (see CsvDateFormat.COMMON). */
export const DATE_FORMATS = ['yyyy-MM-dd', 'dd.MM.yyyy', 'dd.MM.yy', 'dd/MM/yyyy', 'MM/dd/yyyy', 'dd/MM/yy',
  'MM/dd/yy', 'dd-MM-yyyy', 'MM-dd-yyyy', 'yyyy/MM/dd', 'yyyy.MM.dd', 'yyyyMMdd'] as const;

export const ENCODINGS = ['UTF-8', 'windows-1252', 'ISO-8859-1', 'UTF-16'] as const;

export const DELIMITERS = [',', ';', '\t', '|'] as const;

/** '' stands for "any": the server then accepts . , ' and spaces, except the decimal mark. */
export const THOUSANDS = ['', '.', ',', "'", ' '] as const;

export function amountMode(mapping: CsvMapping): AmountMode {
  return mapping.amountColumn === undefined && (mapping.debitColumn !== undefined || mapping.creditColumn !== undefined)
    ? 'split' : 'signed';
}

/** The mapping read with the other kind of amount columns; the columns of the kind left are forgotten. */
export function withAmountMode(mapping: CsvMapping, mode: AmountMode): CsvMapping {
  if (mode === amountMode(mapping)) {
    return mapping;
  }
  const { amountColumn, debitColumn, creditColumn, ...rest } = mapping;
  return rest;
}

/** The mapping with a column chosen for a role, or the role left out (`undefined`). */
export function withColumn(mapping: CsvMapping, field: ColumnField, column: number | undefined): CsvMapping {
  const next: CsvMapping = { ...mapping };
  if (column === undefined) {
    delete next[field];
  } else {
    next[field] = column;
  }
  return next;
}

/** The description columns, in the order of the file, with one added or taken out. */
export function withDescriptionColumn(mapping: CsvMapping, column: number, included: boolean): CsvMapping {
  const others = (mapping.descriptionColumns ?? []).filter((c) => c !== column);
  const columns = included ? [...others, column].sort((a, b) => a - b) : others;
  return { ...mapping, descriptionColumns: columns };
}

/** How many columns the file has, as far as its header and first rows show. */
export function columnCount(csv: Pick<CsvInspection, 'header' | 'sample'>): number {
  return Math.max(csv.header.length, 0, ...csv.sample.map((row) => row.length));
}

/** A column as a person recognises it: its name, else its number and first value. */
export function columnLabel(csv: Pick<CsvInspection, 'header' | 'sample'>, index: number,
    numbered: (n: number) => string): string {
  const name = csv.header[index]?.trim();
  const first = csv.sample.find((row) => (row[index] ?? '').trim() !== '')?.[index]?.trim();
  const example = first && first.length > 24 ? `${first.slice(0, 23)}…` : first;
  if (name) {
    return name;
  }
  return example ? `${numbered(index + 1)} (${example})` : numbered(index + 1);
}

/**
 * The date formats to offer: those that read every sampled date first (more than one: day and month cannot be
 * told apart), then the other known formats, and the current one if the server knows it under another name.
 */
export function dateFormatChoices(candidates: readonly string[], current?: string): string[] {
  const choices = [...candidates];
  for (const format of [current, ...DATE_FORMATS]) {
    if (format && !choices.includes(format)) {
      choices.push(format);
    }
  }
  return choices;
}

/** "dd.MM.yyyy" as a person reads it, with an example day: 31.01.2026. */
export function dateFormatExample(format: string): string {
  return format.replace('yyyy', '2026').replace('yy', '26').replace('MM', '01').replace('dd', '31');
}

/** The encoding as it appears among the choices (the server may name it in another case). */
export function knownEncoding(encoding: string): string {
  return ENCODINGS.find((e) => e.toLowerCase() === encoding.toLowerCase()) ?? encoding;
}

/** Two mappings that read a file the same way, however their JSON is ordered. */
export function sameMapping(a: CsvMapping | null | undefined, b: CsvMapping | null | undefined): boolean {
  const canonical = (m: CsvMapping | null | undefined) => JSON.stringify(Object.entries({
    decimalSeparator: 'point', descriptionColumns: [], ...(m ?? {}),
  }).filter(([, v]) => v !== undefined && v !== null).sort(([x], [y]) => x.localeCompare(y)));
  return !!a && !!b && canonical(a) === canonical(b);
}

export function sameDialect(a: CsvDialect | null | undefined, b: CsvDialect | null | undefined): boolean {
  return !!a && !!b && a.encoding.toLowerCase() === b.encoding.toLowerCase() && a.delimiter === b.delimiter
    && a.quote === b.quote && a.header === b.header && a.skipRecords === b.skipRecords;
}

/**
 * The length of the start of a file to send for a new look at its first rows: the whole file when it is small,
 * else up to `max` bytes ending after a line break, so that no row is cut in two.
 */
export function headLength(bytes: Uint8Array, max: number, twoByteUnits = false): number {
  if (bytes.length <= max) {
    return bytes.length;
  }
  let end = bytes.lastIndexOf(0x0a, max - 1) + 1;
  if (twoByteUnits && end % 2 === 1) {
    end++;
  }
  return end > 0 ? end : max;
}
