/**
 * Astro integration: before the build renders anything, run the same data check as
 * `npm run data:check` on $DATA_DIR (default data/) and stop the build with the same report
 * when there are must-fix errors.
 */
import type { AstroIntegration } from 'astro';
import { getIngestResult } from './dataset.ts';
import { formatReport } from '../lib/ingest/formatReport.ts';

export function dataCheckIntegration(): AstroIntegration {
  return {
    name: 'data-check',
    hooks: {
      'astro:build:start': async ({ logger }) => {
        const { report } = await getIngestResult();
        if (report.errors.length > 0) {
          throw new Error(`数据检查未通过，构建已停止。\n${formatReport(report)}`);
        }
        logger.info(`数据检查通过：读入 ${report.rowsIn} 行 = 接收 ${report.rowsAccepted} + 拒收 ${report.rowsRejected}；提示 ${report.advisories.length} 条。`);
      },
    },
  };
}
