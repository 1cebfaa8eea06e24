import { presentsOpenSource } from '../../content/open-source-framing';
import { useTranslation } from 'react-i18next';
import { useLoaderData } from 'react-router';
import { ProjectFacts } from '../../features/projects/project-facts';
import { ProjectPager } from '../../features/projects/project-pager';
import { ProjectParts } from '../../features/projects/project-parts';
import { TimelineBackLink } from '../timeline-back-link';
import { useFocusHeadingOnNavigate } from '../use-focus-heading-on-navigate';
import { useLanguageData } from '../use-language-data';
import type { ProjectPageData } from './project-loader';
import { PageMeta } from '../../components/page-meta';

/** One project: everything the résumé says about it, and the way to its neighbours. */
export function ProjectPage() {
  const { t } = useTranslation();
  const { resume } = useLanguageData();
  const { project, employer, previous, next } = useLoaderData<ProjectPageData>();
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
