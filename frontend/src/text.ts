/**
 * Text in the form the server searches it (see the server's SearchText): NFKC, then each character as the
 * lower case of its upper case, so that "STRASSE" finds "Straße" and "É" finds "é" in any script.
 */
export function fold(text: string): string {
  let folded = '';
  for (const char of text.normalize('NFKC')) {
    const lower = char.toUpperCase().toLowerCase();
    // "İ" lower-cases to "i" with a combining dot in JavaScript, to a plain "i" in Java
    folded += lower === 'i\u0307' ? 'i' : lower;
  }
  return folded;
}

/** Whether a text contains another, as the server's search judges it. */
export function containsFolded(text: string | null | undefined, wanted: string): boolean {
  return !!text && fold(text).includes(fold(wanted));
}
