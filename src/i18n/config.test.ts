import { describe, expect, it } from 'vitest';
import { i18nFor, loadLanguageStrings } from './config';

describe('the interface strings', () => {
  it('translate each language with its own instance, which loading the other never switches', async () => {
    await loadLanguageStrings('zh');
    expect(i18nFor('zh').t('timeline.zoomIn')).toBe('放大');

    await loadLanguageStrings('en');
    expect(i18nFor('en').t('timeline.zoomIn')).toBe('Zoom in');
    expect(i18nFor('zh').t('timeline.zoomIn')).toBe('放大');
    expect(i18nFor('zh').language).toBe('zh');
  });
});
