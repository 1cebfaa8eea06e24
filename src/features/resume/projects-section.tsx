import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../config/paths';
import type { WorkEntry, WorkProject } from '../../content/schema';
import { useFormatPeriod } from '../../i18n/use-format-period';
import { projectAffiliation } from './project-affiliation';
import { resumeEntryAnchor } from '../../config/paths';
import { EntryResults } from './results-list';
import { ResumeSection } from './resume-section';
import { Chips } from '../../components/chips';
import { useLanguage } from '../../i18n/use-language';

/**
 * The work projects, each dated only by its employer's period: the résumé gives no project dates.
 * `withResults` adds each project's results (the printable résumé has room for them).
 */
export function ProjectsSection({
  projects,
  work,
  withResults = false,
}: {
  projects: WorkProject[];
  work: WorkEntry[];
  withResults?: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const formatPeriod = useFormatPeriod();
  if (projects.length === 0) return null;
  return (
    <ResumeSection id="projects" title={t('sections.projects')}>
      <ul className="entry-list">
        {projects.map((project) => {
          const employer = work.find((entry) => entry.id === project.employer);
          const affiliation = projectAffiliation(project, t('project.listSeparator'));
          return (
            <li key={project.id} id={resumeEntryAnchor('project', project.id)} className="entry">
              <h3 className="entry__title">
                <Link to={paths.project(language, project.id)}>{project.name}</Link>
              </h3>
              {employer && (
                <p className="entry__meta">
                  {t('period.employerPeriod', {
                    employer: employer.name,
                    period: formatPeriod(employer.startDate, employer.endDate),
                  })}
                </p>
              )}
              {affiliation && <p className="entry__meta">{affiliation}</p>}
              {project.description && <p>{project.description}</p>}
              {withResults && (
                <EntryResults items={project.highlights} label={t('detail.results')} />
              )}
              <Chips keywords={project.keywords} label={t('project.technologies')} />
            </li>
          );
        })}
      </ul>
    </ResumeSection>
  );
}
