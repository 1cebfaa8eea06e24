/** The résumé page's route: its document alone carries its data (resume-page-data.ts). */
export const resumeRouteId = 'resume';
/** Its path under the language's. */
export const resumeRoutePath = 'resume';
