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
// The build's native parts (Vite's bundler rolldown, Astro's compiler, resvg for chart images)
// allocate with mimalloc, which by default commits its 1 GiB arenas eagerly and keeps freed memory
// for later: the astro process kept 250–370 MB it no longer used, at 10k projects as at 100k
// (issue #14: peak 1.05–1.19 GB at 10k, 0.79–0.96 GB with these; no slower). The environment may
// still set them otherwise.
const env = { MIMALLOC_PURGE_DELAY: '0', MIMALLOC_ARENA_EAGER_COMMIT: '0', ...process.env };
// V8 lets the heap grow to two or three times what survived the last full collection before the
// next one: with four pages rendering at once the 100k build reached 1.0 GB of heap (1.5–1.6 GB
// resident) for 0.3–0.5 GB live. Growing by half at most keeps it at 0.55–0.7 GB (1.2 GB resident),
// in the same time. It sets no ceiling: a larger site still gets the heap it needs.
const v8Flags = ['--heap-growing-percent=50'];
const r = spawnSync(process.execPath, [...v8Flags, 'node_modules/astro/bin/astro.mjs', 'build', '--outDir', staging, ...passThrough], {
  stdio: 'inherit',
  env,
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
