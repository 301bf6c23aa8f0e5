import type { Recurring, RecurringFailed, Schedule } from '../../api/recurring';
import { formatCalendarDay } from '../../dates';
import { t, tn } from '../../i18n';
import { formatMoney } from '../../money';

const weekdays = new Map<string, string>();

/** "Monday" in the user's language. */
export function weekdayName(weekday: string): string {
  let name = weekdays.get(weekday);
  if (!name) {
    const index = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].indexOf(weekday);
    // 2024-01-01 was a Monday
    name = new Intl.DateTimeFormat(undefined, { weekday: 'long', timeZone: 'UTC' })
      .format(new Date(Date.UTC(2024, 0, 1 + Math.max(0, index), 12)));
    weekdays.set(weekday, name);
  }
  return name;
}

/** When it repeats, in words: "Every month on day 1", "Every 2 weeks on Monday", "Every day". */
export function scheduleText(schedule: Schedule): string {
  const every = tn(`recurring.every.${schedule.every}`, schedule.interval);
  if (schedule.every === 'month' && schedule.day) {
    return t('recurring.onDay', { every, day: schedule.day });
  }
  if (schedule.every === 'week' && schedule.weekday) {
    return t('recurring.onWeekday', { every, weekday: weekdayName(schedule.weekday) });
  }
  return every;
}

/** Until when it repeats: "until Dec 31", "10 times in all", or nothing when it goes on. */
export function endText(recurring: Pick<Recurring, 'endOn' | 'count'>): string {
  if (recurring.endOn) {
    return t('recurring.until', { day: formatCalendarDay(recurring.endOn) });
  }
  if (recurring.count) {
    return tn('recurring.times', recurring.count);
  }
  return '';
}

/** The notice for a live `recurring-failed` event, with the server's reason. */
export function failedNotice(event: RecurringFailed, currency?: string): string {
  const amount = currency ? formatMoney(event.amount, currency) : event.amount;
  return t('recurring.notice.failed', {
    what: event.description || amount, day: formatCalendarDay(event.occursOn), reason: event.reason,
  });
}
