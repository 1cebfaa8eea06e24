import { useTranslation } from 'react-i18next';
import type { SkillGroup } from '../../content/schema';
import { ResumeSection } from './resume-section';

export function SkillsSection({ skills }: { skills: SkillGroup[] }) {
  const { t } = useTranslation();
  return (
    <ResumeSection id="skills" title={t('sections.skills')}>
      <dl className="skills">
        {skills.map((group) => (
          <div key={group.name} className="skills__group">
            <dt>{group.name}</dt>
            <dd>
              <ul className="chips">
                {group.keywords.map((keyword) => (
                  <li key={keyword} className="chip">
                    {keyword}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ))}
      </dl>
    </ResumeSection>
  );
}
