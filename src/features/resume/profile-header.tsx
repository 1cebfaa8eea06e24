import { useTranslation } from 'react-i18next';
import type { Resume } from '../../content/schema';

/** Name, headline and the public ways to reach him. The phone number is deliberately not shown. */
export function ProfileHeader({ basics }: { basics: Resume['basics'] }) {
  const { t } = useTranslation();
  return (
    <header className="profile">
      <h1 className="profile__name">{basics.name}</h1>
      <p className="profile__label">{basics.label}</p>
      <ul className="profile__contact" aria-label={t('home.contact')}>
        <li>
          <a href={`mailto:${basics.email}`}>{basics.email}</a>
        </li>
        {basics.profiles.map((profile) => (
          <li key={profile.url}>
            <a href={profile.url} rel="noopener noreferrer">
              {`${profile.network} · ${profile.username}`}
            </a>
          </li>
        ))}
      </ul>
    </header>
  );
}
