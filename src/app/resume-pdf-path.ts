import { languages, type Language } from '../config/languages';
import { paths } from '../config/paths';
import { nameInLatinLetters } from '../content/latin-name';
import { loadResume } from '../content/load-resume';

/** Where the build puts a language's résumé PDF, named after the person in Latin letters. */
export async function resumePdfPath(language: Language): Promise<string> {
  const resumes = await Promise.all(languages.map(loadResume));
  return paths.resumePdf(language, nameInLatinLetters(resumes));
}
