import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { paths } from '../../config/paths';
import type { Project, WorkEntry } from '../../content/schema';
import { formatYearMonth } from '../../i18n/format-date';
import { useFormatPeriod } from '../../i18n/use-format-period';
import { useLanguage } from '../../i18n/use-language';

/**
 * Who the project was for (its employer, organization or the repository's owner), his roles in it,
 * its type, when, and where its code is. A fact the résumé does not give is left out.
 */
export function ProjectFacts({ project, employer }: { project: Project; employer?: WorkEntry }) {
  const language = useLanguage();
  const { t } = useTranslation();
  const formatPeriod = useFormatPeriod();
  const { state } = useLocation();

  let period: string | undefined;
  if (project.startDate) {
    // A project's missing end date means the source does not say, not that it is ongoing.
    const dates = project.endDate
      ? formatPeriod(project.startDate, project.endDate)
      : formatYearMonth(project.startDate, language);
    // A personal project's dates are its repository's activity, not a project period.
    period = project.kind === 'personal' ? t('period.repositoryActive', { period: dates }) : dates;
  } else if (employer) {
    // The résumé gives work projects no dates: the honest period is the employer's, said as such.
    period = t('period.employerPeriod', {
      employer: employer.name,
      period: formatPeriod(employer.startDate, employer.endDate),
    });
  }

  return (
    <dl className="facts">
      {project.entity && (
        <div className="facts__row">
          <dt>{project.kind === 'personal' ? t('detail.owner') : t('detail.entity')}</dt>
          <dd>{project.entity}</dd>
        </div>
      )}
      {employer && (
        <div className="facts__row">
          <dt>{t('detail.employer')}</dt>
          <dd>
            <Link to={paths.work(language, employer.id)} state={state}>
              {employer.name}
            </Link>
          </dd>
        </div>
      )}
      {project.roles.length > 0 && (
        <div className="facts__row">
          <dt>{t('detail.roles')}</dt>
          <dd>{project.roles.join(t('project.listSeparator'))}</dd>
        </div>
      )}
      {project.type && (
        <div className="facts__row">
          <dt>{t('detail.type')}</dt>
          <dd>{project.type}</dd>
        </div>
      )}
      {period && (
        <div className="facts__row">
          <dt>{t('detail.period')}</dt>
          <dd className="facts__period">{period}</dd>
        </div>
      )}
      {project.url && (
        <div className="facts__row">
          <dt>{t('detail.repository')}</dt>
          <dd>
            <a href={project.url} rel="noopener noreferrer">
              {project.url.replace(/^https?:\/\//, '')}
            </a>
          </dd>
        </div>
      )}
    </dl>
  );
}
