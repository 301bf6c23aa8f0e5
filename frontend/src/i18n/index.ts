import { en, type MessageKey, type Messages } from './en';

export type { MessageKey } from './en';

/** The languages with a complete catalogue; the first is the fallback. */
export const LANGUAGES = ['en', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

let messages: Messages = en;
let current: Language = 'en';

/** The first of the user's preferred languages that has a catalogue, else English. */
export function pickLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    const found = LANGUAGES.find((language) => language === base);
    if (found) {
      return found;
    }
  }
  return 'en';
}

/** Loads the catalogue of a language (English is built in, others are fetched once, on demand). */
export async function loadLanguage(language: Language): Promise<void> {
  messages = language === 'de' ? (await import('./de')).de : en;
  current = language;
  if (typeof document !== 'undefined') {
    document.documentElement.lang = language;
  }
}

export function language(): Language {
  return current;
}

export type Params = Record<string, string | number>;

/** The text of a message in the current language, with its `{name}` placeholders filled in. */
export function t(key: MessageKey, params?: Params): string {
  const text = messages[key] ?? en[key];
  return params ? text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    (name in params ? String(params[name]) : whole)) : text;
}

const pluralRules = new Map<string, Intl.PluralRules>();
let numbers: Intl.NumberFormat | undefined;

/** A message with a count: `{base}.one` or `{base}.other`, as the language's plural rules pick. */
export function tn(base: string, count: number, params: Params = {}): string {
  let rules = pluralRules.get(current);
  if (!rules) {
    rules = new Intl.PluralRules(current);
    pluralRules.set(current, rules);
  }
  const form = rules.select(count) === 'one' ? 'one' : 'other';
  numbers ??= new Intl.NumberFormat();
  return t(`${base}.${form}` as MessageKey, { count: numbers.format(count), ...params });
}
