import { useTranslation } from 'react-i18next';
import type { Interest } from '../../content/schema';
import { Chips } from '../../components/chips';
import { ResumeSection } from './resume-section';

/** No interest is a technology to filter the timeline by, so its keywords are plain chips. */
const noTechnologies: ReadonlySet<string> = new Set();

/** The interests, each with its keywords; laid out as the skills are. */
export function InterestsSection({ interests }: { interests: Interest[] }) {
  const { t } = useTranslation();
  if (interests.length === 0) return null;
  return (
    <ResumeSection id="interests" title={t('sections.interests')}>
      <dl className="skills">
        {interests.map((interest, index) => (
          <div key={`${index}-${interest.name}`} className="skills__group">
            <dt>{interest.name}</dt>
            <dd>
              <Chips keywords={interest.keywords} linkable={noTechnologies} />
            </dd>
          </div>
        ))}
      </dl>
    </ResumeSection>
  );
}
