import { useTranslation } from 'react-i18next';
import { withBase } from '../../config/site';

/**
 * The résumé to take away: its PDF (when the build made one; never a dead link) and its JSON Resume
 * file. Plain files, so they are linked by their URL under the base path, not through the router.
 */
export function ResumeDownloads({ pdf, json }: { pdf: string | null; json: string }) {
  const { t } = useTranslation();
  return (
    <nav className="resume-downloads" aria-label={t('resume.downloads')}>
      <ul>
        {pdf && (
          <li>
            <a className="button-link" href={withBase(pdf)} download type="application/pdf">
              {t('resume.pdf')}
            </a>
          </li>
        )}
        <li>
          <a href={withBase(json)} download type="application/json">
            {t('resume.json')}
          </a>
        </li>
      </ul>
    </nav>
  );
}
