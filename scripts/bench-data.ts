/**
 * npm run bench:data [-- --sizes 100000,1000000] [--runs 3]
 *
 * Generates a seeded synthetic 附件2-style project table (written to bench-out/, never data/) and
 * measures, each in a fresh child process so that peak memory is its own:
 *   - baseline: decode the bytes (TextDecoder) + plain papaparse parse of the same bytes;
 *   - pipeline: our decode + parse + locate header + normalize + validate + cross-checks + totals,
 *     which is what `npm run data:check` does: the accepted projects stay in columns (ProjectStore);
 *   - pipeline + objects: the same, then every project built as a `Project` object (what a site
 *     build does on its first read of dataset.projects), printed beside it so that the cost of
 *     the objects is in plain sight.
 * Each is run --runs times (default 5, alternating papaparse and the pipeline, so that each pair runs
 * under the same machine conditions) and the medians are printed, with the ratio of each adjacent
 * pair as min–median–max: on this 2-core machine single runs of the same command varied by up to
 * 40%, and one pair alone can land on either side of the target.
 * Prints rows/s and peak RSS for both, and the ratio. A benchmark prints figures; no test asserts them.
 * Target (issue #2): the pipeline at ≥ 0.5 × papaparse's rows/s at 1M rows.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { REGION_ROWS } from '../src/lib/regionTable.ts';
import { ingest } from '../src/lib/ingest/pipeline.ts';
import { RegionIndex } from '../src/lib/regions.ts';
import { mulberry32, pick } from '../tests/fixtures/random.ts';
import { parseArgs } from 'node:util';

const regionRows = REGION_ROWS;
const OUT = join(process.cwd(), 'bench-out');

/** Writes the synthetic table for `n` rows (seed 42) and returns its path; reuses an existing file. */
function generate(n: number): string {
  const path = join(OUT, `projects-${n}.csv`);
  if (existsSync(path)) return path;
  mkdirSync(OUT, { recursive: true });
  const rnd = mulberry32(42);
  const idx = new RegionIndex(regionRows);
  const counties = regionRows.filter((r) => r[2] === 'county').map((r) => r[0]);
  const regionText = (code: string): string => {
    const k = rnd();
    return k < 0.5 ? idx.pathName(code) : k < 0.8 ? idx.pathName(code).replace(/\//gu, '') : code;
  };
  const orgs = Array.from(
    { length: 2000 },
    (_, i) => `合成测试第${i + 1}${pick(rnd, ['公益基金会', '慈善协会', '社会工作服务中心', '商会'])}`,
  );
  const natures = ['民生帮扶', '产业帮扶', '消费帮扶', '教育帮扶', '生态帮扶', '医疗卫生帮扶', '志愿服务', '其他'];
  const funds = (): string => {
    const v = (rnd() * 500).toFixed(2);
    const k = rnd();
    return k < 0.6
      ? v
      : k < 0.75
        ? `约${v}万元`
        : k < 0.85
          ? `${Math.round(Number(v) * 1e4)}元`
          : k < 0.95
            ? `"${Number(v).toLocaleString('en-US')}"`
            : '';
  };
  const chunks: string[] = [
    '2021年社会组织开展乡村振兴项目明细表\n单位（盖章）：合成数据\n社会组织名称,帮扶地区(省/市/县),项目名称,项目性质,投入资金(万元),投入人员数,受益人数\n',
  ];
  let buf = '';
  for (let i = 0; i < n; i++) {
    const org = pick(rnd, orgs);
    buf += `${org},${regionText(pick(rnd, counties))},合成项目${i + 1},${pick(rnd, natures)},${funds()},${Math.floor(rnd() * 50)},${Math.floor(rnd() * 5000)}${pick(rnd, ['人', '人次', '户'])}\n`;
    if (buf.length > 1 << 20) {
      chunks.push(buf);
      buf = '';
    }
  }
  chunks.push(buf);
  writeFileSync(path, chunks.join(''));
  return path;
}

interface Measure {
  ms: number;
  rows: number;
  maxRssMb: number;
  accepted?: number | undefined;
  rejected?: number | undefined;
}

async function child(mode: string, path: string): Promise<void> {
  const bytes = readFileSync(path);
  const t0 = performance.now();
  let rows = 0;
  let accepted: number | undefined;
  let rejected: number | undefined;
  if (mode === 'papaparse') {
    const text = new TextDecoder().decode(bytes);
    Papa.parse<string[]>(text, { skipEmptyLines: false });
    rows = Number(/projects-(\d+)\.csv$/u.exec(path)?.[1] ?? 0); // the data rows the file was generated with
  } else {
    const { report, dataset } = await ingest([{ name: 'bench.csv', bytes }], { regionRows });
    if (mode === 'objects' && dataset.projects.length !== report.rowsAccepted)
      throw new Error('objects: not every accepted row became a project');
    rows = report.rowsIn;
    accepted = report.rowsAccepted;
    rejected = report.rowsRejected;
  }
  const ms = performance.now() - t0;
  const m: Measure = {
    ms,
    rows,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    ...(accepted !== undefined ? { accepted, rejected } : {}),
  };
  process.stdout.write(JSON.stringify(m));
}

function measure(mode: string, path: string): Measure {
  const script = fileURLToPath(import.meta.url);
  const r = spawnSync(process.execPath, ['--max-old-space-size=16000', script, '--child', mode, path], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (r.status !== 0) throw new Error(`${mode} failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as Measure;
}

const { values, positionals } = parseArgs({
  options: {
    child: { type: 'boolean', default: false },
    sizes: { type: 'string', default: '100000,1000000' },
    runs: { type: 'string', default: '5' },
  },
  allowPositionals: true,
});
if (values.child) {
  await child(positionals[0]!, positionals[1]!);
} else {
  const sizes = values.sizes.split(',').map(Number);
  const runs = Math.max(1, Number(values.runs));
  const median = (ms: Measure[]): Measure => [...ms].sort((a, b) => a.ms - b.ms)[Math.floor(ms.length / 2)]!;
  console.log('bench:data — decode + parse + validate + normalize vs plain papaparse (same bytes, fresh process each)');
  console.log(`node ${process.version}, seed 42, median of ${runs} run(s) each\n`);
  console.log(
    'rows      | MB    | papaparse rows/s | peak RSS | pipeline rows/s | peak RSS | ratio | pair ratios min–median–max | accepted / rejected | pipeline + Project objects',
  );
  for (const n of sizes) {
    const path = generate(n);
    const mb = statSync(path).size / 2 ** 20;
    const bases: Measure[] = [];
    const ourss: Measure[] = [];
    const objs: Measure[] = [];
    for (let r = 0; r < runs; r++) {
      bases.push(measure('papaparse', path));
      ourss.push(measure('pipeline', path));
      objs.push(measure('objects', path));
    }
    const base = median(bases);
    const ours = median(ourss);
    const obj = median(objs);
    const rps = (m: Measure): number => m.rows / (m.ms / 1000);
    const ratio = rps(ours) / rps(base);
    const pairs = ourss.map((o, i) => rps(o) / rps(bases[i]!)).sort((a, b) => a - b);
    const spread = `${pairs[0]!.toFixed(2)}–${pairs[Math.floor(pairs.length / 2)]!.toFixed(2)}–${pairs.at(-1)!.toFixed(2)}`;
    console.log(
      `${String(n).padEnd(9)} | ${mb.toFixed(1).padStart(5)} | ${Math.round(rps(base)).toLocaleString('en-US').padStart(16)} | ${`${Math.round(base.maxRssMb)} MB`.padStart(8)} | ${Math.round(rps(ours)).toLocaleString('en-US').padStart(15)} | ${`${Math.round(ours.maxRssMb)} MB`.padStart(8)} | ${ratio.toFixed(2).padStart(5)} | ${spread.padStart(26)} | ${ours.accepted} / ${ours.rejected} | ${`${Math.round(rps(obj)).toLocaleString('en-US')} rows/s, ${Math.round(obj.maxRssMb)} MB, ratio ${(rps(obj) / rps(base)).toFixed(2)}`.padStart(36)}`,
    );
  }
  console.log('\nratio: median pipeline rows/s over median papaparse rows/s. target: ratio ≥ 0.50 at 1,000,000 rows');
  console.log(
    'pipeline = data:check (projects kept in columns); + Project objects = the same, then dataset.projects read once, as a site build does',
  );
}
