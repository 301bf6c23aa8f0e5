/** Dates and times in the user's locale and time zone. One formatter per style, made once and reused. */

const formats = new Map<string, Intl.DateTimeFormat>();

function format(style: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let found = formats.get(style);
  if (!found) {
    found = new Intl.DateTimeFormat(undefined, options);
    formats.set(style, found);
  }
  return found;
}

/** "May 3, 2026" */
export function formatDate(iso: string | number | Date): string {
  return format('date', { dateStyle: 'medium' }).format(new Date(iso));
}

/** "May 3" this year, "May 3, 2025" for other years: short enough for a phone's line. */
export function formatDay(iso: string | number | Date): string {
  const date = new Date(iso);
  return date.getFullYear() === new Date().getFullYear()
    ? format('day', { month: 'short', day: 'numeric' }).format(date)
    : formatDate(date);
}

/** "2:05 PM" */
export function formatTime(iso: string | number | Date): string {
  return format('time', { timeStyle: 'short' }).format(new Date(iso));
}

/** "May 3, 2026, 2:05 PM" */
export function formatDateTime(iso: string | number | Date): string {
  return format('datetime', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** Labels for a time axis, as detailed as the spacing of its ticks (in seconds) needs. */
export function formatTick(date: Date, spacingSeconds: number): string {
  if (spacingSeconds < 60) {
    return format('tick-second', { hour: 'numeric', minute: '2-digit', second: '2-digit' }).format(date);
  }
  if (spacingSeconds < 86_400) {
    return format('tick-time', { hour: 'numeric', minute: '2-digit' }).format(date);
  }
  if (spacingSeconds < 28 * 86_400) {
    return format('tick-day', { month: 'short', day: 'numeric' }).format(date);
  }
  if (spacingSeconds < 365 * 86_400) {
    return format('tick-month', { month: 'short', year: 'numeric' }).format(date);
  }
  return format('tick-year', { year: 'numeric' }).format(date);
}

/** The local calendar day of a time, as the yyyy-mm-dd of a date input. */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Today's date (YYYY-MM-DD) in a time zone; the browser's own zone when none is given or it is unknown. */
export function todayIn(timeZone: string | undefined, now = new Date()): string {
  try {
    const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
      .formatToParts(now);
    const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
    return `${part('year')}-${part('month')}-${part('day')}`;
  } catch {
    return localDay(now);
  }
}

/** A calendar day (YYYY-MM-DD) as a local Date at noon, so that no time zone moves it to another day. */
function dayAsDate(day: string): Date {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year, month - 1, date, 12);
}

/** The day a number of days (or years) after another, as YYYY-MM-DD. */
export function addDays(day: string, days: number, years = 0): string {
  const date = dayAsDate(day);
  date.setFullYear(date.getFullYear() + years, date.getMonth(), date.getDate() + days);
  return localDay(date);
}

/** "May 3" this year, "May 3, 2025" otherwise, for a day the user chose (no time, no time zone). */
export function formatCalendarDay(day: string, thisYear = new Date().getFullYear()): string {
  const date = dayAsDate(day);
  return date.getFullYear() === thisYear
    ? format('day', { month: 'short', day: 'numeric' }).format(date)
    : formatDate(date);
}

/** "Sunday, May 3, 2026": a day in full, for a heading or a label. */
export function formatLongDay(day: string): string {
  return format('long-day', { dateStyle: 'full' }).format(dayAsDate(day));
}
