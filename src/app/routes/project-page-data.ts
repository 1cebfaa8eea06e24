import type { Project, Resume, WorkEntry } from '../../content/schema';
import { orderProjectsChronologically } from '../../features/projects/project-order';

export interface ProjectPageData {
  project: Project;
  /** The work entry a work project was done at. */
  employer?: WorkEntry;
  /** The neighbours in chronological order. */
  previous?: Project;
  next?: Project;
}

/** The project with id `projectId`, its employer and neighbours; null if the résumé has none. */
export function projectPageData(
  resume: Resume,
  projectId: string | undefined,
): ProjectPageData | null {
  const projects = orderProjectsChronologically(resume);
  const index = projects.findIndex((project) => project.id === projectId);
  const project = projects[index];
  if (!project) return null;
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
