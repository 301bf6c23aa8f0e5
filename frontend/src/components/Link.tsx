import type { ComponentChildren } from 'preact';
import { useNavigate } from '../navigation';

interface LinkProps {
  href: string;
  class?: string;
  /** Marks the link to the page being shown. */
  current?: boolean;
  children: ComponentChildren;
}

type Click = Pick<MouseEvent, 'button' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey' | 'defaultPrevented'>;

/** Opening in a new tab or window, or saving the target, is left to the browser. */
export function isPlainLeftClick(click: Click): boolean {
  return click.button === 0 && !click.ctrlKey && !click.metaKey && !click.shiftKey && !click.altKey
      && !click.defaultPrevented;
}

/** A link to a page of the app: a plain left click moves there in place, any other click acts natively. */
export function Link({ href, class: className, current, children }: LinkProps) {
  const navigate = useNavigate();

  function follow(event: MouseEvent) {
    if (isPlainLeftClick(event)) {
      event.preventDefault();
      navigate(href);
    }
  }

  return <a href={href} class={className} aria-current={current ? 'page' : undefined} onClick={follow}>{children}</a>;
}
