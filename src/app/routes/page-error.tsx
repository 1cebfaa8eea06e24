import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { paths } from '../../config/paths';
import { useLanguageData } from '../use-language-data';
import { NotFoundPage } from './not-found-page';
import { PageMeta } from '../../components/page-meta';
import { useLanguage } from '../../i18n/use-language';

/** A page that failed: a 404 is the not-found page; anything else a message with a way home. */
export function PageError() {
  const error = useRouteError();
  const { t } = useTranslation();
  const { resume } = useLanguageData();
  const language = useLanguage();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;

  const message = error instanceof Error ? error.message : String(error);
  return (
    <article className="page page--message" role="alert">
      <PageMeta
        title={`${t('error.title')} · ${resume.basics.name}`}
        description={t('error.heading')}
        indexable={false}
      />
      <h1>{t('error.heading')}</h1>
      <p>{t('error.body', { message })}</p>
      <p className="page__actions">
        <Link className="button-link" to={paths.home(language)}>
          {t('error.backHome')}
        </Link>
      </p>
    </article>
  );
}
