import { useTranslation } from 'react-i18next';
import type { Publication } from '../../content/schema';
import { resumeEntryAnchor } from '../../config/paths';
import { ResumeSection } from './resume-section';

/** The publications, each with its publisher and summary; as the awards are listed. */
export function PublicationsSection({ publications }: { publications: Publication[] }) {
  const { t } = useTranslation();
  if (publications.length === 0) return null;
  return (
    <ResumeSection id="publications" title={t('sections.publications')}>
      <ul className="compact-list">
        {publications.map((publication) => {
          const detail = [publication.publisher, publication.summary].filter(Boolean).join(' · ');
          return (
            <li key={publication.id} id={resumeEntryAnchor('publication', publication.id)}>
              <h3 className="compact-list__title">
                {publication.url ? (
                  <a href={publication.url} rel="noopener noreferrer">
                    {publication.name}
                  </a>
                ) : (
                  publication.name
                )}
              </h3>
              {detail && <p className="compact-list__detail">{detail}</p>}
            </li>
          );
        })}
      </ul>
    </ResumeSection>
  );
}
