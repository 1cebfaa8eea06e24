import { data, type LoaderFunctionArgs } from 'react-router';
import { isLanguage } from '../../config/languages';
import { loadResume } from '../../content/load-resume';
import type { WorkEntry, WorkProject } from '../../content/schema';

export interface WorkPageData {
  entry: WorkEntry;
  /** The projects done there, in résumé order. */
  projects: WorkProject[];
}

/** The work entry in the URL with the projects done there; an unknown id is a 404. */
export async function workLoader({ params }: LoaderFunctionArgs): Promise<WorkPageData> {
  if (!isLanguage(params.lang)) throw data(null, { status: 404 });
  const resume = await loadResume(params.lang);
  const entry = resume.work.find((candidate) => candidate.id === params.workId);
  if (!entry) throw data(null, { status: 404 });
  const projects = resume.projects.filter(
    (project): project is WorkProject => project.kind === 'work' && project.employer === entry.id,
  );
  return { entry, projects };
}
