import { useMemo } from 'react';
import type { Resume } from '../../content/schema';
import { projectTechnologies } from '../../content/technologies';
import { AwardsSection } from './awards-section';
import { EducationSection } from './education-section';
import { ExperienceSection } from './experience-section';
import { OpenSourceSection } from './open-source-section';
import { ProjectsSection } from './projects-section';
import { SkillsSection } from './skills-section';

/**
 * The whole résumé as a document, as the home page and the résumé page show it: experience, work
 * projects (with their results on the résumé page), open source, skills, education and awards.
 */
export function ResumeDocument({ resume, withResults }: { resume: Resume; withResults?: boolean }) {
  const technologies = useMemo(
    () => new Set(projectTechnologies(resume.projects).map((technology) => technology.slug)),
    [resume],
  );
  const workProjects = resume.projects.filter((project) => project.kind === 'work');
  const personalProjects = resume.projects.filter((project) => project.kind === 'personal');
  return (
    <div className="resume-document">
      <ExperienceSection work={resume.work} />
      <ProjectsSection projects={workProjects} work={resume.work} withResults={withResults} />
      <OpenSourceSection contributions={resume.contributions} projects={personalProjects} />
      <SkillsSection skills={resume.skills} technologies={technologies} />
      <EducationSection education={resume.education} />
      <AwardsSection awards={resume.awards} />
    </div>
  );
}
