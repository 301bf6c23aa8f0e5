import { describe, expect, it } from 'vitest';
import { changed, type Import, type ImportRow } from '../src/api/imports';
import {
  amountMode, columnCount, columnLabel, dateFormatChoices, dateFormatExample, headLength, knownEncoding, sameMapping,
  withAmountMode, withColumn, withDescriptionColumn,
} from '../src/views/imports/mapping';
import { fileTooLarge } from '../src/views/imports/parts';
import {
  commitRequest, direction, filtered, initialSelection, pageOf, summarize, toggled, toggledAll,
} from '../src/views/imports/selection';

/** One row of an import preview (contract: issue #15). */
const row = (n: number, status: ImportRow['status'], amount: string | null = '-1.00'): ImportRow => ({
  row: n, line: n + 1, status, reason: status === 'new' ? null : 'why', occurredOn: '2026-06-01', amount,
  currency: 'EUR', payee: 'Bakery', description: null, category: null, bankReference: null, duplicateOf: null,
});

describe('the column mapping', () => {
  it('switches between one signed amount column and debit and credit columns', () => {
    const signed = { dateColumn: 0, dateFormat: 'dd.MM.yyyy', amountColumn: 3 };
    expect(amountMode(signed)).toBe('signed');
    const split = withAmountMode(signed, 'split');
    expect(split).toEqual({ dateColumn: 0, dateFormat: 'dd.MM.yyyy' });
    const chosen = withColumn(withColumn(split, 'debitColumn', 3), 'creditColumn', 4);
    expect(amountMode(chosen)).toBe('split');
    expect(withAmountMode(chosen, 'signed')).toEqual({ dateColumn: 0, dateFormat: 'dd.MM.yyyy' });
    expect(withAmountMode(chosen, 'split')).toBe(chosen);
  });

  it('sets and clears columns, and keeps description columns in file order', () => {
    const mapping = withColumn({ payeeColumn: 2 }, 'payeeColumn', undefined);
    expect('payeeColumn' in mapping).toBe(false);
    const described = withDescriptionColumn(withDescriptionColumn({}, 5, true), 3, true);
    expect(described.descriptionColumns).toEqual([3, 5]);
    expect(withDescriptionColumn(described, 5, false).descriptionColumns).toEqual([3]);
    expect(withDescriptionColumn(described, 3, true).descriptionColumns).toEqual([3, 5]);
  });

  it('names columns by their header, else by number and first value', () => {
    const csv = { header: ['Buchungstag', ''], sample: [['01.06.2026', ''], ['02.06.2026', 'Miete für die Wohnung im Juni']] };
    const numbered = (n: number) => `Column ${n}`;
    expect(columnLabel(csv, 0, numbered)).toBe('Buchungstag');
    expect(columnLabel(csv, 1, numbered)).toBe('Column 2 (Miete für die Wohnung i…)');
    expect(columnLabel(csv, 2, numbered)).toBe('Column 3');
    expect(columnCount({ header: [], sample: [['a', 'b'], ['a', 'b', 'c']] })).toBe(3);
  });

  it('offers the date formats that fit first, then every other one', () => {
    const choices = dateFormatChoices(['dd/MM/yyyy', 'MM/dd/yyyy']);
    expect(choices.slice(0, 2)).toEqual(['dd/MM/yyyy', 'MM/dd/yyyy']);
    expect(choices).toContain('yyyy-MM-dd');
    expect(new Set(choices).size).toBe(choices.length);
    expect(dateFormatChoices([], 'd.M.yy')).toContain('d.M.yy');
    expect(dateFormatExample('dd.MM.yyyy')).toBe('31.01.2026');
    expect(dateFormatExample('MM/dd/yy')).toBe('01/31/26');
  });

  it('compares mappings however their JSON is ordered, with the server defaults', () => {
    expect(sameMapping({ dateColumn: 0, amountColumn: 1 }, { amountColumn: 1, dateColumn: 0, decimalSeparator: 'point' })).toBe(true);
    expect(sameMapping({ dateColumn: 0, descriptionColumns: [] }, { dateColumn: 0 })).toBe(true);
    expect(sameMapping({ dateColumn: 0 }, { dateColumn: 1 })).toBe(false);
    expect(sameMapping(null, { dateColumn: 1 })).toBe(false);
    expect(knownEncoding('WINDOWS-1252')).toBe('windows-1252');
    expect(knownEncoding('x-mac')).toBe('x-mac');
  });

  it('sends the start of a big file up to a line break only', () => {
    const bytes = new TextEncoder().encode('a;b\n1;2\n3;4\n');
    expect(headLength(bytes, 100)).toBe(bytes.length);
    expect(headLength(bytes, 10)).toBe(8);
    expect(headLength(new Uint8Array(20), 10)).toBe(10);
    expect(headLength(new Uint8Array([0x31, 0x0a, 0x32, 0x33, 0x34]), 4, true)).toBe(2);
  });
});

