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

/** Negative, zero or positive as a is less than, equal to or greater than b. */
export function compare(a: string, b: string): number {
  const scale = Math.max(scaleOf(a), scaleOf(b));
  const difference = units(a, scale) - units(b, scale);
  return difference < 0n ? -1 : difference > 0n ? 1 : 0;
}

export function isZero(amount: string): boolean {
  return compare(amount, '0') === 0;
}
