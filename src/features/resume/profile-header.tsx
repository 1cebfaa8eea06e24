import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Resume } from '../../content/schema';

interface ProfileHeaderProps {
  basics: Resume['basics'];
  /**
   * The printable résumé's letterhead: with the phone number (there only), and the profiles as the
   * addresses a reader on paper can type. Absent on screen, where the phone number is never shown.
   */
  paper?: { phone: string | null };
}

/** Name, headline, summary, where he is and the ways to reach him. */
export function ProfileHeader({ basics, paper }: ProfileHeaderProps) {
  const { t } = useTranslation();
  const location = placeName(basics.location, t);
  return (
    <header className={paper ? 'profile resume-header' : 'profile'}>
      <h1 className="profile__name">{basics.name}</h1>
      {basics.label && <p className="profile__label">{basics.label}</p>}
      {basics.summary && <p className="profile__summary">{basics.summary}</p>}
      <ul className="profile__contact" aria-label={t('home.contact')}>
        {location && <li className="profile__location">{location}</li>}
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

/** The city and region only: a street address or postal code is not for a public page. */
function placeName(location: Resume['basics']['location'], t: TFunction): string | undefined {
  const { city, region } = location ?? {};
  if (city && region) return t('home.location', { city, region });
  return city ?? region;
}
