// @vitest-environment jsdom
import { languages, originalLanguage, otherLanguages } from '../../config/languages';
import { languageName } from '../../i18n/language-facts';
import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { interfaceString } from '../../test/interface-string';
import { renderRoute } from '../../test/render-route';
import { resumeIn } from '../../test/resumes';

const language = originalLanguage;
const resume = resumeIn(language);
// A project's page, whose component is made to fail; an unknown id is a not-found page instead.
const id = resume.projects[0]?.id;

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

  it.skipIf(id === undefined)(
    'shows a localized message with a way home, inside the site’s frame',
    async () => {
      await renderRoute(`/${language}/projects/${id}`);
      expect(screen.getByRole('alert')).toHaveTextContent('the project could not be drawn');
      expect(
        screen.getByRole('heading', { level: 1, name: interfaceString(language, 'error.heading') }),
      ).toBeInTheDocument();
      expect(
        screen.getByRole('link', { name: interfaceString(language, 'error.backHome') }),
      ).toHaveAttribute('href', `/${language}/`);
      expect(document.title).toBe(
        `${interfaceString(language, 'error.title')} · ${resume.basics.name}`,
      );
    },
  );

  it.skipIf(languages.length < 2 || id === undefined)(
    'offers the same page in another language',
    async () => {
      const other = otherLanguages(language)[0]!;
      await renderRoute(`/${language}/projects/${id}`);
      expect(screen.getByRole('link', { name: languageName(other) })).toHaveAttribute(
        'href',
        `/${other}/projects/${id}`,
      );
    },
  );

  it.skipIf(id === undefined).each(languages)(
    'says so in the page’s language (%s)',
    async (language) => {
      await renderRoute(`/${language}/projects/${id}`);
      expect(
        screen.getByRole('heading', { level: 1, name: interfaceString(language, 'error.heading') }),
      ).toBeInTheDocument();
      expect(
        screen.getByRole('link', { name: interfaceString(language, 'error.backHome') }),
      ).toHaveAttribute('href', `/${language}/`);
    },
  );
});
