import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { paths } from '../../config/paths';
import type { WorkEntry, WorkProject } from '../../content/schema';
import { useLanguage } from '../../i18n/use-language';

/** The projects done at an employer, each linking to its page; nothing when the résumé lists none. */
export function EmployerProjects({
  entry,
  projects,
}: {
  entry: WorkEntry;
  projects: WorkProject[];
}) {
  const language = useLanguage();
  const { t } = useTranslation();
  const { state } = useLocation();
  if (projects.length === 0) return null;
  return (
    <section className="detail-part">
      <h2>{t('detail.projectsAt', { employer: entry.name })}</h2>
      <ul className="detail-links">
        {projects.map((project) => (
          <li key={project.id}>
            <Link
              className="detail-links__name"
              to={paths.project(language, project.id)}
              state={state}
            >
              {project.name}
            </Link>
            <p className="detail-links__summary">{project.description}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
