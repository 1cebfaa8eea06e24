import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { paths } from '../../config/paths';
import { useLanguageData } from '../use-language-data';

/** Shown for any URL the site has no page for, in the current language. */
export function NotFoundPage() {
  const { t } = useTranslation();
  const { language, resume } = useLanguageData();
  const { pathname } = useLocation();
  return (
    <article className="page page--message">
      <title>{`${t('notFound.title')} · ${resume.basics.name}`}</title>
      <h1>{t('notFound.heading')}</h1>
      <p>{t('notFound.body', { path: pathname })}</p>
      <p>
        <Link className="button-link" to={paths.home(language)}>
          {t('notFound.backHome')}
        </Link>
      </p>
    </article>
  );
}
