import { useTranslation } from 'react-i18next';
import type { Resume } from '../../content/schema';

interface ProfileHeaderProps {
  basics: Resume['basics'];
  /**
   * The printable résumé's letterhead: with the phone number (there only), and the profiles as the
   * addresses a reader on paper can type. Absent on screen, where the phone number is never shown.
   */
  paper?: { phone: string | null };
}

/** Name, headline and the ways to reach him. */
export function ProfileHeader({ basics, paper }: ProfileHeaderProps) {
  const { t } = useTranslation();
  return (
    <header className={paper ? 'profile resume-header' : 'profile'}>
      <h1 className="profile__name">{basics.name}</h1>
      <p className="profile__label">{basics.label}</p>
      <ul className="profile__contact" aria-label={t('home.contact')}>
        {basics.email && (
          <li>
            <a href={`mailto:${basics.email}`}>{basics.email}</a>
          </li>
        )}
        {paper?.phone && (
          <li>
            <a href={`tel:${paper.phone.replace(/[^\d+]/g, '')}`}>{paper.phone}</a>
          </li>
        )}
        {/* A profile without an address is no link to follow. */}
        {basics.profiles
          .flatMap(({ url, ...profile }) => (url ? [{ ...profile, url }] : []))
          .map((profile) => (
            <li key={profile.url}>
              <a href={profile.url} rel="noopener noreferrer">
                {paper ? (
                  profile.url.replace(/^https?:\/\//, '')
                ) : (
                  // Between two Latin names, the Latin dot: a CJK font draws it full width.
                  <>
                    {profile.network} <span className="latin">·</span> {profile.username}
                  </>
                )}
              </a>
            </li>
          ))}
      </ul>
    </header>
  );
}
