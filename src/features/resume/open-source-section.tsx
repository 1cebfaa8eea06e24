import { useTranslation } from 'react-i18next';
import type { Contribution, PersonalProject } from '../../content/schema';
import { ResumeSection } from './resume-section';

export function OpenSourceSection({
  contributions,
  projects,
}: {
  contributions: Contribution[];
  projects: PersonalProject[];
}) {
  const { t } = useTranslation();
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
            <a href={project.url} rel="noopener noreferrer">
              {project.name}
            </a>
            <p className="compact-list__detail">{project.description}</p>
          </li>
        ))}
      </ul>
    </ResumeSection>
  );
}
