import type { Resume, WorkEntry, WorkProject } from '../../content/schema';

export interface WorkPageData {
  entry: WorkEntry;
  /** The projects done there, in résumé order. */
  projects: WorkProject[];
}

/** The work entry with id `workId` and the projects done there; null if the résumé has none. */
export function workPageData(resume: Resume, workId: string | undefined): WorkPageData | null {
  const entry = resume.work.find((candidate) => candidate.id === workId);
  if (!entry) return null;
  const projects = resume.projects.filter(
    (project): project is WorkProject => project.kind === 'work' && project.employer === entry.id,
  );
  return { entry, projects };
}
