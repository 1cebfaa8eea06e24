import { describe, expect, it } from 'vitest';
import { resumes } from '../test/resumes';
import { languageRouteId } from './language-loader';
import { hydrationData, prerenderedLanguage, prerenderedState } from './prerendered-state';

const resume = resumes.en;
const routerData = {
  loaderData: {
    [languageRouteId]: {
      language: 'en',
      resume,
      unknownLanguage: false,
      now: '2026-11-24T00:00:00Z',
    },
    'project-page': { project: resume.projects[0] },
  },
  actionData: null,
};

describe('the state a prerendered page carries for hydration', () => {
  it('leaves the résumé out of the page, and hydrates with it put back', () => {
    const state = prerenderedState('/en/', routerData);
    expect(JSON.stringify(state)).not.toContain(resume.work[0]!.summary);
    expect(prerenderedLanguage(state)).toEqual({
      language: 'en',
      unknownLanguage: false,
      now: '2026-11-24T00:00:00Z',
    });
    expect(hydrationData(state, resume)).toEqual(routerData);
  });
});
