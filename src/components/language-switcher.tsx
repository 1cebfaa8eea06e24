import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { rememberLanguage } from '../config/language-preference';
import { languageTags, otherLanguage } from '../config/languages';
import { useLanguage } from '../i18n/use-language';
import { pathInLanguage } from '../config/paths';
import { useHydrated } from './use-hydrated';

/** A link to the same page in the other language, named in that language; it remembers the choice. */
export function LanguageSwitcher() {
  const language = useLanguage();
  const { t } = useTranslation();
  const { pathname, search, hash } = useLocation();
  // The query string (the timeline's view) is not known when the page is prerendered.
  const keep = useHydrated() ? search + hash : '';
  const target = otherLanguage(language);
  return (
    <Link
      className="language-switcher"
      to={pathInLanguage(pathname, target) + keep}
      lang={languageTags[target]}
      hrefLang={languageTags[target]}
      title={t('languageSwitcher.description')}
      onClick={() => rememberLanguage(target)}
    >
      {t('languageSwitcher.label')}
    </Link>
  );
}
