import { use, useEffect, useMemo } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation, useMatch, useParams } from 'react-router';
import { ErrorBoundary } from '../components/error-boundary';
import { LanguageSwitcher } from '../components/language-switcher';
import { ThemeSwitcher } from '../components/theme-switcher';
import { useHydrated } from '../components/use-hydrated';
import { paths } from '../config/paths';
import { i18nFor } from '../i18n/config';
import { useLanguage } from '../i18n/use-language';
import { loadLanguage, pageLanguage } from '../i18n/load-language';
import { usePageState } from './page-state';
import { NotFoundPage } from './routes/not-found-page';
import { PageError } from './routes/page-error';
import { resumeRoutePath } from './resume-route';
import { ScrollRestoration } from './scroll-restoration';
import { LanguageDataContext, useLanguageData } from './use-language-data';

/**
 * Every page, in the language of its URL: the one place that reads the language from the route;
 * everything inside asks useLanguage() or useLanguageData(). A page in a language not loaded yet
 * waits for its strings and résumé; the router renders it in a transition, so the page on screen
 * stays until then.
 */
export function SiteLayout() {
  const { lang } = useParams();
  const { now } = usePageState();
  const language = pageLanguage(lang);
  const resume = use(loadLanguage(language));
  const unknownLanguage = lang !== language;
  // The same object while only the query string changes (the timeline's view), so that nothing
  // that reads it renders again.
  const data = useMemo(
    () => ({ language, resume, unknownLanguage, now }),
    [language, resume, unknownLanguage, now],
  );
  return (
    <LanguageDataContext value={data}>
      <I18nextProvider i18n={i18nFor(language)}>
        <SiteFrame />
      </I18nextProvider>
    </LanguageDataContext>
  );
}

/** The frame of every page: skip link, header with the theme and language switchers, and the page. */
function SiteFrame() {
  const { t } = useTranslation();
  const { resume, unknownLanguage } = useLanguageData();
  const language = useLanguage();
  // Only in the browser: on a prerendered page it would be an inline script, which the CSP forbids.
  const hydrated = useHydrated();
  const { pathname } = useLocation();
  const isResumePage = useMatch(`/:lang/${resumeRoutePath}`) !== null;

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
            {/* The résumé page's phone number is only in its prerendered HTML (resume-page-data.ts). */}
            <LanguageSwitcher reloadDocument={isResumePage} />
          </div>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {unknownLanguage ? (
          <NotFoundPage />
        ) : (
          // A page that fails keeps the site's header and language switcher.
          <ErrorBoundary resetKey={pathname} fallback={(error) => <PageError error={error} />}>
            <Outlet />
          </ErrorBoundary>
        )}
      </main>
      {hydrated && <ScrollRestoration />}
    </>
  );
}
