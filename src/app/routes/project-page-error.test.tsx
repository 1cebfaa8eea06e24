// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderRoute } from '../../test/render-route';

// The project page's component fails while rendering, as a bug in it would.
vi.mock('./project-page', () => ({
  ProjectPage: () => {
    throw new Error('the project could not be drawn');
  },
}));

describe('a detail page that fails while rendering', () => {
  // React reports the caught error on the console; the test expects it.
  const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
  afterEach(() => consoleError.mockClear());

  it('shows a localized message with a way home, inside the site’s frame', async () => {
    await renderRoute('/en/projects/mrcp-rust-rewrite');
    expect(screen.getByRole('alert')).toHaveTextContent('the project could not be drawn');
    expect(
      screen.getByRole('heading', { level: 1, name: 'This page could not be shown' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the home page' })).toHaveAttribute(
      'href',
      '/en/',
    );
    expect(screen.getByRole('link', { name: '中文' })).toHaveAttribute(
      'href',
      '/zh/projects/mrcp-rust-rewrite',
    );
    expect(document.title).toBe('Something went wrong · Linwei Zhang');
  });

  it('says so in Chinese on a Chinese page', async () => {
    await renderRoute('/zh/projects/mrcp-rust-rewrite');
    expect(
      screen.getByRole('heading', { level: 1, name: '这个页面没能显示出来' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '返回首页' })).toHaveAttribute('href', '/zh/');
  });
});
