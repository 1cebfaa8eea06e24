import { describe, expect, it } from 'vitest';
import { languages } from './languages';
import { pathInLanguage, paths, resumeEntryAnchor } from './paths';

// The site's languages: a path is in one of them only if the content has a résumé in it.
const [first, ...rest] = languages;
const last = rest.at(-1) ?? first!;

describe('pathInLanguage', () => {
  it('swaps the language segment and keeps the rest of the path', () => {
    expect(pathInLanguage(paths.project(first!, 'a-project'), last)).toBe(
      `/${last}/projects/a-project/`,
    );
    expect(pathInLanguage(`/${last}/`, first!)).toBe(`/${first}/`);
  });

  it('sends a path without a site language to that language’s home page', () => {
    expect(pathInLanguage('/xx/about', first!)).toBe(`/${first}/`);
  });
});

describe('paths.resumePdf', () => {
  it('names the file after the person, so that a saved copy says whose it is', () => {
    expect(paths.resumePdf('en', 'Linwei Zhang')).toBe('/linwei-zhang-resume-en.pdf');
    expect(paths.resumePdf('zh', "  Ann-Marie O'Neil ")).toBe('/ann-marie-o-neil-resume-zh.pdf');
  });

  it('still gives a file name when the name has no Latin letters', () => {
    expect(paths.resumePdf('zh', '张林伟')).toBe('/resume-zh.pdf');
  });
});

describe('paths.resumeEntry', () => {
  it('links to an entry of the résumé by its section and id', () => {
    expect(paths.resumeEntry('en', 'award', 'best-paper')).toBe('/en/resume/#award-best-paper');
    expect(resumeEntryAnchor('volunteer', 'food-bank')).toBe('volunteer-food-bank');
  });
});
