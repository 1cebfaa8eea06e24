import { useTranslation } from 'react-i18next';
import type { SpokenLanguage } from '../../content/schema';
import { ResumeSection } from './resume-section';

/** The languages he speaks, each with how well; laid out as the skills are. */
export function LanguagesSection({ languages }: { languages: SpokenLanguage[] }) {
  const { t } = useTranslation();
  if (languages.length === 0) return null;
  return (
    <ResumeSection id="languages" title={t('sections.languages')}>
      <dl className="skills">
        {languages.map((entry, index) => (
          <div key={`${index}-${entry.language}`} className="skills__group">
            <dt>{entry.language}</dt>
            <dd>{entry.fluency}</dd>
          </div>
        ))}
      </dl>
    </ResumeSection>
  );
}
