import { useEffect } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, ScrollRestoration } from 'react-router';
import { LanguageSwitcher } from '../components/language-switcher';
import { ThemeSwitcher } from '../components/theme-switcher';
import { useHydrated } from '../components/use-hydrated';
import { paths } from '../config/paths';
import { i18nFor } from '../i18n/config';
import { useLanguage } from '../i18n/use-language';
import { NotFoundPage } from './routes/not-found-page';
import { useLanguageData } from './use-language-data';

/**
 * Every page, translated into the language of the route's data (not of a switch still loading): the
 * one place that reads the language from the route; everything inside asks useLanguage().
 */
export function SiteLayout() {
  const { language } = useLanguageData();
  return (
    <I18nextProvider i18n={i18nFor(language)}>
      <SiteFrame />
    </I18nextProvider>
  );
}

/** The frame of every page: skip link, header with the theme and language switchers, and the page. */
function SiteFrame() {
  const { t } = useTranslation();
  const { resume, unknownLanguage } = useLanguageData();
  const language = useLanguage();
  // Only in the browser: on a prerendered page it would be an inline script, which the CSP forbids.
  const hydrated = useHydrated();

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('site.skipToContent')}
      </a>
      <header className="site-header">
        <nav className="site-header__inner" aria-label={t('site.primaryNavigation')}>
          <Link className="site-header__name" to={paths.home(language)}>
            {resume.basics.name}
          </Link>
          {/* A document load: the résumé page's phone number is only in its prerendered HTML. */}
          <NavLink className="site-header__link" to={paths.resume(language)} reloadDocument>
            {t('resume.link')}
          </NavLink>
          <div className="site-header__controls">
            <ThemeSwitcher />
            <LanguageSwitcher />
          </div>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {unknownLanguage ? <NotFoundPage /> : <Outlet />}
      </main>
      {hydrated && <ScrollRestoration />}
    </>
  );
}
