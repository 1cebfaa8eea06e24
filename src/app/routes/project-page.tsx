import { presentsOpenSource } from '../../content/open-source-framing';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ProjectFacts } from '../../features/projects/project-facts';
import { ProjectPager } from '../../features/projects/project-pager';
import { ProjectParts } from '../../features/projects/project-parts';
import { TimelineBackLink } from '../timeline-back-link';
import { useFocusHeadingOnNavigate } from '../use-focus-heading-on-navigate';
import { useLanguageData } from '../use-language-data';
import { NotFoundPage } from './not-found-page';
import { projectPageData, type ProjectPageData } from './project-page-data';
import { PageMeta } from '../../components/page-meta';

/** The page of the project in the URL; an unknown one is the not-found page. */
export function ProjectPage() {
  const { resume } = useLanguageData();
  const { projectId } = useParams();
  const data = projectPageData(resume, projectId);
  return data ? <ProjectDetails {...data} /> : <NotFoundPage />;
}

/** One project: everything the résumé says about it, and the way to its neighbours. */
function ProjectDetails({ project, employer, previous, next }: ProjectPageData) {
  const { t } = useTranslation();
  const { resume } = useLanguageData();
  const headingRef = useFocusHeadingOnNavigate<HTMLHeadingElement>();
  return (
    <article className="page page--detail">
      <PageMeta
        title={[project.name, resume.basics.name].filter(Boolean).join(' · ')}
        description={project.description}
      />
      <TimelineBackLink itemId={project.id} />
      <header className="detail-header">
        <p className="detail-header__kind">
          {project.kind === 'work'
            ? t('detail.workProject')
            : presentsOpenSource(resume)
              ? t('detail.personalProject')
              : t('detail.otherProject')}
        </p>
        <h1 ref={headingRef} tabIndex={-1}>
          {project.name}
        </h1>
        <p className="detail-header__summary">{project.description}</p>
        <ProjectFacts project={project} employer={employer} />
      </header>
      <ProjectParts project={project} />
      <ProjectPager previous={previous} next={next} />
    </article>
  );
}
