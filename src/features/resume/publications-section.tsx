import { useTranslation } from 'react-i18next';
import type { Publication } from '../../content/schema';
import { resumeEntryAnchor } from '../../config/paths';
import { CompactEntry } from './compact-entry';
import { ResumeSection } from './resume-section';

/** The publications, each with its publisher and summary; as the awards are listed. */
export function PublicationsSection({ publications }: { publications: Publication[] }) {
  const { t } = useTranslation();
  if (publications.length === 0) return null;
  return (
    <ResumeSection id="publications" title={t('sections.publications')}>
      <ul className="compact-list">
        {publications.map((publication) => (
          <CompactEntry
            key={publication.id}
            anchor={resumeEntryAnchor('publication', publication.id)}
            title={publication.name}
            url={publication.url}
            detail={[publication.publisher, publication.summary].filter(Boolean).join(' · ')}
          />
        ))}
      </ul>
    </ResumeSection>
  );
}
