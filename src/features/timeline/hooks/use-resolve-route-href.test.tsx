// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, useHref } from 'react-router';
import { describe, expect, it } from 'vitest';
import { useResolveRouteHref } from './use-resolve-route-href';

function inRouter(basename: string | undefined) {
  return ({ children }: { children: ReactNode }) => (
    <MemoryRouter basename={basename} initialEntries={[`${basename ?? ''}/en/`]}>
      {children}
    </MemoryRouter>
  );
}

describe('useResolveRouteHref', () => {
  for (const basename of [undefined, '/portfolio', '/portfolio/']) {
    it(`gives the href useHref gives, with basename ${basename ?? 'none'}`, () => {
      const { result } = renderHook(
        () => ({
          resolve: useResolveRouteHref(),
          expected: [useHref('/en/'), useHref('/en/projects/mrcp-rust-rewrite/'), useHref('/zh/')],
        }),
        { wrapper: inRouter(basename) },
      );
      const { resolve, expected } = result.current;
      expect([
        resolve('/en/'),
        resolve('/en/projects/mrcp-rust-rewrite/'),
        resolve('/zh/'),
      ]).toEqual(expected);
    });
  }
});
