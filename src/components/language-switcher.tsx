import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { loadLanguage } from '../i18n/load-language';
import { rememberLanguage } from '../config/language-preference';
import { otherLanguages } from '../config/languages';
import { languageName } from '../i18n/language-facts';
import { useLanguage } from '../i18n/use-language';
import { pathInLanguage } from '../config/paths';
import { isPlainClick } from './is-plain-click';
import { useHydrated } from './use-hydrated';

/**
 * A link to the same page in each other language, named in that language; it remembers the choice.
 * A site in one language has none.
 *
 * The page on screen stays, and keeps working, until the other language's strings and résumé have
 * loaded; then the address changes and the page is shown in that language. With `reloadDocument`
 * (a page that only its own document can show), the link loads the other page from the server.
 */
export function LanguageSwitcher({ reloadDocument = false }: { reloadDocument?: boolean }) {
  const language = useLanguage();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname, search, hash } = useLocation();
  // The query string (the timeline's view) is not known when the page is prerendered.
  const keep = useHydrated() ? search + hash : '';
  // The language on its way, whose link says so (aria-busy) until the page changes.
  const [loading, setLoading] = useState<string | null>(null);
  const switchTo = (target: string) => {
    setLoading(target);
    const go = () => {
      setLoading(null);
      // The view as it is when the page changes: the timeline may have moved while loading.
      const { search, hash } = window.location;
      void navigate(pathInLanguage(pathname, target) + search + hash);
    };
    loadLanguage(target).then(go, go);
  };
  return otherLanguages(language).map((target) => (
    <Link
      key={target}
      className="language-switcher"
      to={pathInLanguage(pathname, target) + keep}
      lang={target}
      hrefLang={target}
      title={t('languageSwitcher.description', { language: languageName(target, language) })}
      aria-busy={loading === target || undefined}
      reloadDocument={reloadDocument}
      onClick={(event) => {
        rememberLanguage(target);
        if (reloadDocument || !isPlainClick(event)) return;
        event.preventDefault();
        switchTo(target);
      }}
    >
      {languageName(target)}
    </Link>
  ));
}
