import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { EmployerFacts } from '../../features/work/employer-facts';
import { EmployerProjects } from '../../features/work/employer-projects';
import { EmployerResponsibility } from '../../features/work/employer-responsibility';
import { TimelineBackLink } from '../timeline-back-link';
import { useFocusHeadingOnNavigate } from '../use-focus-heading-on-navigate';
import { useLanguageData } from '../use-language-data';
import { NotFoundPage } from './not-found-page';
import { workPageData, type WorkPageData } from './work-page-data';
import { PageMeta } from '../../components/page-meta';

/** The page of the employer in the URL; an unknown one is the not-found page. */
export function WorkPage() {
  const { resume } = useLanguageData();
  const { workId } = useParams();
  const data = workPageData(resume, workId);
  return data ? <EmployerPage {...data} /> : <NotFoundPage />;
}

/** One employer: his role and period there, what he was responsible for, and the projects done there. */
function EmployerPage({ entry, projects }: WorkPageData) {
  const { t } = useTranslation();
  const { resume } = useLanguageData();
  const headingRef = useFocusHeadingOnNavigate<HTMLHeadingElement>();
  return (
    <article className="page page--detail">
      <PageMeta
        title={[entry.name, resume.basics.name].filter(Boolean).join(' · ')}
        // Its summary, else the role: a shared link says what he did there.
        description={entry.summary ?? entry.position}
      />
      <TimelineBackLink itemId={entry.id} />
      <header className="detail-header">
        <p className="detail-header__kind">{t('sections.experience')}</p>
        <h1 ref={headingRef} tabIndex={-1}>
          {entry.name}
        </h1>
        <EmployerFacts entry={entry} />
      </header>
      <div className="detail-parts">
        <EmployerResponsibility entry={entry} />
        <EmployerProjects entry={entry} projects={projects} />
      </div>
    </article>
  );
}
