import { describe, expect, it } from 'vitest';
import { ingest } from '../../../src/lib/ingest/pipeline.ts';
import { reportHtml } from '../../../src/lib/ingest/reportHtml.ts';
import { REGION_ROWS } from '../../../src/lib/regionTable.ts';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('the check report as one page', () => {
  it('lists every must-fix error by file, row, column and value, with what to do, all escaped and self-contained', async () => {
    const csv = '社会组织名称,帮扶地区,项目名称,项目性质,投入资金（万元）\n测试基金会,舟曲县,修路,产业帮扶,<img src=x onerror=alert(1)>\n';
    const { report } = await ingest([{ name: '附件2.csv', bytes: enc(csv) }], { regionRows: REGION_ROWS });
    expect(report.errors.map((e) => e.code)).toEqual(['type-error']);
    const html = reportHtml(report, '2026/12/6 12:00');
    expect(html).toContain('结论：有 1 条必须修改的错误');
    expect(html).toMatch(
      /<tr><td>附件2\.csv<\/td><td class="num">2<\/td><td>投入资金（万元）<\/td><td class="value">&lt;img src=x onerror=alert\(1\)&gt;<\/td><td><code>type-error<\/code>/u,
    );
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
    // nothing to fetch: no script, no stylesheet or image from elsewhere
    expect(html).not.toMatch(/<(script|link|img|iframe)\b|<[a-z]+\b[^>]*\s(src|href)=/u);
  });
});
