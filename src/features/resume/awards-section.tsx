import { useTranslation } from 'react-i18next';
import type { Award } from '../../content/schema';
import { resumeEntryAnchor } from '../../config/paths';
import { ResumeSection } from './resume-section';

export function AwardsSection({ awards }: { awards: Award[] }) {
  const { t } = useTranslation();
  if (awards.length === 0) return null;
  return (
    <ResumeSection id="awards" title={t('sections.awards')}>
      <ul className="compact-list">
        {awards.map((award) => {
          const detail = [award.awarder, award.summary].filter(Boolean).join(' · ');
          return (
            <li key={award.id} id={resumeEntryAnchor('award', award.id)}>
              <h3 className="compact-list__title">
                {award.url ? (
                  <a href={award.url} rel="noopener noreferrer">
                    {award.title}
                  </a>
                ) : (
                  award.title
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
