import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { timelineReturnHref } from '../features/timeline/timeline-return';
import { useLanguage } from '../i18n/use-language';

/** The way back to the home page's timeline, in the view the visitor left, with `itemId` highlighted. */
export function TimelineBackLink({ itemId }: { itemId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { state } = useLocation();
  return (
    <p className="back-link">
      <Link to={timelineReturnHref(language, itemId, state)}>
        <span aria-hidden="true">← </span>
        {t('detail.backToTimeline')}
      </Link>
    </p>
  );
}
