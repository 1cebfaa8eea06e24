import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLoaderData } from 'react-router';
import { PageMeta } from '../../components/page-meta';
import { paths } from '../../config/paths';
import { projectTechnologies } from '../../content/technologies';
import { AwardsSection } from '../../features/resume/awards-section';
import { EducationSection } from '../../features/resume/education-section';
import { ExperienceSection } from '../../features/resume/experience-section';
import { OpenSourceSection } from '../../features/resume/open-source-section';
import { ProjectsSection } from '../../features/resume/projects-section';
import { ResumeDownloads } from '../../features/resume/resume-downloads';
import { ResumeHeader } from '../../features/resume/resume-header';
import { SkillsSection } from '../../features/resume/skills-section';
import { useLanguageData } from '../use-language-data';
import type { ResumePageData } from './resume-loader';

/** The whole résumé as one document for paper (two A4 pages), with its PDF and JSON Resume file. */
export function ResumePage() {
  const { t } = useTranslation();
  const { resume, language } = useLanguageData();
  const { phone, pdf } = useLoaderData<ResumePageData>();
  const workProjects = resume.projects.filter((project) => project.type === 'work');
  const personalProjects = resume.projects.filter((project) => project.type === 'personal');
  const technologies = useMemo(
    () => new Set(projectTechnologies(resume.projects).map((technology) => technology.slug)),
    [resume],
  );
  return (
    <article className="page page--resume">
      <PageMeta
        title={`${resume.basics.name} · ${t('resume.title')}`}
        description={t('resume.description', {
          name: resume.basics.name,
          label: resume.basics.label,
        })}
      />
      <ResumeHeader basics={resume.basics} phone={phone} />
      <ResumeDownloads pdf={pdf} json={paths.resumeJson(language)} />
      <div className="resume-document">
        <ExperienceSection work={resume.work} />
        <ProjectsSection projects={workProjects} work={resume.work} withResults />
        <OpenSourceSection contributions={resume.contributions} projects={personalProjects} />
        <SkillsSection skills={resume.skills} technologies={technologies} />
        <EducationSection education={resume.education} />
        <AwardsSection awards={resume.awards} />
      </div>
    </article>
  );
}
