/** The résumé documents as the build parses them (resume-module-plugin.ts). */
declare module 'virtual:resume/*' {
  const resume: import('./schema').Resume;
  export default resume;
}
