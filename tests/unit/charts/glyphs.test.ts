import { describe, expect, it } from 'vitest';
import { BASE_GLYPHS, glyphSet, svgText, unescapeXml } from '../../../src/lib/charts/glyphs.ts';

describe('unescapeXml', () => {
  it.each([
    ['&lt;img&gt; &amp; &quot;a&quot; &#39;b&#39; &apos;', `<img> & "a" 'b' '`],
    ['&#x5065;&#24247;', '健康'],
    ['&unknown; stays', '&unknown; stays'],
  ])('%j', (input, expected) => {
    expect(unescapeXml(input)).toBe(expected);
  });
});

describe('svgText', () => {
  it('takes text nodes only: no tags, attributes, comments, styles or the XML declaration', () => {
    const svg = `<?xml version="1.0" encoding="UTF-8"?><!-- 由 脚本 生成 --><svg font-family="'宋体'"><style>.a{fill:#f00}</style><text>教育</text><text><tspan>&lt;基金会&gt;</tspan></text></svg>`;
    expect(svgText(svg)).toBe('教育<基金会>');
  });
});

describe('glyphSet', () => {
  it('is the distinct characters of the texts and the base set, sorted, without control characters', () => {
    const set = glyphSet(['教育教育', '健康\n']);
    const chars = [...set];
    expect(new Set(chars).size).toBe(chars.length);
    expect(chars).toEqual([...chars].sort((a, b) => (a.codePointAt(0) as number) - (b.codePointAt(0) as number)));
    for (const c of '教育健康') expect(chars).toContain(c);
    for (const c of BASE_GLYPHS) expect(chars).toContain(c);
    expect(set).not.toContain('\n');
    expect(glyphSet([]).length).toBe(new Set([...BASE_GLYPHS]).size);
  });

  it('keeps characters outside the BMP whole', () => {
    expect([...glyphSet(['𠀀'])]).toContain('𠀀');
  });
});
