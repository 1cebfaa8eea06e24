import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../config/paths';
import type { Contribution, PersonalProject } from '../../content/schema';
import { presentsOpenSource } from '../../content/open-source-framing';
import { projectAffiliation } from './project-affiliation';
import { LinkedText } from '../../components/linked-text';
import { resumeEntryAnchor } from '../../config/paths';
import { EntryResults } from './results-list';
import { ResumeSection } from './resume-section';
import { useLanguage } from '../../i18n/use-language';

/**
 * The contributions to others' projects and his own projects, as open source
 * (open-source-framing.ts), or, in a résumé without contributions, the projects alone; `withResults`
 * adds each project's results (the printable résumé). A part the résumé leaves empty has no heading.
 */
export function OpenSourceSection({
  contributions,
  projects,
  withResults = false,
}: {
  contributions: Contribution[];
  projects: PersonalProject[];
  withResults?: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (contributions.length === 0 && projects.length === 0) return null;
  const openSource = presentsOpenSource({ contributions });
  return (
    <ResumeSection
      id="open-source"
      title={openSource ? t('sections.openSource') : t('sections.otherProjects')}
    >
      {contributions.length > 0 && (
        <>
          <h3 className="subsection-title">{t('sections.contributions')}</h3>
          <ul className="compact-list">
            {contributions.map((contribution) => (
              <li key={contribution.id} id={resumeEntryAnchor('contribution', contribution.id)}>
                <LinkedText url={contribution.url}>{contribution.name}</LinkedText>
                {contribution.commits !== undefined && (
                  <span className="compact-list__note">
                    {t('contribution.commits', { count: contribution.commits })}
                  </span>
                )}
                {contribution.summary && (
                  <p className="compact-list__detail">{contribution.summary}</p>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {projects.length > 0 && (
        <>
          {openSource && <h3 className="subsection-title">{t('sections.personalProjects')}</h3>}
          <ul className="compact-list">
            {projects.map((project) => {
              const affiliation = projectAffiliation(project, t('project.listSeparator'));
              return (
                <li key={project.id} id={resumeEntryAnchor('project', project.id)}>
                  <Link to={paths.project(language, project.id)}>{project.name}</Link>
                  {project.url && (
                    <span className="compact-list__note">
                      <a href={project.url} rel="noopener noreferrer">
                        {project.url.replace(/^https?:\/\//, '')}
                      </a>
                    </span>
                  )}
                  {affiliation && <p className="compact-list__detail">{affiliation}</p>}
                  {project.description && (
                    <p className="compact-list__detail">{project.description}</p>
                  )}
                  {withResults && (
                    <EntryResults items={project.highlights} label={t('detail.results')} />
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </ResumeSection>
  );
}
