/**
 * npm run bench:site [-- --sizes 10000,100000] [--skip-floor] [--check-only]
 *
 * The whole-site benchmark of issue #14. For each size it writes a seeded synthetic publisher
 * folder (scripts/synth-site.ts, under bench-out/, never data/; organizations = projects / 20),
 * then measures in the same run, one after another (never side by side on this 2-core machine):
 *   - reading the rows alone: decode + papaparse of the folder's CSV files;
 *   - `npm run data:check` on the folder: once with node's compile cache empty, then alternating with
 *     the rows alone, CHECK_RUNS times each (median and range; --check-only stops there);
 *   - `npm run build` of the folder (data check, pages, search index, downloads);
 *   - the floor: a bare Astro build, same Astro, of as many trivial pages as the site build wrote,
 *     with Astro's defaults; then the same with the site's page concurrency (astro.config.mjs
 *     renders 4 pages at a time, which speeds a bare build as well), for a like-for-like ratio.
 * Each process tree is sampled from /proc every 200 ms for the peak resident memory of each of its
 * processes (astro, pagefind …), beside the exact peak of the largest one (/usr/bin/time).
 * Then it weighs the output: the largest HTML page, and the home and map pages raw and brotli.
 * It prints figures and ratios of this one run; no test asserts them. The machine is noisy: run it
 * more than once before trusting a difference under 10 %.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { brotliCompressSync } from 'node:zlib';
import Papa from 'papaparse';
import { synthSite } from './synth-site.ts';

const ROOT = process.cwd();
const OUT = join(ROOT, 'bench-out');

interface Run {
  seconds: number;
  /** Peak RSS of the largest process of the tree (kB, from wait4 via /usr/bin/time). */
  maxRssKb: number;
  /** Peak RSS per kind of process, sampled (kB). */
  peaks: Map<string, number>;
  ok: boolean;
  tail: string;
}

/** Every descendant of `root` (and root) with its command line. */
function tree(root: number): { pid: number; cmd: string }[] {
  const parent = new Map<number, number>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/u.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parent.set(Number(d), ppid);
    } catch {
      // gone meanwhile
    }
  }
  const out: { pid: number; cmd: string }[] = [];
  for (const pid of parent.keys()) {
    let p: number | undefined = pid;
    while (p !== undefined && p !== root && p > 1) p = parent.get(p);
    if (p !== root) continue;
    try {
      out.push({ pid, cmd: readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/gu, ' ') });
    } catch {
      // gone meanwhile
    }
  }
  return out;
}

/** What a process is, for the table: astro, pagefind, chromium, node (other) … */
function kindOf(cmd: string): string | null {
  if (cmd.includes('/usr/bin/time')) return null;
  if (/pagefind/u.test(cmd)) return 'pagefind';
  if (/astro(\.mjs)? build/u.test(cmd)) return 'astro';
  if (/chrom/u.test(cmd)) return 'chromium';
  if (/data-check/u.test(cmd)) return 'data:check';
  if (/^(npm|sh) /u.test(cmd) || cmd.includes('npm-cli')) return null;
  const first = cmd.split(' ')[0] ?? '';
  return first.split('/').at(-1) ?? first;
}

