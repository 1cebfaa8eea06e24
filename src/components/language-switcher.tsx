import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { rememberLanguage } from '../config/language-preference';
import { otherLanguages } from '../config/languages';
import { languageName } from '../i18n/language-facts';
import { useLanguage } from '../i18n/use-language';
import { pathInLanguage } from '../config/paths';
import { useHydrated } from './use-hydrated';

/**
 * A link to the same page in each other language, named in that language; it remembers the choice.
 * A site in one language has none.
 */
export function LanguageSwitcher() {
  const language = useLanguage();
  const { t } = useTranslation();
  const { pathname, search, hash } = useLocation();
  // The query string (the timeline's view) is not known when the page is prerendered.
  const keep = useHydrated() ? search + hash : '';
  return otherLanguages(language).map((target) => (
    <Link
      key={target}
      className="language-switcher"
      to={pathInLanguage(pathname, target) + keep}
      lang={target}
      hrefLang={target}
      title={t('languageSwitcher.description', { language: languageName(target, language) })}
      onClick={() => rememberLanguage(target)}
    >
      {languageName(target)}
    </Link>
  ));
}
