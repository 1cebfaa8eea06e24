import { useTranslation } from 'react-i18next';
import { PageMeta } from '../../components/page-meta';
import { paths } from '../../config/paths';
import { ResumeDownloads } from '../../features/resume/resume-downloads';
import { ProfileHeader } from '../../features/resume/profile-header';
import { ResumeDocument } from '../../features/resume/resume-document';
import { useLanguageData } from '../use-language-data';
import { useResumePageData } from './resume-page-data';
import { useLanguage } from '../../i18n/use-language';

/** The whole résumé as one document for paper (two A4 pages), with its PDF and JSON Resume file. */
export function ResumePage() {
  const { t } = useTranslation();
  const { resume } = useLanguageData();
  const language = useLanguage();
  const { phone, pdf } = useResumePageData();
  return (
    <article className="page page--resume">
      <PageMeta
        title={`${resume.basics.name} · ${t('resume.title')}`}
        description={t('resume.description', {
          name: resume.basics.name,
          label: resume.basics.label,
        })}
      />
      <ProfileHeader basics={resume.basics} paper={{ phone }} />
      <ResumeDownloads pdf={pdf} json={paths.resumeJson(language)} />
      <ResumeDocument resume={resume} withResults />
    </article>
  );
}
