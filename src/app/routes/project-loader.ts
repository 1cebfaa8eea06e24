import { data, type LoaderFunctionArgs } from 'react-router';
import { isLanguage } from '../../config/languages';
import { loadResume } from '../../content/load-resume';
import type { Project, WorkEntry } from '../../content/schema';
import { orderProjectsChronologically } from '../../features/projects/project-order';

export interface ProjectPageData {
  project: Project;
  /** The work entry a work project was done at. */
  employer?: WorkEntry;
  /** The neighbours in chronological order. */
  previous?: Project;
  next?: Project;
}

/** The project in the URL with its employer and neighbours; an unknown id is a 404. */
export async function projectLoader({ params }: LoaderFunctionArgs): Promise<ProjectPageData> {
  if (!isLanguage(params.lang)) throw data(null, { status: 404 });
  const resume = await loadResume(params.lang);
  const projects = orderProjectsChronologically(resume);
  const index = projects.findIndex((project) => project.id === params.projectId);
  const project = projects[index];
  if (!project) throw data(null, { status: 404 });
  return {
    project,
    employer:
      project.kind === 'work'
        ? resume.work.find((entry) => entry.id === project.employer)
        : undefined,
    previous: projects[index - 1],
    next: projects[index + 1],
  };
}
