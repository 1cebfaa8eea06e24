import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import type { Language } from '../config/languages.ts';
import { readContentLanguages, resumeFileName } from './content-languages.ts';
import { formatProblem, validateResumes, type ContentProblem } from './validate-resume.ts';

const defaultContentDir = fileURLToPath(new URL('./', import.meta.url));

/** Reads every résumé file and returns every problem with them, JSON syntax errors included. */
export function checkResumeFiles(contentDir = defaultContentDir): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const documents: Record<Language, unknown> = {};
  const { languages, original } = readContentLanguages(contentDir);
  for (const language of languages) {
    const file = resumeFileName(language);
    try {
      documents[language] = JSON.parse(readFileSync(join(contentDir, file), 'utf8'));
    } catch (error) {
      problems.push({
        file,
        path: '(document)',
        message: `expected valid JSON, got ${String(error)}`,
      });
    }
  }
  if (problems.length > 0) return problems;
  return validateResumes(documents, original);
}

export function describeProblems(problems: ContentProblem[]): string {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return [
    `The résumé content in src/content/ has ${count}:`,
    ...problems.map((problem) => `  - ${formatProblem(problem)}`),
    'Fix these in the JSON files; the schema is src/content/schema.ts.',
  ].join('\n');
}

/** The house-style advice on valid content (see ContentProblem.houseStyle), as the build prints it. */
export function describeStyleAdvice(advice: ContentProblem[]): string {
  return [
    `The résumé content in src/content/ breaks the house style in ${advice.length === 1 ? '1 place' : `${advice.length} places`} (the build goes on):`,
    ...advice.map((problem) => `  - ${formatProblem(problem)}`),
  ].join('\n');
}

/**
 * Fails the build, and shows the dev server's error overlay, while the résumé content is invalid;
 * prints the house-style advice on content that is valid.
 */
export function validateResumePlugin({ contentDir = defaultContentDir } = {}): Plugin {
  const check = () => {
    const found = checkResumeFiles(contentDir);
    return {
      problems: found.filter((problem) => !problem.houseStyle),
      advice: found.filter((problem) => problem.houseStyle),
    };
  };
  return {
    name: 'validate-resume',
    buildStart() {
      const { problems, advice } = check();
      if (problems.length > 0) this.error(describeProblems(problems));
      if (advice.length > 0) this.warn(describeStyleAdvice(advice));
    },
    handleHotUpdate({ file, server }) {
      if (!file.startsWith(contentDir) || !file.endsWith('.json')) return;
      const { problems } = check();
      if (problems.length > 0) {
        const message = describeProblems(problems);
        server.config.logger.error(message);
        server.ws.send({ type: 'error', err: { message, stack: '' } });
        return [];
      }
    },
  };
}
