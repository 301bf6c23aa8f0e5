import { useEffect, useRef } from 'preact/hooks';

/** A heading (with tabIndex -1) that takes the focus when it appears, so the next step is announced and reachable. */
export function useFocusOnMount<T extends HTMLElement>() {
  const element = useRef<T>(null);
  useEffect(() => {
    element.current?.focus();
  }, []);
  return element;
}
