import { useTranslation } from 'react-i18next';
import type { WorkEntry } from '../../content/schema';

/** What he was responsible for at an employer, and its highlights where the content has some. */
export function EmployerResponsibility({ entry }: { entry: WorkEntry }) {
  const { t } = useTranslation();
  return (
    <>
      <section className="detail-part">
        <h2>{t('detail.employerResponsibility')}</h2>
        <p>{entry.summary}</p>
      </section>
      {entry.highlights && entry.highlights.length > 0 && (
        <section className="detail-part">
          <h2>{t('detail.highlights')}</h2>
          <ul className="detail-list">
            {entry.highlights.map((highlight) => (
              <li key={highlight}>{highlight}</li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
