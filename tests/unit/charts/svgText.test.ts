import { describe, expect, it } from 'vitest';
import { charWidth, svgLines, textWidth, wrapText, xmlComment } from '../../../src/lib/charts/svgText.ts';

describe('textWidth', () => {
  it.each([
    { text: '教育', size: 10, expected: 20 },
    { text: '', size: 10, expected: 0 },
    { text: ' ', size: 10, expected: 3 },
    { text: 'A1', size: 10, expected: 12.4 },
  ])('$text at $size px → $expected', ({ text, size, expected }) => {
    expect(textWidth(text, size)).toBeCloseTo(expected, 5);
  });

  it('counts an astral character once', () => {
    expect(charWidth('𠀀')).toBe(1);
    expect(textWidth('𠀀', 10)).toBe(10);
  });
});

describe('wrapText', () => {
  it.each([
    { name: 'short text stays on one line', text: '教育领域', width: 100, size: 10, expected: ['教育领域'] },
    { name: 'breaks between CJK characters', text: '一二三四五六', width: 40, size: 10, expected: ['一二三四', '五六'] },
    {
      name: 'closing punctuation never starts a line: the last character moves with it',
      text: '一二三四，五',
      width: 40,
      size: 10,
      expected: ['一二三', '四，五'],
    },
    { name: 'opening bracket never ends a line', text: '一二三（四五）', width: 40, size: 10, expected: ['一二三', '（四五）'] },
    {
      name: 'a figure in brackets stays whole',
      text: '健康领域项目最多（8 个）',
      width: 100,
      size: 10,
      expected: ['健康领域项目最多', '（8 个）'],
    },
    {
      name: 'a Latin run is not split when it fits on a line',
      text: '许可 CC-BY-4.0',
      width: 60,
      size: 10,
      expected: ['许可', 'CC-BY-4.0'],
    },
    {
      name: 'a URL longer than a line is split by character',
      text: 'https://example.gov.cn/x',
      width: 50,
      size: 10,
      expected: ['https://ex', 'ample.gov.', 'cn/x'],
    },
    {
      name: 'newlines are spaces; no line starts with a space',
      text: '一二三\n四五六',
      width: 35,
      size: 10,
      expected: ['一二三', '四五六'],
    },
    { name: 'empty text has no line', text: '', width: 50, size: 10, expected: [] },
  ])('$name', ({ text, width, size, expected }) => {
    const lines = wrapText(text, width, size);
    expect(lines).toEqual(expected);
    expect(lines.join('').replace(/\s/gu, '')).toBe(text.replace(/\s/gu, ''));
  });

  it('never overflows except by one closing punctuation mark', () => {
    const text = '按帮扶领域统计，投入/拨付资金最多的是教育（1.34 亿元），其次是产业（3,556 万元）；共 3 个领域有数据，另有 3 个领域未知。';
    for (const width of [80, 120, 200, 333]) {
      for (const line of wrapText(text, width, 13)) expect(textWidth(line, 13)).toBeLessThanOrEqual(width + 13);
    }
  });

  it('cuts at maxLines with an ellipsis that fits', () => {
    const lines = wrapText('一二三四五六七八九十', 40, 10, 2);
    expect(lines).toEqual(['一二三四', '五六七…']);
    expect(wrapText('一二三', 40, 10, 2)).toEqual(['一二三']);
  });
});

describe('svgLines', () => {
  it('writes one tspan per line, escaping text and attributes', () => {
    const svg = svgLines(['<img src=x onerror=alert(1)>基金会', 'a & b'], 10, 20, 18, {
      fontSize: 12,
      fill: '#000',
      fontFamily: "'Noto Sans SC', sans-serif",
      fontWeight: 700,
      anchor: 'middle',
    });
    expect(svg).toBe(
      `<text font-family="&#39;Noto Sans SC&#39;, sans-serif" font-size="12" fill="#000" font-weight="700" text-anchor="middle"><tspan x="10" y="20">&lt;img src=x onerror=alert(1)&gt;基金会</tspan><tspan x="10" y="38">a &amp; b</tspan></text>`,
    );
  });
});

describe('xmlComment', () => {
  it.each([
    ['由 a.ts 生成', '<!-- 由 a.ts 生成 -->'],
    ['x --> <script>', '<!-- x - -> <script> -->'],
    ['ends-', '<!-- ends-  -->'],
  ])('%j', (text, expected) => {
    const c = xmlComment(text);
    expect(c).toBe(expected);
    expect(c.slice(4, -3)).not.toContain('--');
  });
});
