import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ISSUE_CODES } from '../../../src/lib/ingest/issues.ts';

describe('README', () => {
  it('documents every issue code the checks can report', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    expect(Object.keys(ISSUE_CODES).filter((c) => !readme.includes(`\`${c}\``))).toEqual([]);
  });
});
