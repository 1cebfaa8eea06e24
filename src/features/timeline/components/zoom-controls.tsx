import { useTranslation } from 'react-i18next';
import { useHydrated } from '../../../components/use-hydrated';

interface ZoomControlsProps {
  onZoomIn: () => void;
  onZoomOut: () => void;
  onReset: () => void;
  canZoomIn: boolean;
  canZoomOut: boolean;
}

/**
 * Buttons for people without a wheel or a trackpad, named in the page's language. At a limit they are
 * marked unavailable rather than disabled, so that keyboard focus stays on them. So they are, too,
 * until the timeline's code has arrived and hydrated: in the prerendered page they cannot act yet
 * (and without JavaScript they never will), and a click there would be lost.
 */
export function ZoomControls({
  onZoomIn,
  onZoomOut,
  onReset,
  canZoomIn,
  canZoomOut,
}: ZoomControlsProps) {
  const { t } = useTranslation();
  const ready = useHydrated();
  return (
    <div className="zoom-controls" role="group" aria-label={t('timeline.controls')}>
      <button
        type="button"
        onClick={onZoomIn}
        aria-disabled={!ready || !canZoomIn}
        aria-label={t('timeline.zoomIn')}
        title={t('timeline.zoomIn')}
      >
        <span aria-hidden="true">+</span>
      </button>
      <button
        type="button"
        onClick={onZoomOut}
        aria-disabled={!ready || !canZoomOut}
        aria-label={t('timeline.zoomOut')}
        title={t('timeline.zoomOut')}
      >
        <span aria-hidden="true">−</span>
      </button>
      <button type="button" onClick={onReset} aria-disabled={!ready || !canZoomOut}>
        {t('timeline.reset')}
      </button>
    </div>
  );
}
