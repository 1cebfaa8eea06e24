import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../config/paths';
import { useLanguageData } from '../use-language-data';
import { PageMeta } from '../../components/page-meta';
import { useLanguage } from '../../i18n/use-language';

/** A page that failed to render: a message that says what failed, with a way home. */
export function PageError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const { resume } = useLanguageData();
  const language = useLanguage();

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
