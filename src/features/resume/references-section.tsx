import { useTranslation } from 'react-i18next';
import type { Testimonial } from '../../content/schema';
import { ResumeSection } from './resume-section';

/** What others say of him (JSON Resume's `references`): each quote with who said it. */
export function ReferencesSection({ references }: { references: Testimonial[] }) {
  const { t } = useTranslation();
  if (references.length === 0) return null;
  return (
    <ResumeSection id="references" title={t('sections.references')}>
      <ul className="compact-list">
        {references.map((testimonial, index) => (
          <li key={`${index}-${testimonial.name}`}>
            <figure className="testimonial">
              {testimonial.reference && (
                <blockquote className="testimonial__quote">
                  <p>{testimonial.reference}</p>
                </blockquote>
              )}
              {testimonial.name && (
                <figcaption className="compact-list__detail">{testimonial.name}</figcaption>
              )}
            </figure>
          </li>
        ))}
      </ul>
    </ResumeSection>
  );
}
