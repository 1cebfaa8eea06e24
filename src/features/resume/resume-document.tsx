import { useMemo } from 'react';
import type { Resume } from '../../content/schema';
import { projectTechnologies } from '../../content/technologies';
import { AwardsSection } from './awards-section';
import { CertificatesSection } from './certificates-section';
import { EducationSection } from './education-section';
import { ExperienceSection } from './experience-section';
import { InterestsSection } from './interests-section';
import { LanguagesSection } from './languages-section';
import { OpenSourceSection } from './open-source-section';
import { ProjectsSection } from './projects-section';
import { PublicationsSection } from './publications-section';
import { ReferencesSection } from './references-section';
import { SkillsSection } from './skills-section';
import { VolunteerSection } from './volunteer-section';

/**
 * The whole résumé as a document, as the home page and the résumé page show it: experience, work
 * projects, open source, volunteering, skills, languages, education, awards, certificates,
 * publications, interests and references, each only where the résumé has it. `withResults` (the
 * résumé page) adds the highlights of the employers and the results of the projects.
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
      <ExperienceSection work={resume.work} withResults={withResults} />
      <ProjectsSection projects={workProjects} work={resume.work} withResults={withResults} />
      <OpenSourceSection
        contributions={resume.contributions}
        projects={personalProjects}
        withResults={withResults}
      />
      <VolunteerSection volunteer={resume.volunteer} />
      <SkillsSection skills={resume.skills} technologies={technologies} />
      <LanguagesSection languages={resume.languages} />
      <EducationSection education={resume.education} />
      <AwardsSection awards={resume.awards} />
      <CertificatesSection certificates={resume.certificates} />
      <PublicationsSection publications={resume.publications} />
      <InterestsSection interests={resume.interests} />
      <ReferencesSection references={resume.references} />
    </div>
  );
}
