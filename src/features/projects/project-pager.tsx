import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { paths } from '../../config/paths';
import type { Project } from '../../content/schema';
import { useLanguage } from '../../i18n/use-language';

/** Links to the previous and next project in chronological order; they carry the timeline's view. */
export function ProjectPager({ previous, next }: { previous?: Project; next?: Project }) {
  const language = useLanguage();
  const { t } = useTranslation();
  const { state } = useLocation();
  if (!previous && !next) return null;
  return (
    <nav className="pager" aria-label={t('detail.pagination')}>
      {previous && (
        <Link
          className="pager__link pager__link--previous"
          to={paths.project(language, previous.id)}
          state={state}
          rel="prev"
        >
          <span className="pager__label">
            <span aria-hidden="true">← </span>
            {t('detail.previousProject')}
          </span>{' '}
          <span className="pager__name">{previous.name}</span>
        </Link>
      )}
      {next && (
        <Link
          className="pager__link pager__link--next"
          to={paths.project(language, next.id)}
          state={state}
          rel="next"
        >
          <span className="pager__label">
            {t('detail.nextProject')}
            <span aria-hidden="true"> →</span>
          </span>{' '}
          <span className="pager__name">{next.name}</span>
        </Link>
      )}
    </nav>
  );
}
