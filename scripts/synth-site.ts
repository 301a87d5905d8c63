/**
 * npm run synth:site -- [--projects 10000] [--orgs <projects / 20>] [--seed 42] [--out bench-out/site-<projects>]
 *
 * Writes a seeded synthetic publisher's site folder (site.yaml, data/organizations.csv,
 * data/projects.csv, an empty content/) for the scale benchmark (npm run bench:site). Never into
 * data/: every name in it says 合成, and no record of it may enter the demo. What it models, from
 * issue #14's national platform: real county codes, 30 % of projects in listed key counties, 10 %
 * co-funded by two organizations, organizations skewed so that a few run many projects, several
 * years, a few unknown amounts and approximate figures.
 * Reuses a folder already written with the same arguments (the file `.synth` records them).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { REGION_ROWS } from '../src/lib/regionTable.ts';
import { DOMAINS, ORG_TYPES, REGISTRATION_LEVELS } from '../src/lib/schema/vocab.ts';
import { mulberry32, pick } from '../tests/fixtures/random.ts';

export interface SynthOptions {
  projects: number;
  orgs: number;
  seed: number;
  out: string;
}

/** A CSV cell: quoted when it holds a comma, quote or line break. */
const cell = (v: string | number | null): string => {
  const s = v === null ? '' : String(v);
  return /[",\n]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s;
};

/** Writes the folder (or keeps one written with the same options) and returns its path. */
export function synthSite(o: SynthOptions): string {
  const dir = resolve(o.out);
  const stamp = JSON.stringify(o);
  if (existsSync(join(dir, '.synth')) && readFileSync(join(dir, '.synth'), 'utf8') === stamp) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'data'), { recursive: true });
  mkdirSync(join(dir, 'content'), { recursive: true });
  const rnd = mulberry32(o.seed);

  const keyCounties = readFileSync(resolve('reference/key-counties.csv'), 'utf8')
    .split('\n')
    .slice(1)
    .filter((l) => l.trim() !== '')
    .map((l) => l.split(',')[3]!);
  const counties = REGION_ROWS.filter((r) => r[2] === 'county').map((r) => r[0]);
  const provinces = REGION_ROWS.filter((r) => r[2] === 'province').map((r) => r[0]);

  // organizations: ids org-1 … org-M; names say 合成
  const orgLines = ['id,name,type,registrationLevel,homeRegion,source'];
  const typeLabels = ORG_TYPES.map((t) => t.label);
  const levelLabels = REGISTRATION_LEVELS.map((l) => l.label);
  for (let i = 1; i <= o.orgs; i++) {
    const type = pick(rnd, typeLabels);
    const suffix = type.startsWith('基金会') ? '公益基金会' : type.startsWith('社会团体') ? '促进会' : '社会工作服务中心';
    orgLines.push(
      [`org-${i}`, `合成测试第${i}${suffix}`, type, pick(rnd, levelLabels), pick(rnd, provinces), '合成数据（基准测试用）']
        .map(cell)
        .join(','),
    );
  }
  writeFileSync(join(dir, 'data', 'organizations.csv'), `${orgLines.join('\n')}\n`);

  // projects: a few organizations run many (index skewed by a cube), 10 % co-funded, 30 % in key counties
  const org = (): string => `org-${1 + Math.floor(o.orgs * rnd() ** 3)}`;
  const domainLabels = DOMAINS.map((d) => d.label);
  const amount = (): string | null => {
    const k = rnd();
    if (k < 0.15) return null; // unknown is not zero
    const v = Math.max(1, Math.round(rnd() * rnd() * 50_000)) / 10;
    return k < 0.25 ? `${v}余` : String(v);
  };
  const chunks: string[] = ['id,name,organizationIds,targetRegions,domain,fundsPledgedWan,fundsInvestedWan,beneficiaries,year,source\n'];
  let buf = '';
  for (let i = 1; i <= o.projects; i++) {
    const orgs = rnd() < 0.1 ? [...new Set([org(), org()])] : [org()];
    const target = rnd() < 0.3 ? pick(rnd, keyCounties) : pick(rnd, counties);
    const ben = rnd() < 0.3 ? null : `${Math.floor(rnd() * 5000)}${pick(rnd, ['人', '人次', '户'])}`;
    buf += `${[
      `p-${i}`,
      `合成项目第${i}号`,
      orgs.join(';'),
      target,
      pick(rnd, domainLabels),
      amount(),
      amount(),
      ben,
      2021 + Math.floor(rnd() * 3),
      '合成数据（基准测试用）',
    ]
      .map(cell)
      .join(',')}\n`;
    if (buf.length > 1 << 20) {
      chunks.push(buf);
      buf = '';
    }
  }
  chunks.push(buf);
  writeFileSync(join(dir, 'data', 'projects.csv'), chunks.join(''));
  writeFileSync(
    join(dir, 'site.yaml'),
    [
      '# 合成数据的网站设置，仅供基准测试（npm run bench:site），不得发布',
      `name: 合成数据基准站（${o.projects} 个项目）`,
      'publisher: 合成数据',
      'url: https://synthetic.example.org',
      'scope: 全国',
      'dataAsOf: 合成数据',
      '',
    ].join('\n'),
  );
  writeFileSync(join(dir, '.synth'), stamp);
  return dir;
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      projects: { type: 'string', default: '10000' },
      orgs: { type: 'string' },
      seed: { type: 'string', default: '42' },
      out: { type: 'string' },
    },
  });
  const projects = Number(values.projects);
  const options: SynthOptions = {
    projects,
    orgs: values.orgs === undefined ? Math.max(10, Math.round(projects / 20)) : Number(values.orgs),
    seed: Number(values.seed),
    out: values.out ?? join('bench-out', `site-${projects}`),
  };
  const dir = synthSite(options);
  console.log(`已写入合成网站文件夹 ${dir}（${options.projects} 个项目，${options.orgs} 家组织）。`);
}
