import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { paths } from '../../config/paths';
import { useLanguageData } from '../use-language-data';
import { PageMeta } from '../../components/page-meta';
import { useHydrated } from '../../components/use-hydrated';
import { useLanguage } from '../../i18n/use-language';
import { useNotFoundStatus } from '../page-status';

/** Shown for any URL the site has no page for, in the current language. */
export function NotFoundPage() {
  useNotFoundStatus();
  const { t } = useTranslation();
  const { resume } = useLanguageData();
  const language = useLanguage();
  const { pathname } = useLocation();
  // Prerendered once as 404.html for every unknown address, so the address is named only in the browser.
  const body = useHydrated()
    ? t('notFound.body', { path: pathname })
    : t('notFound.bodyWithoutPath');
  return (
    <article className="page page--message">
      <PageMeta
        title={`${t('notFound.title')} · ${resume.basics.name}`}
        description={body}
        indexable={false}
      />
      <h1>{t('notFound.heading')}</h1>
      <p>{body}</p>
      <p>
        <Link className="button-link" to={paths.home(language)}>
          {t('notFound.backHome')}
        </Link>
      </p>
    </article>
  );
}
