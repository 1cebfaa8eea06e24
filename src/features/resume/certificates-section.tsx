import { useTranslation } from 'react-i18next';
import type { Certificate } from '../../content/schema';
import { resumeEntryAnchor } from '../../config/paths';
import { CompactEntry } from './compact-entry';
import { ResumeSection } from './resume-section';

/** The certificates, each with who issued it; as the awards are listed. */
export function CertificatesSection({ certificates }: { certificates: Certificate[] }) {
  const { t } = useTranslation();
  if (certificates.length === 0) return null;
  return (
    <ResumeSection id="certificates" title={t('sections.certificates')}>
      <ul className="compact-list">
        {certificates.map((certificate) => (
          <CompactEntry
            key={certificate.id}
            anchor={resumeEntryAnchor('certificate', certificate.id)}
            title={certificate.name}
            url={certificate.url}
            detail={certificate.issuer}
          />
        ))}
      </ul>
    </ResumeSection>
  );
}
