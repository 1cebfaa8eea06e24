import { useTranslation } from 'react-i18next';
import type { Award } from '../../content/schema';
import { resumeEntryAnchor } from '../../config/paths';
import { CompactEntry } from './compact-entry';
import { ResumeSection } from './resume-section';

export function AwardsSection({ awards }: { awards: Award[] }) {
  const { t } = useTranslation();
  if (awards.length === 0) return null;
  return (
    <ResumeSection id="awards" title={t('sections.awards')}>
      <ul className="compact-list">
        {awards.map((award) => (
          <CompactEntry
            key={award.id}
            anchor={resumeEntryAnchor('award', award.id)}
            title={award.title}
            url={award.url}
            detail={[award.awarder, award.summary].filter(Boolean).join(' · ')}
          />
        ))}
      </ul>
    </ResumeSection>
  );
}