describe('the rows to import', () => {
  const rows = [row(1, 'new'), row(2, 'duplicate', '-2.50'), row(3, 'invalid', null), row(4, 'new', '100.00')];

  it('start with every new row; duplicates can be added, invalid rows never', () => {
    const start = initialSelection(rows);
    expect([...start]).toEqual([1, 4]);
    const withDuplicate = toggled(start, rows[1], true);
    expect(withDuplicate.has(2)).toBe(true);
    expect(toggled(start, rows[2], true).has(3)).toBe(false);
    expect([...toggledAll(new Set(), rows, true)].sort()).toEqual([1, 2, 4]);
    expect(toggledAll(start, rows, false).size).toBe(0);
  });

  it('are sent as the new rows left out and the duplicates taken in', () => {
    const chosen = toggled(toggled(initialSelection(rows), rows[0], false), rows[1], true);
    expect(commitRequest(rows, chosen, true)).toEqual({ skip: [1], include: [2], openingBalance: true });
    expect(commitRequest(rows, initialSelection(rows), false)).toEqual({ skip: [], include: [], openingBalance: false });
  });

  it('add up exactly, with the opening balance when it is chosen', () => {
    expect(summarize(rows, initialSelection(rows), null)).toEqual({ chosen: 2, change: '99.00' });
    expect(summarize(rows, new Set([1, 2]), null)).toEqual({ chosen: 2, change: '-3.50' });
    expect(summarize(rows, new Set([1]), '1234.56')).toEqual({ chosen: 1, change: '1233.56' });
    expect(direction('-3.50')).toEqual({ size: '3.50', incoming: false });
    expect(direction('3.50')).toEqual({ size: '3.50', incoming: true });
  });

  it('are shown by status and a page at a time', () => {
    expect(filtered(rows, 'duplicate').map((r) => r.row)).toEqual([2]);
    expect(filtered(rows, 'all')).toBe(rows);
    const many = Array.from({ length: 250 }, (_, i) => i);
    expect(pageOf(many, 2, 100)).toEqual({ items: many.slice(200), page: 2, pages: 3 });
    expect(pageOf(many, 9, 100).page).toBe(2);
    expect(pageOf([], 0, 100)).toEqual({ items: [], page: 0, pages: 1 });
  });
});

describe('an import after a commit or an undo', () => {
  const preview: Import = {
    id: 12, accountId: 5, accountName: 'Giro', fileName: 'juni.csv', format: 'csv', formatLabel: 'CSV', status: 'previewed',
    counts: { rows: 6, new: 5, duplicate: 0, invalid: 1, imported: 0 }, currency: 'EUR', openingBalance: null, notes: [],
    createdAt: '2026-11-25T10:00:00Z', createdBy: 'alice', committedAt: null, undoneAt: null,
  };

  it('takes the counts and status the server answers, in either of its shapes', () => {
    const short = changed(preview, { id: 12, status: 'committed', imported: 5, balance: '2445.90' }, 'committed');
    expect(short.status).toBe('committed');
    expect(short.counts).toEqual({ rows: 6, new: 5, duplicate: 0, invalid: 1, imported: 5 });
    expect(short).not.toHaveProperty('balance');
    const whole = changed(preview, { ...preview, status: 'committed', counts: { ...preview.counts, imported: 4 }, committedAt: '2026-11-25T10:01:00Z' }, 'committed');
    expect(whole.counts.imported).toBe(4);
    expect(whole.committedAt).toBe('2026-11-25T10:01:00Z');
    expect(changed(short, undefined, 'undone').status).toBe('undone');
    expect(changed(short, { id: 12, status: 'undone', reversed: 5 }, 'undone').counts.imported).toBe(5);
  });
});

describe('a file larger than the server takes', () => {
  const max = 20 * 1024 * 1024;

  it('is refused before it is sent, naming both sizes', () => {
    expect(fileTooLarge(31_457_281, max)).toBe('This file is 30.1 MB; this service takes statement files of up to '
      + '20 MB. Export a shorter period from your bank.');
  });

  it('goes through at the limit, or while the limits are not known yet', () => {
    expect(fileTooLarge(max, max)).toBeNull();
    expect(fileTooLarge(max + 1, undefined)).toBeNull();
  });
});
