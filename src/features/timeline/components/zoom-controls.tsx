import { useTranslation } from 'react-i18next';

interface ZoomControlsProps {
  onZoomIn: () => void;
  onZoomOut: () => void;
  onReset: () => void;
  canZoomIn: boolean;
  canZoomOut: boolean;
}

/**
 * Buttons for people without a wheel or a trackpad, named in the page's language. At a limit they are
 * marked unavailable rather than disabled, so that keyboard focus stays on them.
 */
export function ZoomControls({
  onZoomIn,
  onZoomOut,
  onReset,
  canZoomIn,
  canZoomOut,
}: ZoomControlsProps) {
  const { t } = useTranslation();
  return (
    <div className="zoom-controls" role="group" aria-label={t('timeline.controls')}>
      <button
        type="button"
        onClick={onZoomIn}
        aria-disabled={!canZoomIn}
        aria-label={t('timeline.zoomIn')}
        title={t('timeline.zoomIn')}
      >
        <span aria-hidden="true">+</span>
      </button>
      <button
        type="button"
        onClick={onZoomOut}
        aria-disabled={!canZoomOut}
        aria-label={t('timeline.zoomOut')}
        title={t('timeline.zoomOut')}
      >
        <span aria-hidden="true">−</span>
      </button>
      <button type="button" onClick={onReset} aria-disabled={!canZoomOut}>
        {t('timeline.reset')}
      </button>
    </div>
  );
}
