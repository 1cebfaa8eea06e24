import { useMemo } from 'react';
import { AwardsSection } from '../../features/resume/awards-section';
import { EducationSection } from '../../features/resume/education-section';
import { ExperienceSection } from '../../features/resume/experience-section';
import { OpenSourceSection } from '../../features/resume/open-source-section';
import { ProfileHeader } from '../../features/resume/profile-header';
import { ProjectsSection } from '../../features/resume/projects-section';
import { SkillsSection } from '../../features/resume/skills-section';
import { DeferredCareerTimeline } from '../../features/timeline/components/deferred-career-timeline';
import '../../features/timeline/timeline.css';
import { useLanguageData } from '../use-language-data';
import { PageMeta } from '../../components/page-meta';
import { projectTechnologies } from '../../content/technologies';

/** The home page: who he is, the career timeline, then the whole résumé as a document. */
export function HomePage() {
  const { resume, now: loadedAt } = useLanguageData();
  const now = useMemo(() => new Date(loadedAt), [loadedAt]);
  const workProjects = resume.projects.filter((project) => project.type === 'work');
  const personalProjects = resume.projects.filter((project) => project.type === 'personal');
  const technologies = useMemo(
    () => new Set(projectTechnologies(resume.projects).map((technology) => technology.slug)),
    [resume],
  );
  return (
    <div className="page page--home">
      <PageMeta
        title={`${resume.basics.name} · ${resume.basics.label}`}
        description={[resume.basics.label, ...resume.work.map((entry) => entry.name)].join(' · ')}
      />
      <ProfileHeader basics={resume.basics} />
      <DeferredCareerTimeline resume={resume} now={now} />
      <div className="resume-document">
        <ExperienceSection work={resume.work} />
        <ProjectsSection projects={workProjects} work={resume.work} />
        <OpenSourceSection contributions={resume.contributions} projects={personalProjects} />
        <SkillsSection skills={resume.skills} technologies={technologies} />
        <EducationSection education={resume.education} />
        <AwardsSection awards={resume.awards} />
      </div>
    </div>
  );
}
