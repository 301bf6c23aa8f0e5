import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../i18n';

let focusPending = false;

/** After the app moves to another address, the next page heading to appear takes the focus. */
export function focusNextHeading(): void {
  focusPending = true;
}

/**
 * The h1 of a screen. It names the tab ("Main · Ledger") and, after a navigation, takes the keyboard focus,
 * so that a screen reader announces the new screen and Tab continues from its top.
 */
export function PageHeading({ title, children }: { title: string; children?: ComponentChildren }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`;
  }, [title]);
  useEffect(() => {
    if (focusPending) {
      focusPending = false;
      heading.current?.focus({ preventScroll: true });
    }
  }, []);
  return <h1 ref={heading} tabIndex={-1}>{children ?? title}</h1>;
}
