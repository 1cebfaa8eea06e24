import { useTranslation } from 'react-i18next';
import type { WorkEntry } from '../../content/schema';
import { useFormatPeriod } from '../../i18n/use-format-period';

/** What the employer does (where the content says), his role there, when, and its website. */
export function EmployerFacts({ entry }: { entry: WorkEntry }) {
  const { t } = useTranslation();
  const formatPeriod = useFormatPeriod();
  return (
    <dl className="facts">
      {entry.description && (
        <div className="facts__row">
          <dt>{t('detail.business')}</dt>
          <dd>{entry.description}</dd>
        </div>
      )}
      <div className="facts__row">
        <dt>{t('detail.role')}</dt>
        <dd>{entry.position}</dd>
      </div>
      <div className="facts__row">
        <dt>{t('detail.period')}</dt>
        <dd className="facts__period">{formatPeriod(entry.startDate, entry.endDate)}</dd>
      </div>
      {entry.url && (
        <div className="facts__row">
          <dt>{t('detail.website')}</dt>
          <dd>
            <a href={entry.url} rel="noopener noreferrer">
              {entry.url.replace(/^https?:\/\//, '')}
            </a>
          </dd>
        </div>
      )}
    </dl>
  );
}
