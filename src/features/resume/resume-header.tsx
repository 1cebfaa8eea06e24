import { useTranslation } from 'react-i18next';
import type { Resume } from '../../content/schema';

/**
 * The résumé's letterhead: name, headline and every way to reach him, the phone number included,
 * with the profiles as the addresses a reader on paper can type.
 */
export function ResumeHeader({
  basics,
  phone,
}: {
  basics: Resume['basics'];
  phone: string | null;
}) {
  const { t } = useTranslation();
  return (
    <header className="profile resume-header">
      <h1 className="profile__name">{basics.name}</h1>
      <p className="profile__label">{basics.label}</p>
      <ul className="profile__contact" aria-label={t('home.contact')}>
        <li>
          <a href={`mailto:${basics.email}`}>{basics.email}</a>
        </li>
        {phone && (
          <li>
            <a href={`tel:${phone.replace(/[^\d+]/g, '')}`}>{phone}</a>
          </li>
        )}
        {basics.profiles.map((profile) => (
          <li key={profile.url}>
            <a href={profile.url} rel="noopener noreferrer">
              {profile.url.replace(/^https:\/\//, '')}
            </a>
          </li>
        ))}
      </ul>
    </header>
  );
}
