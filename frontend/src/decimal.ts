/** Exact arithmetic on the API's decimal strings ("12.34"), through whole numbers of the smallest unit. */

const DECIMAL = /^(\d+)(?:\.(\d+))?$/;

export function isDecimal(text: string): boolean {
  return DECIMAL.test(text);
}

function scaleOf(text: string): number {
  return DECIMAL.exec(text)?.[2]?.length ?? 0;
}

function units(text: string, scale: number): bigint {
  const match = DECIMAL.exec(text);
  if (!match) {
    throw new Error(`not a decimal: ${text}`);
  }
  return BigInt(match[1] + (match[2] ?? '').padEnd(scale, '0'));
}

function toText(value: bigint, scale: number): string {
  const digits = value.toString().padStart(scale + 1, '0');
  return scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
}

/** The sum, with as many decimals as the most precise term. */
export function sum(amounts: readonly string[]): string {
  const scale = Math.max(0, ...amounts.map(scaleOf));
  return toText(amounts.reduce((total, amount) => total + units(amount, scale), 0n), scale);
}

const SIGNED = /^(-?)(\d+)(?:\.(\d+))?$/;

function signedUnits(text: string, scale: number): bigint {
  const match = SIGNED.exec(text);
  if (!match) {
    throw new Error(`not a decimal: ${text}`);
  }
  const value = BigInt(match[2] + (match[3] ?? '').padEnd(scale, '0'));
  return match[1] ? -value : value;
}

function signedScale(text: string): number {
  return SIGNED.exec(text)?.[3]?.length ?? 0;
}

/**
 * a + b for amounts that may be negative ("-3.50"), as a running balance in the order of days can be; the
 * result has as many decimals as the more precise term.
 */
export function plus(a: string, b: string): string {
  const scale = Math.max(signedScale(a), signedScale(b));
  const total = signedUnits(a, scale) + signedUnits(b, scale);
  return total < 0n ? `-${toText(-total, scale)}` : toText(total, scale);
}

/** The amount with a minus sign when it takes money out of the account. */
export function negate(amount: string): string {
  return amount.startsWith('-') ? amount.slice(1) : `-${amount}`;
}

/** Negative, zero or positive as a is less than, equal to or greater than b. */
export function compare(a: string, b: string): number {
  const scale = Math.max(scaleOf(a), scaleOf(b));
  const difference = units(a, scale) - units(b, scale);
  return difference < 0n ? -1 : difference > 0n ? 1 : 0;
}

export function isZero(amount: string): boolean {
  return compare(amount, '0') === 0;
}
