import { useTranslation } from 'react-i18next';
import type { Award } from '../../content/schema';
import { ResumeSection } from './resume-section';

export function AwardsSection({ awards }: { awards: Award[] }) {
  const { t } = useTranslation();
  return (
    <ResumeSection id="awards" title={t('sections.awards')}>
      <ul className="compact-list">
        {awards.map((award) => (
          <li key={award.title}>
            <h3 className="compact-list__title">
              {award.url ? (
                <a href={award.url} rel="noopener noreferrer">
                  {award.title}
                </a>
              ) : (
                award.title
              )}
            </h3>
            <p className="compact-list__detail">
              {[award.awarder, award.summary].filter(Boolean).join(' · ')}
            </p>
          </li>
        ))}
      </ul>
    </ResumeSection>
  );
}
