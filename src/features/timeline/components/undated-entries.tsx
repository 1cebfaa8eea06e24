import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { UndatedEntry } from '../layout/timeline-item';
import { timelineLinkState } from '../timeline-return';

interface UndatedEntriesProps {
  entries: readonly UndatedEntry[];
  technology: string | null;
  /** The home page's query string, which a detail page's "back to the timeline" link returns to. */
  search: string;
}

/**
 * The personal projects and contributions the résumé gives no date: beside the time axis, not on it,
 * each linking where the résumé document links it.
 */
export function UndatedEntries({ entries, technology, search }: UndatedEntriesProps) {
  const { t } = useTranslation();
  if (entries.length === 0) return null;
  const state = timelineLinkState(search);
  return (
    <section className="timeline-undated" aria-labelledby="timeline-undated-title">
      <h3 id="timeline-undated-title" className="timeline-undated__title">
        {t('timeline.undatedTitle')}
      </h3>
      <p className="timeline-undated__intro">{t('timeline.undatedIntro')}</p>
      <ul className="timeline-undated__list">
        {entries.map((entry) => {
          const emphasis = technology
            ? entry.technologies.includes(technology)
              ? ' is-match'
              : ' is-dimmed'
            : '';
          return (
            <li key={entry.id} className={`timeline-undated__entry${emphasis}`} data-id={entry.id}>
              {entry.external ? (
                <a href={entry.href} rel="noopener noreferrer">
                  {entry.name}
                </a>
              ) : (
                <Link to={entry.href} state={state}>
                  {entry.name}
                </Link>
              )}{' '}
              <span className="timeline-undated__note">{entry.note}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
