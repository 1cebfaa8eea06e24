import type { Project } from '../../content/schema';

/**
 * A project's roles, organization and type as one line for the résumé document ('' when it gives
 * none). A personal project's organization is left out where its repository's address already names
 * it (`github.com/<entity>/…`), as the address is shown beside it.
 */
export function projectAffiliation(project: Project, listSeparator: string): string {
  const entity =
    project.kind === 'personal' && project.entity && addressNames(project.url, project.entity)
      ? undefined
      : project.entity;
  return [project.roles.join(listSeparator), entity, project.type].filter(Boolean).join(' · ');
}

function addressNames(url: string | undefined, name: string): boolean {
  if (!url) return false;
  const segments = new URL(url).pathname.toLowerCase().split('/');
  return segments.includes(name.toLowerCase());
}
