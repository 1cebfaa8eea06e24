import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Technology } from '../../../content/technologies';
import { writeTimelineUrlState } from '../timeline-url';

interface TechnologyFilterProps {
  technologies: readonly Technology[];
  /** The chosen technology's slug, if any. */
  active: string | null;
  /** How many projects use the chosen technology, and how many there are. */
  count: { matching: number; total: number } | null;
  /** The current query string: each link keeps the view and changes only the filter. */
  search: string;
}

/**
 * The projects' technologies as a row of links, each toggling the timeline's filter (a history step,
 * so Back undoes it), and a sentence that says how many projects the chosen one covers.
 */
export function TechnologyFilter({ technologies, active, count, search }: TechnologyFilterProps) {
  const { t } = useTranslation();
  const chosen = technologies.find((technology) => technology.slug === active);
  const searchFor = (tech: string | null) =>
    writeTimelineUrlState(search, { tech, focus: null }) || '?';
  return (
    <nav className="technology-filter" aria-labelledby="technology-filter-title">
      <h3 id="technology-filter-title" className="technology-filter__title">
        {t('timeline.filterLabel')}
      </h3>
      <ul className="chips technology-filter__list">
        {technologies.map((technology) => {
          const on = technology.slug === active;
          return (
            <li key={technology.slug} className="chip chip--link">
              <Link
                to={{ search: searchFor(on ? null : technology.slug) }}
                preventScrollReset
                aria-current={on ? 'true' : undefined}
              >
                {technology.name}
              </Link>
            </li>
          );
        })}
      </ul>
      <p className="technology-filter__status" aria-live="polite">
        {chosen && count && (
          <>
            {t('timeline.filterCount', {
              count: count.matching,
              total: count.total,
              technology: chosen.name,
            })}{' '}
            <Link to={{ search: searchFor(null) }} preventScrollReset>
              {t('timeline.showAll')}
            </Link>
          </>
        )}
      </p>
    </nav>
  );
}
