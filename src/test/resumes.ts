import en from '../content/resume.en.json' with { type: 'json' };
import zh from '../content/resume.zh.json' with { type: 'json' };
import { normalizeResume } from '../content/normalize-resume';
import { resumeSchema, type Resume } from '../content/schema';

/** The content's two résumés as the build parses them: typed by the schema, not by a cast. */
export const resumes: { zh: Resume; en: Resume } = {
  zh: normalizeResume(resumeSchema.parse(zh)),
  en: normalizeResume(resumeSchema.parse(en)),
};
