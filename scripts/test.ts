/**
 * npm test: the linter, then the type check (astro check: .astro and .ts files) and the test
 * suite at the same time — on a two-core machine the type check fits beside the unit tests and the
 * first site build. Exits non-zero when any of them fails; the type check's report is printed after
 * the suite's, whole.
 */
import { spawn, spawnSync } from 'node:child_process';

const bin = (name: string): string => `node_modules/.bin/${name}`;

const lint = spawnSync(bin('biome'), ['ci', '.'], { stdio: 'inherit' });
if (lint.status !== 0) process.exit(lint.status ?? 1);

let checkOutput = '';
const check = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'check'], { stdio: ['ignore', 'pipe', 'pipe'] });
check.stdout.on('data', (d: Buffer) => (checkOutput += d.toString('utf8')));
check.stderr.on('data', (d: Buffer) => (checkOutput += d.toString('utf8')));
const checked = new Promise<number>((resolve) => check.on('close', (code) => resolve(code ?? 1)));

const suite = spawn(process.execPath, [bin('vitest'), 'run', ...process.argv.slice(2)], { stdio: 'inherit' });
const tested = new Promise<number>((resolve) => suite.on('close', (code) => resolve(code ?? 1)));

const [checkCode, testCode] = await Promise.all([checked, tested]);
console.log(`\n类型检查 / Type check (astro check)：${checkCode === 0 ? '通过' : '未通过'}`);
if (checkCode !== 0) console.log(checkOutput);
process.exit(checkCode !== 0 ? checkCode : testCode);
