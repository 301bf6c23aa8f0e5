import { request } from './http';

export interface CurrencyInfo {
  code: string;
  /** English name; the app shows the browser's name in the user's language where it has one. */
  name: string;
  minorDigits: number;
}

let cached: Promise<CurrencyInfo[]> | null = null;

/** Every currency an account can be kept in. Asked once per page load; a failure is not kept. */
export function listCurrencies(): Promise<CurrencyInfo[]> {
  cached ??= request<CurrencyInfo[]>('GET', '/api/currencies').catch((error: unknown) => {
    cached = null;
    throw error;
  });
  return cached;
}
