import { readdirSync } from 'node:fs';
import { originalLanguage as configuredOriginal } from '../config/original-language.ts';

/** The site's languages, read off the résumé files in the content folder. */
export interface ContentLanguages {
  /** The tags of the `resume.<tag>.json` files: the original first, then the rest alphabetically. */
  languages: string[];
  /** The language the others translate (src/config/original-language.ts, or the rule below). */
  original: string;
  /** Set when the configured original has no file: one line saying which language is used. */
  notice?: string;
}

const resumeFile = /^resume\.(.+)\.json$/;

/** The résumé file of a language: `resume.en.json`. */
export const resumeFileName = (language: string) => `resume.${language}.json`;

/**
 * Finds the languages of the résumés in `contentDir`. A file name's tag must be a BCP 47 language
 * tag as written canonically (`en`, `zh`, `pt-BR`), because it becomes the URL's first segment and
 * the pages' `lang`. Throws, naming the file and the fix, when there is no résumé or a tag is wrong.
 */
export function readContentLanguages(
  contentDir: string,
  wantedOriginal: string = configuredOriginal,
): ContentLanguages {
  const files = readdirSync(contentDir).filter((name) => name.endsWith('.json'));
  if (files.includes('resume.json')) {
    throw new Error(
      `${contentDir}/resume.json: name the file after its language, e.g. resume.en.json (see README, "Make it yours")`,
    );
  }
  const tags = files.flatMap((name) => resumeFile.exec(name)?.slice(1) ?? []).sort();
  for (const tag of tags) {
    const canonical = canonicalTag(tag);
    if (canonical !== tag) {
      throw new Error(
        `${contentDir}/${resumeFileName(tag)}: "${tag}" is not a BCP 47 language tag as written canonically${canonical ? ` (rename the file ${resumeFileName(canonical)})` : ' (e.g. en, zh, pt-BR)'}`,
      );
    }
  }
  const [first] = tags;
  if (first === undefined) {
    throw new Error(
      `${contentDir}: no résumé found; add one JSON Resume file per language, named resume.<language>.json (e.g. resume.en.json)`,
    );
  }
  const original = tags.includes(wantedOriginal) ? wantedOriginal : first;
  return {
    languages: [original, ...tags.filter((tag) => tag !== original)],
    original,
    notice:
      original === wantedOriginal
        ? undefined
        : `src/config/original-language.ts names "${wantedOriginal}", but there is no ${resumeFileName(wantedOriginal)}: using "${original}" (the first by tag) as the original language.`,
  };
}

function canonicalTag(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}
