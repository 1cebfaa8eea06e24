import 'i18next';
import type en from './locales/en.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    // English has every plural form, so it is the source of the key type; a key missing from the
    // Chinese file is caught by locales.test.ts.
    resources: { translation: typeof en };
  }
}
