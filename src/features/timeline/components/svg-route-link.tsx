import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { useHref, useNavigate } from 'react-router';

// JSX types every `<a>` as HTML; inside an `<svg>` React creates an SVG `<a>`, with the same attributes.
interface SvgRouteLinkProps extends Omit<
  AnchorHTMLAttributes<HTMLAnchorElement>,
  'href' | 'onClick'
> {
  to: string;
  state?: unknown;
  label: string;
  /** Runs before the navigation, e.g. to note where the visitor left the timeline. */
  onNavigate?: () => void;
  'data-id'?: string;
}

/**
 * An SVG `<a>` that navigates inside the app like react-router's Link: a real link (it works without
 * JavaScript, and opens in a new tab with a modifier key) that a plain click routes client-side.
 */
export function SvgRouteLink({
  to,
  state,
  label,
  onNavigate,
  children,
  ...rest
}: SvgRouteLinkProps) {
  const href = useHref(to);
  const navigate = useNavigate();
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.altKey || event.ctrlKey || event.shiftKey)
      return;
    event.preventDefault();
    onNavigate?.();
    void navigate(to, { state });
  };
  return (
    <a href={href} aria-label={label} onClick={handleClick} {...rest}>
      {children}
    </a>
  );
}
