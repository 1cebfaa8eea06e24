import { useTranslation } from 'react-i18next';
import type { Education } from '../../content/schema';
import { useFormatPeriod } from '../../i18n/use-format-period';
import { ResumeSection } from './resume-section';

export function EducationSection({ education }: { education: Education[] }) {
  const { t } = useTranslation();
  const formatPeriod = useFormatPeriod();
  return (
    <ResumeSection id="education" title={t('sections.education')}>
      <ul className="entry-list">
        {education.map((entry) => (
          <li key={entry.id} className="entry">
            <h3 className="entry__title">
              {entry.url ? (
                <a href={entry.url} rel="noopener noreferrer">
                  {entry.institution}
                </a>
              ) : (
                entry.institution
              )}
            </h3>
            <p className="entry__meta">
              <span>{`${entry.studyType} · ${entry.area}`}</span>
              <span className="entry__period">{formatPeriod(entry.startDate, entry.endDate)}</span>
            </p>
          </li>
        ))}
      </ul>
    </ResumeSection>
  );
}
