import { originalLanguage, type Language } from '../config/languages';
import { normalizeResume } from '../content/normalize-resume';
import { resumeSchema, type Resume } from '../content/schema';

const files = import.meta.glob<unknown>('../content/resume.*.json', {
  eager: true,
  import: 'default',
});

/**
 * Every résumé of the content (`src/content/resume.<tag>.json`) as the build parses them, keyed by
 * language tag: typed by the schema, not by a cast.
 */
const documents = Object.fromEntries(
  Object.entries(files).flatMap(([path, document]) => {
    const language = /resume\.([^/]+)\.json$/.exec(path)?.[1];
    return language ? [[language, resumeSchema.parse(document)]] : [];
  }),
);

export const resumes: Readonly<Record<Language, Resume>> = Object.fromEntries(
  Object.entries(documents).map(([language, document]) => [
    language,
    // A translation shares the original's ids (normalize-resume.ts).
    normalizeResume(
      document,
      language === originalLanguage ? undefined : documents[originalLanguage],
    ),
  ]),
);

/** The content's résumé in `language`; throws when the content has none in it. */
export function resumeIn(language: Language): Resume {
  const resume = resumes[language];
  if (!resume) throw new Error(`the content has no résumé in "${language}" (src/content/)`);
  return resume;
}
