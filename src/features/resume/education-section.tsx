import { useTranslation } from 'react-i18next';
import type { Education } from '../../content/schema';
import { LinkedText } from '../../components/linked-text';
import { useFormatPeriod } from '../../i18n/use-format-period';
import { resumeEntryAnchor } from '../../config/paths';
import { ResumeSection } from './resume-section';

export function EducationSection({ education }: { education: Education[] }) {
  const { t } = useTranslation();
  const formatPeriod = useFormatPeriod();
  if (education.length === 0) return null;
  return (
    <ResumeSection id="education" title={t('sections.education')}>
      <ul className="entry-list">
        {education.map((entry) => {
          const degree = [
            entry.studyType,
            entry.area,
            entry.score && t('education.score', { score: entry.score }),
          ]
            .filter(Boolean)
            .join(' · ');
          return (
            <li key={entry.id} id={resumeEntryAnchor('education', entry.id)} className="entry">
              <h3 className="entry__title">
                <LinkedText url={entry.url}>{entry.institution}</LinkedText>
              </h3>
              <p className="entry__meta">
                <span>{degree}</span>
                <span className="entry__period">
                  {formatPeriod(entry.startDate, entry.endDate)}
                </span>
              </p>
              {entry.courses.length > 0 && (
                <p className="compact-list__detail">
                  {t('education.courses', { courses: entry.courses.join(' · ') })}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </ResumeSection>
  );
}
