/** Each language's résumé and interface strings, loaded on demand, and its date patterns (site-languages-plugin.ts). */
declare module 'virtual:site-content' {
  export const resumeLoaders: Record<string, () => Promise<{ default: import('./schema').Resume }>>;
  export const localeLoaders: Record<string, () => Promise<{ default: Record<string, unknown> }>>;
  export const datePatterns: Record<string, import('../i18n/date-patterns').DatePatterns>;
}
