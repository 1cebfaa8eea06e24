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
  if (skills.length === 0) return null;
  return (
    <ResumeSection id="skills" title={t('sections.skills')}>
      <dl className="skills">
        {skills.map((group, index) => (
          <div key={`${index}-${group.name}`} className="skills__group">
            <dt>
              {group.name}
              {group.level && <span className="skills__level">{group.level}</span>}
            </dt>
            <dd>
              <Chips keywords={group.keywords} linkable={technologies} />
            </dd>
          </div>
        ))}
      </dl>
    </ResumeSection>
  );
}
