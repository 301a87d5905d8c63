import { describe, expect, it } from 'vitest';
import { publishFindings, type PublishSettings } from '../../../src/lib/site/publishCheck.ts';

const ready: PublishSettings = {
  url: 'https://mzt.gansu.gov.cn',
  publisher: '某省民政厅',
  publisherIsPlaceholder: false,
  mapApprovalNumber: 'GS(2024)0650号',
};

describe('publishFindings', () => {
  it.each([
    { name: 'everything set', s: ready, want: [] },
    { name: 'localhost URL', s: { ...ready, url: 'http://localhost:4321' }, want: ['local-site-url'] },
    { name: 'loopback IP', s: { ...ready, url: 'http://127.0.0.1:8080/showcase' }, want: ['local-site-url'] },
    { name: 'not a URL', s: { ...ready, url: 'example.gov.cn' }, want: ['local-site-url'] },
    { name: 'the example address npm run new writes', s: { ...ready, url: 'https://example.gov.cn' }, want: ['local-site-url'] },
    { name: 'the publisher npm run new writes', s: { ...ready, publisher: '（请填写主办单位全称）' }, want: ['placeholder-publisher'] },
    { name: 'placeholder publisher', s: { ...ready, publisherIsPlaceholder: true }, want: ['placeholder-publisher'] },
    { name: 'blank publisher', s: { ...ready, publisher: '  ' }, want: ['placeholder-publisher'] },
    { name: 'no 审图号', s: { ...ready, mapApprovalNumber: null }, want: ['schematic-map'] },
    { name: 'blank 审图号', s: { ...ready, mapApprovalNumber: ' ' }, want: ['schematic-map'] },
    {
      name: 'defaults',
      s: { url: 'http://localhost:4321', publisher: '（主办单位待填写）', publisherIsPlaceholder: true, mapApprovalNumber: null },
      want: ['local-site-url', 'placeholder-publisher', 'schematic-map'],
    },
  ])('$name', ({ s, want }) => {
    expect(publishFindings(s).map((f) => f.code)).toEqual(want);
  });

  it('names the keys of a publisher’s site.yaml, not environment variables', () => {
    const f = publishFindings({
      url: 'https://example.gov.cn',
      publisher: '（请填写主办单位全称）',
      publisherIsPlaceholder: false,
      mapApprovalNumber: null,
      settingsFile: '甘肃/site.yaml',
    });
    expect(f.map((x) => x.message.includes('甘肃/site.yaml'))).toEqual([true, true, true]);
    expect(f.some((x) => /SITE_|MAP_/u.test(x.message))).toBe(false);
  });

  it('says in Chinese which setting to use', () => {
    const [url, publisher, map] = publishFindings({
      url: 'http://localhost:4321',
      publisher: 'x',
      publisherIsPlaceholder: true,
      mapApprovalNumber: null,
    });
    expect(url!.message).toContain('SITE_URL');
    expect(url!.message).toContain('http://localhost:4321');
    expect(publisher!.message).toContain('SITE_PUBLISHER');
    expect(map!.message).toContain('MAP_APPROVAL_NUMBER');
  });
});
