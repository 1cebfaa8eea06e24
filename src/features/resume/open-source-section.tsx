import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../config/paths';
import type { Contribution, PersonalProject } from '../../content/schema';
import { ResumeSection } from './resume-section';
import { useLanguage } from '../../i18n/use-language';

export function OpenSourceSection({
  contributions,
  projects,
}: {
  contributions: Contribution[];
  projects: PersonalProject[];
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <ResumeSection id="open-source" title={t('sections.openSource')}>
      <h3 className="subsection-title">{t('sections.contributions')}</h3>
      <ul className="compact-list">
        {contributions.map((contribution) => (
          <li key={contribution.id}>
            <a href={contribution.url} rel="noopener noreferrer">
              {contribution.name}
            </a>
            <span className="compact-list__note">
              {t('contribution.commits', { count: contribution.commits })}
            </span>
            {contribution.summary && <p className="compact-list__detail">{contribution.summary}</p>}
          </li>
        ))}
      </ul>
      <h3 className="subsection-title">{t('sections.personalProjects')}</h3>
      <ul className="compact-list">
        {projects.map((project) => (
          <li key={project.id}>
            <Link to={paths.project(language, project.id)}>{project.name}</Link>
            {project.url && (
              <span className="compact-list__note">
                <a href={project.url} rel="noopener noreferrer">
                  {project.url.replace(/^https?:\/\//, '')}
                </a>
              </span>
            )}
            <p className="compact-list__detail">{project.description}</p>
          </li>
        ))}
      </ul>
    </ResumeSection>
  );
}
