import { useTranslation } from 'react-i18next';
import type { WorkEntry } from '../../content/schema';
import { useFormatPeriod } from '../../i18n/use-format-period';
import { ResumeSection } from './resume-section';

export function ExperienceSection({ work }: { work: WorkEntry[] }) {
  const { t } = useTranslation();
  const formatPeriod = useFormatPeriod();
  return (
    <ResumeSection id="experience" title={t('sections.experience')}>
      <ol className="entry-list">
        {[...work].reverse().map((entry) => (
          <li key={entry.id} className="entry">
            <h3 className="entry__title">{entry.name}</h3>
            <p className="entry__meta">
              <span>{entry.position}</span>
              <span className="entry__period">{formatPeriod(entry.startDate, entry.endDate)}</span>
            </p>
            <p>{entry.summary}</p>
          </li>
        ))}
      </ol>
    </ResumeSection>
  );
}
