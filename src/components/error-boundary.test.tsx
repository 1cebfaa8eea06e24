// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from './error-boundary';

function Page({ name, fails }: { name: string; fails: boolean }) {
  if (fails) throw new Error(`${name} could not be drawn`);
  return <h1>{name}</h1>;
}

const showing = (name: string, fails: boolean) => (
  <ErrorBoundary resetKey={name} fallback={(error) => <p role="alert">{String(error)}</p>}>
    <Page name={name} fails={fails} />
  </ErrorBoundary>
);

describe('ErrorBoundary', () => {
  // React reports the caught error on the console; the test expects it.
  const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
  afterEach(() => consoleError.mockClear());

  it('shows what failed in place of the page, and the next page once the key changes', () => {
    const { rerender } = render(showing('first', true));
    expect(screen.getByRole('alert')).toHaveTextContent('first could not be drawn');
    rerender(showing('first', false));
    expect(screen.getByRole('alert')).toHaveTextContent('first could not be drawn');
    rerender(showing('second', false));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('heading', { name: 'second' })).toBeInTheDocument();
  });

  it('shows the next page’s own failure, not the last one’s', () => {
    const { rerender } = render(showing('first', true));
    rerender(showing('second', true));
    expect(screen.getByRole('alert')).toHaveTextContent('second could not be drawn');
  });
});
