/**
 * npm run build [-- --outDir <folder>] [other astro build flags]
 *
 * `astro build` into a staging folder beside the output (<outDir>.building); only when the whole
 * build succeeds (data check, pages, search index, downloads) does the staging folder replace the
 * output, by renaming. A build that fails for any reason leaves the previous output as it was (or
 * none), never a half-written site someone could deploy.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values, tokens } = parseArgs({ options: { outDir: { type: 'string' } }, strict: false, allowPositionals: true, tokens: true });
const passThrough = tokens.flatMap((t) =>
  t.kind === 'option' && t.name === 'outDir'
    ? []
    : t.kind === 'option'
      ? t.inlineValue
        ? [`${t.rawName}=${t.value}`]
        : [t.rawName, ...(t.value === undefined ? [] : [t.value])]
      : t.kind === 'positional'
        ? [t.value]
        : [],
);
const outDir = resolve(typeof values.outDir === 'string' ? values.outDir : 'dist');
const staging = `${outDir}.building`;
const previous = `${outDir}.previous`;

rmSync(staging, { recursive: true, force: true }); // left by a build that was killed
const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', staging, ...passThrough], {
  stdio: 'inherit',
});
if (r.status !== 0) {
  rmSync(staging, { recursive: true, force: true });
  console.error(
    `\n构建失败：${existsSync(outDir) ? `${outDir} 仍是上一次成功构建的内容，未被改动` : `没有生成 ${outDir}`}。请按上面的提示修改后重新构建。`,
  );
  process.exit(r.status ?? 1);
}
rmSync(previous, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(staging, outDir);
rmSync(previous, { recursive: true, force: true });
