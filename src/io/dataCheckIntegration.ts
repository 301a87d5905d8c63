/**
 * Astro integration: before the build renders anything, run the same data check as
 * `npm run data:check` on $DATA_DIR (default data/) and the content check on $CONTENT_DIR
 * (default content/), and stop the build with the same report when there are must-fix errors.
 * Then warn about what a publisher still has to set before going public (site URL, publisher,
 * 审图号); those warnings never stop a build.
 */
import type { AstroIntegration } from 'astro';
import { getIngestResult } from './dataset.ts';
import { formatReport } from '../lib/ingest/formatReport.ts';
import { formatIssue } from '../lib/ingest/issues.ts';
import { getContentIssues } from './content.ts';
import { publishFindings } from '../lib/site/publishCheck.ts';
import { PUBLISHER_PLACEHOLDER, site } from '../../site.config.ts';

const EMPTY_INPUT = new Set(['empty-file', 'header-only', 'no-data-files']);

export function dataCheckIntegration(): AstroIntegration {
  return {
    name: 'data-check',
    hooks: {
      'astro:build:start': async ({ logger }) => {
        const { report } = await getIngestResult();
        if (report.errors.length > 0) {
          throw new Error(`数据检查未通过，构建已停止。\n${formatReport(report)}`);
        }
        // a truncated or empty file must not quietly build a site without its records
        for (const i of report.advisories.filter((a) => EMPTY_INPUT.has(a.code))) logger.warn(formatIssue(i));
        const content = await getContentIssues();
        const contentErrors = content.filter((i) => i.severity === 'error');
        if (contentErrors.length > 0) {
          throw new Error(
            `内容检查未通过（content/ 中的案例与年度展示），构建已停止：\n${contentErrors.map((i) => `  ${formatIssue(i)}`).join('\n')}`,
          );
        }
        for (const i of content.filter((x) => x.severity === 'advisory')) logger.warn(formatIssue(i));
        const settings = {
          url: site.url,
          publisher: site.publisher,
          publisherIsPlaceholder: site.publisher === PUBLISHER_PLACEHOLDER,
          mapApprovalNumber: site.map.approvalNumber,
          settingsFile: site.settingsFile,
        };
        for (const f of publishFindings(settings)) logger.warn(`发布前请设置（${f.code}）：${f.message}`);
        logger.info(
          `数据检查通过：读入 ${report.rowsIn} 行 = 接收 ${report.rowsAccepted} + 拒收 ${report.rowsRejected}；提示 ${report.advisories.length} 条。`,
        );
      },
    },
  };
}
