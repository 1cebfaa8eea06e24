// @vitest-environment jsdom
import { languageName } from '../../config/languages';
import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { interfaceString } from '../../test/interface-string';
import { renderRoute } from '../../test/render-route';
import { resumes } from '../../test/resumes';

const { id } = resumes.en.projects[0]!;

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
    await renderRoute(`/en/projects/${id}`);
    expect(screen.getByRole('alert')).toHaveTextContent('the project could not be drawn');
    expect(
      screen.getByRole('heading', { level: 1, name: interfaceString('en', 'error.heading') }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: interfaceString('en', 'error.backHome') }),
    ).toHaveAttribute('href', '/en/');
    expect(screen.getByRole('link', { name: languageName('zh') })).toHaveAttribute(
      'href',
      `/zh/projects/${id}`,
    );
    expect(document.title).toBe(
      `${interfaceString('en', 'error.title')} · ${resumes.en.basics.name}`,
    );
  });

  it('says so in Chinese on a Chinese page', async () => {
    await renderRoute(`/zh/projects/${id}`);
    expect(
      screen.getByRole('heading', { level: 1, name: interfaceString('zh', 'error.heading') }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: interfaceString('zh', 'error.backHome') }),
    ).toHaveAttribute('href', '/zh/');
  });
});
