import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { rememberLanguage } from '../config/language-preference';
import { languageTags, otherLanguage, type Language } from '../config/languages';
import { pathInLanguage } from '../config/paths';

/** A link to the same page in the other language, named in that language; it remembers the choice. */
export function LanguageSwitcher({ language }: { language: Language }) {
  const { t } = useTranslation();
  const { pathname, search, hash } = useLocation();
  const target = otherLanguage(language);
  return (
    <Link
      className="language-switcher"
      to={pathInLanguage(pathname, target) + search + hash}
      lang={languageTags[target]}
      hrefLang={languageTags[target]}
      title={t('languageSwitcher.description')}
      onClick={() => rememberLanguage(target)}
    >
      {t('languageSwitcher.label')}
    </Link>
  );
}
