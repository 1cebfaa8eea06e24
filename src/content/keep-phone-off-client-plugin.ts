import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { withoutPhone } from './without-phone.ts';

const defaultContentDir = fileURLToPath(new URL('./', import.meta.url));

/**
 * Removes the phone number from the résumé JSON modules of the browser build. The server build (the
 * prerenderer) keeps it, so the résumé pages' HTML and their PDFs have it and no script does.
 */
export function keepPhoneOffClientPlugin({ contentDir = defaultContentDir } = {}): Plugin {
  const resumeFile = new RegExp(
    `^${escapeRegExp(resolve(contentDir))}[\\\\/]resume\\.[a-z]+\\.json$`,
  );
  return {
    name: 'keep-phone-off-client',
    enforce: 'pre',
    apply: 'build',
    transform(code, id) {
      if (this.environment.config.consumer !== 'client' || !resumeFile.test(id)) return;
      return { code: JSON.stringify(withoutPhone(JSON.parse(code))), map: null };
    },
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
