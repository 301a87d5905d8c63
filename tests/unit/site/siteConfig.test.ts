import { describe, expect, it } from 'vitest';
import { licenseFromEnv } from '../../../site.config.ts';

describe('licenseFromEnv', () => {
  it.each([
    { name: undefined, url: undefined, want: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.zh-hans' } },
    { name: '', url: undefined, want: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.zh-hans' } },
    {
      name: 'CC BY-SA 4.0',
      url: 'https://creativecommons.org/licenses/by-sa/4.0/',
      want: { name: 'CC BY-SA 4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/' },
    },
  ])('$name', ({ name, url, want }) => {
    expect(licenseFromEnv(name, url)).toEqual(want);
  });

  it('stops with a Chinese message when a licence is named without its URL', () => {
    expect(() => licenseFromEnv('CC BY-SA 4.0', undefined)).toThrow(/\[site-license-url\].*SITE_LICENSE_URL/u);
  });
});
