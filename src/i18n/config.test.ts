import { describe, expect, it } from 'vitest';
import { languages, type Language } from '../config/languages';
import { interfaceString } from '../test/interface-string';
import { i18nFor, loadLanguageStrings } from './config';

describe('the interface strings', () => {
  it.skipIf(languages.length < 2)(
    'translate each language with its own instance, which loading another never switches',
    async () => {
      const [first, second] = languages as [Language, Language];
      const zoomIn = (language: Language) => interfaceString(language, 'timeline.zoomIn');
      await loadLanguageStrings(first);
      expect(i18nFor(first).t('timeline.zoomIn')).toBe(zoomIn(first));

      await loadLanguageStrings(second);
      expect(i18nFor(second).t('timeline.zoomIn')).toBe(zoomIn(second));
      expect(i18nFor(first).t('timeline.zoomIn')).toBe(zoomIn(first));
      expect(i18nFor(first).language).toBe(first);
    },
  );

  it.each(languages)('translate %s with the strings of its locale file', async (language) => {
    await loadLanguageStrings(language);
    expect(i18nFor(language).t('timeline.zoomIn')).toBe(
      interfaceString(language, 'timeline.zoomIn'),
    );
    expect(i18nFor(language).language).toBe(language);
  });
});
