import { describe, expect, it } from 'vitest';
import { readSettings } from '../../../src/lib/site/settings.ts';

const good = {
  name: '甘肃社会组织助力乡村振兴',
  publisher: '甘肃省民政厅',
  url: 'https://xczx.example.gov.cn/',
  dataAsOf: '2024 年 12 月',
};

describe('site settings', () => {
  it('reads a minimal file, with defaults for the rest', () => {
    const r = readSettings(good, 'site.yaml');
    expect(r).toMatchObject({
      ok: true,
      settings: { url: 'https://xczx.example.gov.cn', base: '/', scope: '全国', license: { name: 'CC BY 4.0' } },
    });
  });

  it('names each wrong setting in Chinese', () => {
    const r = readSettings({ ...good, url: 'xczx.example.gov.cn', base: 'xczx', colour: 'red' }, 'gansu/site.yaml');
    expect(r.ok).toBe(false);
    const problems = r.ok ? [] : r.problems;
    expect(problems.some((p) => p.startsWith('gansu/site.yaml 设置项 url：') && p.includes('http'))).toBe(true);
    expect(problems.some((p) => p.startsWith('gansu/site.yaml 设置项 base：'))).toBe(true);
    expect(problems.some((p) => p.includes('不认识的设置项 colour'))).toBe(true);
  });

  it('asks for the base path that the address names', () => {
    const r = readSettings({ ...good, url: 'https://example.gov.cn/gansu' }, 'site.yaml');
    expect(r.ok ? [] : r.problems).toEqual([
      'site.yaml 设置项 base：网址 https://example.gov.cn/gansu 在子目录 /gansu/ 下，子目录应写作 /gansu（现为 /）。',
    ]);
    expect(readSettings({ ...good, url: 'https://example.gov.cn/gansu', base: '/gansu' }, 'site.yaml').ok).toBe(true);
  });

  it('asks for the 审图号 of an approved base map', () => {
    const r = readSettings({ ...good, map: { provinces: 'maps/gansu.json' } }, 'site.yaml');
    expect(r.ok ? [] : r.problems).toEqual(['site.yaml 设置项 map.approvalNumber：换用了底图文件，请同时填写它的审图号。']);
  });

  it('says what is missing from an empty file', () => {
    const r = readSettings(null, 'site.yaml');
    expect(r.ok ? [] : r.problems.map((p) => p.split('：')[0])).toEqual([
      'site.yaml 设置项 name',
      'site.yaml 设置项 publisher',
      'site.yaml 设置项 url',
      'site.yaml 设置项 dataAsOf',
    ]);
  });
});