function rssKb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+)/u.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** Runs a command under /usr/bin/time, sampling its process tree. */
function run(cmd: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  const timeFile = join(OUT, `.time-${process.pid}`);
  return new Promise((done) => {
    const t0 = performance.now();
    const child = spawn('/usr/bin/time', ['-f', '%M', '-o', timeFile, cmd, ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let tail = '';
    const keep = (b: Buffer): void => {
      tail = (tail + b.toString('utf8')).slice(-4000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const peaks = new Map<string, number>();
    const timer = setInterval(() => {
      for (const { pid, cmd: c } of tree(child.pid!)) {
        const kind = kindOf(c);
        if (kind !== null && kind !== '') peaks.set(kind, Math.max(peaks.get(kind) ?? 0, rssKb(pid)));
      }
    }, 200);
    child.on('close', (code) => {
      clearInterval(timer);
      const seconds = (performance.now() - t0) / 1000;
      const maxRssKb = existsSync(timeFile) ? Number(readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)) : 0;
      rmSync(timeFile, { force: true });
      done({ seconds, maxRssKb, peaks, ok: code === 0, tail });
    });
  });
}

/** Reading the rows alone: decode + papaparse of every CSV of the data folder (the child process of --read-rows). */
function readRows(dataDir: string): number {
  let rows = 0;
  for (const f of readdirSync(dataDir).filter((n) => n.endsWith('.csv'))) {
    const text = new TextDecoder().decode(readFileSync(join(dataDir, f)));
    rows += Papa.parse<string[]>(text, { skipEmptyLines: true }).data.length - 1;
  }
  return rows;
}

/** The site's build.concurrency (astro.config.mjs), for the like-for-like floor. */
const SITE_CONCURRENCY = Number(/concurrency:\s*(\d+)/u.exec(readFileSync(join(ROOT, 'astro.config.mjs'), 'utf8'))?.[1] ?? 1);

/** A bare Astro project of `pages` trivial pages, using this repository's Astro, rendering `concurrency` pages at a time. */
function floorProject(pages: number, concurrency = 1): string {
  const dir = join(OUT, `floor-${pages}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src', 'pages'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), '{ "name": "floor", "type": "module", "private": true }\n');
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nexport default defineConfig(${concurrency === 1 ? '{}' : `{ build: { concurrency: ${concurrency} } }`});\n`,
  );
  writeFileSync(
    join(dir, 'src', 'pages', '[id].astro'),
    `---
export function getStaticPaths() {
  return Array.from({ length: ${pages} }, (_, i) => ({ params: { id: String(i) } }));
}
const { id } = Astro.params;
---
<html lang="zh-CN"><head><meta charset="utf-8" /><title>第 {id} 页</title></head><body><h1>第 {id} 页</h1><p>一个最简单的页面。</p></body></html>
`,
  );
  return dir;
}

function htmlFiles(dir: string): { path: string; bytes: number }[] {
  const out: { path: string; bytes: number }[] = [];
  for (const rel of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!rel.endsWith('.html')) continue;
    out.push({ path: rel, bytes: statSync(join(dir, rel)).size });
  }
  return out;
}

/** Runs of data:check and of reading the rows alone, for a median and range. */
const CHECK_RUNS = 5;

/** "median（min–max）" of some figures. */
function spread(xs: readonly number[], digits: number): string {
  const s = [...xs].sort((a, b) => a - b);
  const median = s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
  return `${median.toFixed(digits)}（${s[0]!.toFixed(digits)}–${s.at(-1)!.toFixed(digits)}）`;
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KB`;
const gb = (kbytes: number): string => `${(kbytes / 1024 / 1024).toFixed(2)} GB`;
const peaksText = (p: Map<string, number>): string =>
  [...p]
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${gb(v)}`)
    .join('，');

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000' },
    'skip-floor': { type: 'boolean', default: false },
    'check-only': { type: 'boolean', default: false },
    'read-rows': { type: 'string' },
  },
});
if (values['read-rows'] !== undefined) {
  console.log(readRows(values['read-rows']));
  process.exit(0);
}
mkdirSync(OUT, { recursive: true });
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const rows: string[] = [];
console.log('bench:site — 合成数据整站构建与同页数的 Astro 空白构建（同一次运行内先后测量）\n');
for (const size of values.sizes.split(',').map(Number)) {
  const orgs = Math.max(10, Math.round(size / 20));
  const site = synthSite({ projects: size, orgs, seed: 42, out: join(OUT, `site-${size}`) });
  const env = { SITE_DIR: site };
  // data:check against the rows alone, each a process of its own (node's start-up is in both), node on
  // the script (npm's own start-up is not the check's); first with node's compile cache empty, then
  // CHECK_RUNS times each, alternating, with it kept as a publisher's second check finds it
  const cache = join(OUT, 'compile-cache');
  rmSync(cache, { recursive: true, force: true });
  const checkEnv = { ...env, NODE_COMPILE_CACHE: cache };
  const cold = await run(process.execPath, [join(ROOT, 'scripts', 'data-check.ts')], checkEnv);
  if (!cold.ok) console.log(`${size} 个项目：data:check 未通过\n${cold.tail}`);
  const alones: Run[] = [];
  const checks: Run[] = [];
  for (let i = 0; i < CHECK_RUNS; i++) {
    alones.push(
      await run(process.execPath, [fileURLToPath(import.meta.url), '--read-rows', join(site, 'data')], { NODE_COMPILE_CACHE: cache }),
    );
    checks.push(await run(process.execPath, [join(ROOT, 'scripts', 'data-check.ts')], checkEnv));
  }
  const ratios = checks.map((c, i) => c.seconds / alones[i]!.seconds);
  console.log(`${size} 个项目：`);
  console.log(
    `  只读行（解码 + papaparse，单独进程）：${spread(
      alones.map((r) => r.seconds),
      2,
    )} s，${alones[0]!.tail.trim()} 行`,
  );
  console.log(
    `  data:check：首次（编译缓存为空）${cold.seconds.toFixed(2)} s；再次 ${spread(
      checks.map((r) => r.seconds),
      2,
    )} s，为只读行的 ${spread(ratios, 1)} 倍；峰值 ${gb(cold.maxRssKb)}`,
  );
  if (values['check-only']) continue;
  const outDir = join(OUT, `dist-${size}`);
  // the floor builds into an empty folder: so does the site (deleting a previous 100k output alone takes seconds)
  rmSync(outDir, { recursive: true, force: true });
  const build = await run(npm, ['run', 'build', '--', '--outDir', outDir], env);
  if (!build.ok) {
    console.log(`${size} 个项目：构建失败\n${build.tail}`);
    continue;
  }
  const pages = htmlFiles(outDir);
  const largest = pages.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  const weigh = (rel: string): string => {
    const bytes = readFileSync(join(outDir, rel));
    return `${kb(bytes.length)}（brotli ${kb(brotliCompressSync(bytes).length)}）`;
  };
  let floorText = '（未测）';
  let ratio = '—';
  let sameText = '（未测）';
  let sameRatio = '—';
  if (!values['skip-floor']) {
    const floorRun = async (concurrency: number): Promise<{ text: string; ratio: string }> => {
      const dir = floorProject(pages.length, concurrency);
      const floor = await run(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', dir]);
      rmSync(dir, { recursive: true, force: true });
      return floor.ok
        ? { text: `${floor.seconds.toFixed(1)} s，峰值 ${gb(floor.maxRssKb)}`, ratio: `${(build.seconds / floor.seconds).toFixed(1)}×` }
        : { text: `失败：${floor.tail.slice(-300)}`, ratio: '—' };
    };
    ({ text: floorText, ratio } = await floorRun(1));
    if (SITE_CONCURRENCY !== 1) ({ text: sameText, ratio: sameRatio } = await floorRun(SITE_CONCURRENCY));
  }
  console.log(`  ${orgs} 家组织，${pages.length} 个页面`);
  console.log(
    `  整站构建：${build.seconds.toFixed(1)} s，最大进程峰值 ${gb(build.maxRssKb)}；各进程峰值（采样）：${peaksText(build.peaks)}`,
  );
  console.log(`  Astro 空白构建（${pages.length} 页，默认设置）：${floorText}；整站 / 空白 = ${ratio}`);
  if (SITE_CONCURRENCY !== 1)
    console.log(`  Astro 空白构建（同样每次 ${SITE_CONCURRENCY} 页并发）：${sameText}；整站 / 空白 = ${sameRatio}`);
  console.log(`  最大的页面：${largest.path} ${kb(largest.bytes)}；首页 ${weigh('index.html')}；地图页 ${weigh('map/index.html')}\n`);
  rows.push(
    `| ${size} / ${orgs} | ${pages.length} | ${build.seconds.toFixed(0)} s | ${floorText.split('，')[0]} | ${ratio} | ${sameText.split('，')[0]} | ${sameRatio} | ${peaksText(build.peaks)} |`,
  );
}
console.log('| 项目 / 组织 | 页面 | 构建 | 空白构建 | 倍数 | 同并发空白构建 | 倍数 | 各进程峰值 RSS |\n|---|---|---|---|---|---|---|---|');
for (const r of rows) console.log(r);
console.log(`\n合成数据在 ${resolve(OUT)}（不进入 data/）。`);
