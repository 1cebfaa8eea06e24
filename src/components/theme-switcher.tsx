import { useTranslation } from 'react-i18next';
import { themeChoices, type ThemeChoice } from '../config/theme-preference';
import { useHydrated } from './use-hydrated';
import { useThemeChoice } from './use-theme-choice';

/**
 * The colour theme: the system's, light or dark. Unavailable until the page has hydrated, as the
 * timeline's zoom buttons are; a remembered choice already shows before then.
 */
export function ThemeSwitcher() {
  const { t } = useTranslation();
  const [choice, choose] = useThemeChoice();
  const hydrated = useHydrated();
  return (
    <label className="theme-switcher">
      <span className="visually-hidden">{t('theme.label')}</span>
      <select
        value={hydrated ? choice : 'system'}
        disabled={!hydrated}
        onChange={(event) => choose(event.target.value as ThemeChoice)}
      >
        {themeChoices.map((option) => (
          <option key={option} value={option}>
            {t(`theme.${option}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
