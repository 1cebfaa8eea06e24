import { useMemo } from 'react';
import { ProfileHeader } from '../../features/resume/profile-header';
import { DeferredCareerTimeline } from '../../features/timeline/components/deferred-career-timeline';
import { ResumeDocument } from '../../features/resume/resume-document';
import { useLanguageData } from '../use-language-data';
import { PageMeta } from '../../components/page-meta';

/** The home page: who he is, the career timeline, then the whole résumé as a document. */
export function HomePage() {
  const { resume, now: loadedAt } = useLanguageData();
  const now = useMemo(() => new Date(loadedAt), [loadedAt]);
  return (
    <div className="page page--home">
      <PageMeta
        title={`${resume.basics.name} · ${resume.basics.label}`}
        description={[resume.basics.label, ...resume.work.map((entry) => entry.name)].join(' · ')}
      />
      <ProfileHeader basics={resume.basics} />
      <DeferredCareerTimeline resume={resume} now={now} />
      <ResumeDocument resume={resume} />
    </div>
  );
}
