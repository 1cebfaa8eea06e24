import { useTranslation } from 'react-i18next';
import type { SkillGroup } from '../../content/schema';
import { ResumeSection } from './resume-section';
import { Chips } from '../../components/chips';

export function SkillsSection({ skills }: { skills: SkillGroup[] }) {
  const { t } = useTranslation();
  return (
    <ResumeSection id="skills" title={t('sections.skills')}>
      <dl className="skills">
        {skills.map((group) => (
          <div key={group.name} className="skills__group">
            <dt>{group.name}</dt>
            <dd>
              <Chips keywords={group.keywords} />
            </dd>
          </div>
        ))}
      </dl>
    </ResumeSection>
  );
}
