import { describe, expect, it } from 'vitest';
import { originalLanguage } from '../config/languages';
import { resumeIn } from '../test/resumes';
import { languageRouteId } from './language-loader';
import { hydrationData, prerenderedLanguage, prerenderedState } from './prerendered-state';

const language = originalLanguage;
const resume = resumeIn(language);
const routerData = {
  loaderData: {
    [languageRouteId]: {
      language,
      resume,
      unknownLanguage: false,
      now: '2026-11-24T00:00:00Z',
    },
    ...(resume.projects[0] && { 'project-page': { project: resume.projects[0] } }),
  },
  actionData: null,
};

describe('the state a prerendered page carries for hydration', () => {
  it('leaves the résumé out of the page, and hydrates with it put back', () => {
    const state = prerenderedState(`/${language}/`, routerData);
    expect(JSON.stringify(state)).not.toContain(JSON.stringify(resume.basics));
    expect(prerenderedLanguage(state)).toEqual({
      language,
      unknownLanguage: false,
      now: '2026-11-24T00:00:00Z',
    });
    expect(hydrationData(state, resume)).toEqual(routerData);
  });
});
