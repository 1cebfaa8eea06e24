import { useTranslation } from 'react-i18next';
import type { SkillGroup } from '../../content/schema';
import { ResumeSection } from './resume-section';
import { Chips } from '../../components/chips';

/** The skills; one a project uses links to the timeline filtered by it (`technologies`: their slugs). */
export function SkillsSection({
  skills,
  technologies,
}: {
  skills: SkillGroup[];
  technologies: ReadonlySet<string>;
}) {
  const { t } = useTranslation();
  return (
    <ResumeSection id="skills" title={t('sections.skills')}>
      <dl className="skills">
        {skills.map((group) => (
          <div key={group.name} className="skills__group">
            <dt>{group.name}</dt>
            <dd>
              <Chips keywords={group.keywords} linkable={technologies} />
            </dd>
          </div>
        ))}
      </dl>
    </ResumeSection>
  );
}
