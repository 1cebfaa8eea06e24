import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../config/paths';
import type { WorkEntry } from '../../content/schema';
import { useFormatPeriod } from '../../i18n/use-format-period';
import { ResumeSection } from './resume-section';
import { useLanguage } from '../../i18n/use-language';

export function ExperienceSection({ work }: { work: WorkEntry[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const formatPeriod = useFormatPeriod();
  return (
    <ResumeSection id="experience" title={t('sections.experience')}>
      <ol className="entry-list">
        {/* Newest first, whatever order the file lists them in. */}
        {[...work]
          .sort((a, b) => (b.startDate ?? '').localeCompare(a.startDate ?? ''))
          .map((entry) => (
            <li key={entry.id} className="entry">
              <h3 className="entry__title">
                <Link to={paths.work(language, entry.id)}>{entry.name}</Link>
              </h3>
              {entry.description && <p className="entry__meta">{entry.description}</p>}
              <p className="entry__meta">
                <span>{entry.position}</span>
                <span className="entry__period">
                  {formatPeriod(entry.startDate, entry.endDate)}
                </span>
              </p>
              <p>{entry.summary}</p>
            </li>
          ))}
      </ol>
    </ResumeSection>
  );
}
