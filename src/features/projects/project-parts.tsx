import { useTranslation } from 'react-i18next';
import type { Project } from '../../content/schema';
import { Chips } from '../../components/chips';

/**
 * The parts the résumé describes a project by, in its order: background, responsibility,
 * technologies, challenges and innovations, results, then the links the text refers to. A part the
 * content leaves empty is left out.
 */
export function ProjectParts({ project }: { project: Project }) {
  const { t } = useTranslation();
  return (
    <div className="detail-parts">
      {project.background && (
        <section className="detail-part">
          <h2>{t('detail.background')}</h2>
          <p>{project.background}</p>
        </section>
      )}
      {project.responsibility && (
        <section className="detail-part">
          <h2>{t('detail.responsibility')}</h2>
          <p>{project.responsibility}</p>
        </section>
      )}
      {project.keywords.length > 0 && (
        <section className="detail-part">
          <h2>{t('detail.technologies')}</h2>
          <Chips keywords={project.keywords} />
        </section>
      )}
      {project.challenges.length > 0 && (
        <section className="detail-part">
          <h2>{t('detail.challenges')}</h2>
          <ul className="detail-list">
            {project.challenges.map((challenge) => (
              <li key={challenge}>{challenge}</li>
            ))}
          </ul>
        </section>
      )}
      {project.highlights.length > 0 && (
        <section className="detail-part">
          <h2>{t('detail.results')}</h2>
          <ul className="detail-list">
            {project.highlights.map((highlight) => (
              <li key={highlight}>{highlight}</li>
            ))}
          </ul>
        </section>
      )}
      {project.references.length > 0 && (
        <section className="detail-part">
          <h2>{t('detail.references')}</h2>
          <ul className="detail-list">
            {project.references.map((reference) => (
              <li key={reference.url}>
                <a href={reference.url} rel="noopener noreferrer">
                  {reference.name}
                </a>
                {` · ${reference.url.replace(/^https?:\/\//, '')}`}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
