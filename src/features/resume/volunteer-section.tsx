import { useTranslation } from 'react-i18next';
import { compareContentDates } from '../../content/content-date';
import type { Volunteer } from '../../content/schema';
import { LinkedText } from '../../components/linked-text';
import { useFormatPeriod } from '../../i18n/use-format-period';
import { resumeEntryAnchor } from '../../config/paths';
import { EntryResults } from './results-list';
import { ResumeSection } from './resume-section';

/** The volunteer work, as the experience is listed; its highlights too, as it has no page of its own. */
export function VolunteerSection({ volunteer }: { volunteer: Volunteer[] }) {
  const { t } = useTranslation();
  const formatPeriod = useFormatPeriod();
  if (volunteer.length === 0) return null;
  return (
    <ResumeSection id="volunteer" title={t('sections.volunteer')}>
      <ol className="entry-list">
        {[...volunteer]
          .sort((a, b) => compareContentDates(b.startDate, a.startDate))
          .map((entry) => (
            <li key={entry.id} id={resumeEntryAnchor('volunteer', entry.id)} className="entry">
              <h3 className="entry__title">
                <LinkedText url={entry.url}>{entry.organization}</LinkedText>
              </h3>
              <p className="entry__meta">
                <span>{entry.position}</span>
                <span className="entry__period">
                  {formatPeriod(entry.startDate, entry.endDate)}
                </span>
              </p>
              {entry.summary && <p>{entry.summary}</p>}
              <EntryResults items={entry.highlights} label={t('detail.highlights')} />
            </li>
          ))}
      </ol>
    </ResumeSection>
  );
}
