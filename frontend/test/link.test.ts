import { describe, expect, it } from 'vitest';
import { isPlainLeftClick } from '../src/components/Link';

const plain = { button: 0, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, defaultPrevented: false };

describe('isPlainLeftClick', () => {
  it('takes over a plain left click', () => {
    expect(isPlainLeftClick(plain)).toBe(true);
  });

  it('leaves clicks that open a new tab, a new window or a download to the browser', () => {
    expect(isPlainLeftClick({ ...plain, ctrlKey: true })).toBe(false);
    expect(isPlainLeftClick({ ...plain, metaKey: true })).toBe(false);
    expect(isPlainLeftClick({ ...plain, shiftKey: true })).toBe(false);
    expect(isPlainLeftClick({ ...plain, altKey: true })).toBe(false);
    expect(isPlainLeftClick({ ...plain, button: 1 })).toBe(false);
  });

  it('leaves a click that a handler already took care of', () => {
    expect(isPlainLeftClick({ ...plain, defaultPrevented: true })).toBe(false);
  });
});
