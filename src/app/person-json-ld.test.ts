import { describe, expect, it } from 'vitest';
import en from '../content/resume.en.json';
import type { Resume } from '../content/schema';
import { personJsonLd } from './person-json-ld';

describe('personJsonLd', () => {
  const person = personJsonLd(en as unknown as Resume, 'https://example.org/en/');

  it('describes him from the résumé: name, title, email, profiles, school, current employer', () => {
    expect(person).toMatchObject({
      '@type': 'Person',
      name: 'Linwei Zhang',
      jobTitle: 'Rust Engineer (Databases)',
      email: 'mailto:lewiszlw520@gmail.com',
      url: 'https://example.org/en/',
      sameAs: [
        'https://github.com/lewiszlw',
        'https://github.com/systemxlabs',
        'https://github.com/NightsWatchGames',
      ],
      worksFor: { name: '数慧时空 (Shuhui Shikong)' },
      alumniOf: [{ name: 'Wuhan University of Technology' }],
    });
  });

  it('never contains the phone number', () => {
    expect(JSON.stringify(person)).not.toContain(en.basics.phone);
    expect(JSON.stringify(person)).not.toContain('telephone');
  });
});
