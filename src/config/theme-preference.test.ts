// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { themeScript } from '../app/theme-script';
import { applyTheme, readRememberedTheme, rememberTheme, themeColors } from './theme-preference';

/** A head with the two theme-color metas every page has, one per system scheme. */
function resetHead() {
  document.documentElement.removeAttribute('data-theme');
  document.head.innerHTML = `
    <meta name="theme-color" media="(prefers-color-scheme: light)" content="${themeColors.light}">
    <meta name="theme-color" media="(prefers-color-scheme: dark)" content="${themeColors.dark}">`;
}

function shownTheme() {
  return {
    theme: document.documentElement.dataset.theme ?? null,
    colours: [...document.querySelectorAll('meta[name="theme-color"]')].map((meta) =>
      meta.getAttribute('content'),
    ),
  };
}

const runHeadScript = () => {
  new Function(themeScript)();
};

afterEach(() => {
  localStorage.clear();
  resetHead();
});

describe('theme preference', () => {
  it('remembers light and dark, and forgets the choice for system', () => {
    expect(readRememberedTheme()).toBe('system');
    rememberTheme('dark');
    expect(readRememberedTheme()).toBe('dark');
    rememberTheme('system');
    expect(localStorage.getItem('theme')).toBeNull();
    expect(readRememberedTheme()).toBe('system');
  });

  it('reads anything else in storage as system', () => {
    localStorage.setItem('theme', 'sepia');
    expect(readRememberedTheme()).toBe('system');
  });

  it('shows a chosen theme in data-theme and in every theme-color', () => {
    resetHead();
    applyTheme('dark');
    expect(shownTheme()).toEqual({ theme: 'dark', colours: [themeColors.dark, themeColors.dark] });
    applyTheme('system');
    expect(shownTheme()).toEqual({ theme: null, colours: [themeColors.light, themeColors.dark] });
  });

  for (const choice of ['light', 'dark', 'system'] as const) {
    it(`the head's script shows a remembered ${choice} choice as applyTheme does`, () => {
      resetHead();
      rememberTheme(choice);
      runHeadScript();
      const fromScript = shownTheme();
      resetHead();
      applyTheme(choice);
      expect(fromScript).toEqual(shownTheme());
    });
  }

  it('the head’s script ignores an unknown stored value', () => {
    resetHead();
    localStorage.setItem('theme', 'constructor');
    runHeadScript();
    expect(shownTheme()).toEqual({ theme: null, colours: [themeColors.light, themeColors.dark] });
  });
});
