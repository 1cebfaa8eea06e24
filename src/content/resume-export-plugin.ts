import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { toJsonResume } from './to-json-resume.ts';
import type { Language } from '../config/languages.ts';
import { readContentLanguages, resumeFileName } from './content-languages.ts';

const defaultContentDir = fileURLToPath(new URL('./', import.meta.url));

/** The export's file name, at the site's root: `resume.zh.json`, `resume.en.json`. */
export const exportFileName = (language: Language) => `resume.${language}.json`;

/**
 * Publishes each language's résumé as a JSON Resume file (see toJsonResume): written into the client
 * build, and served by the development server at the same URL.
 */
export function resumeExportPlugin({
  siteUrl,
  contentDir = defaultContentDir,
}: {
  /** The published site's URL, ending in `/`, for the documents' links to themselves and each other. */
  siteUrl: string;
  contentDir?: string;
}): Plugin {
  const url = (language: Language) => new URL(exportFileName(language), siteUrl).href;
  const languages = () => readContentLanguages(contentDir).languages;
  const exported = (language: Language) => {
    const resume = JSON.parse(readFileSync(join(contentDir, resumeFileName(language)), 'utf8'));
    const document = toJsonResume(resume, {
      self: { language, url: url(language) },
      others: languages()
        .filter((other) => other !== language)
        .map((other) => ({ language: other, url: url(other) })),
    });
    return `${JSON.stringify(document, null, 2)}\n`;
  };

  return {
    name: 'resume-export',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = request.url?.split('?')[0] ?? '';
        const language = languages().find(
          (candidate) => path === `${server.config.base}${exportFileName(candidate)}`,
        );
        if (!language) return next();
        response.setHeader('Content-Type', 'application/json');
        response.end(exported(language));
      });
    },
    generateBundle() {
      if (this.environment.config.consumer !== 'client') return;
      for (const language of languages()) {
        this.emitFile({
          type: 'asset',
          fileName: exportFileName(language),
          source: exported(language),
        });
      }
    },
  };
}
