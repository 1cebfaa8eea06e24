import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../config/paths';
import { compareContentDates } from '../../content/content-date';
import type { WorkEntry } from '../../content/schema';
import { useFormatPeriod } from '../../i18n/use-format-period';
import { resumeEntryAnchor } from '../../config/paths';
import { EntryResults } from './results-list';
import { ResumeSection } from './resume-section';
import { useLanguage } from '../../i18n/use-language';

/** The employers, newest first; `withResults` adds each one's highlights (the printable résumé). */
export function ExperienceSection({
  work,
  withResults = false,
}: {
  work: WorkEntry[];
  withResults?: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const formatPeriod = useFormatPeriod();
  if (work.length === 0) return null;
  return (
    <ResumeSection id="experience" title={t('sections.experience')}>
      <ol className="entry-list">
        {/* Newest first, whatever order the file lists them in. */}
        {[...work]
          .sort((a, b) => compareContentDates(b.startDate, a.startDate))
          .map((entry) => {
            const role = [entry.position, entry.location].filter(Boolean).join(' · ');
            return (
              <li key={entry.id} id={resumeEntryAnchor('work', entry.id)} className="entry">
                <h3 className="entry__title">
                  <Link to={paths.work(language, entry.id)}>{entry.name}</Link>
                </h3>
                {entry.description && <p className="entry__meta">{entry.description}</p>}
                <p className="entry__meta">
                  <span>{role}</span>
                  <span className="entry__period">
                    {formatPeriod(entry.startDate, entry.endDate)}
                  </span>
                </p>
                {entry.summary && <p>{entry.summary}</p>}
                {withResults && (
                  <EntryResults items={entry.highlights} label={t('detail.highlights')} />
                )}
              </li>
            );
          })}
      </ol>
    </ResumeSection>
  );
}
