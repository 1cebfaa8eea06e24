import { useTranslation } from 'react-i18next';
import type { Certificate } from '../../content/schema';
import { resumeEntryAnchor } from '../../config/paths';
import { ResumeSection } from './resume-section';

/** The certificates, each with who issued it; as the awards are listed. */
export function CertificatesSection({ certificates }: { certificates: Certificate[] }) {
  const { t } = useTranslation();
  if (certificates.length === 0) return null;
  return (
    <ResumeSection id="certificates" title={t('sections.certificates')}>
      <ul className="compact-list">
        {certificates.map((certificate) => (
          <li key={certificate.id} id={resumeEntryAnchor('certificate', certificate.id)}>
            <h3 className="compact-list__title">
              {certificate.url ? (
                <a href={certificate.url} rel="noopener noreferrer">
                  {certificate.name}
                </a>
              ) : (
                certificate.name
              )}
            </h3>
            {certificate.issuer && <p className="compact-list__detail">{certificate.issuer}</p>}
          </li>
        ))}
      </ul>
    </ResumeSection>
  );
}
