import { useTranslation } from 'react-i18next';
import type { WorkEntry, WorkProject } from '../../content/schema';
import { useFormatPeriod } from '../../i18n/use-format-period';
import { ResumeSection } from './resume-section';

/** The work projects, each dated only by its employer's period: the résumé gives no project dates. */
export function ProjectsSection({
  projects,
  work,
}: {
  projects: WorkProject[];
  work: WorkEntry[];
}) {
  const { t } = useTranslation();
  const formatPeriod = useFormatPeriod();
  return (
    <ResumeSection id="projects" title={t('sections.projects')}>
      <ul className="entry-list">
        {projects.map((project) => {
          const employer = work.find((entry) => entry.id === project.employer);
          return (
            <li key={project.id} className="entry">
              <h3 className="entry__title">{project.name}</h3>
              {employer && (
                <p className="entry__meta">
                  {t('period.employerPeriod', {
                    employer: employer.name,
                    period: formatPeriod(employer.startDate, employer.endDate),
                  })}
                </p>
              )}
              <p>{project.description}</p>
              <ul className="chips" aria-label={t('project.technologies')}>
                {project.keywords.map((keyword) => (
                  <li key={keyword} className="chip">
                    {keyword}
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ul>
    </ResumeSection>
  );
}
