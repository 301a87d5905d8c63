/**
 * 来源表: the documents records cite (title, issuer, date, kind, address). Read first, so that every
 * later table can check the source id a record's `source` cell starts with.
 */
import { SOURCE_KINDS, sourceSchema, type Source } from '../../schema/source.ts';
import type { RowReader } from '../rowReader.ts';
import type { TableSpec } from './spec.ts';
import { ID_PATTERN, type GridTable } from './table.ts';

export const sourcesSpec: TableSpec = {
  kind: 'sources',
  label: '来源表',
  columns: {
    id: ['来源标识'],
    title: ['标题', '文件标题'],
    issuer: ['发布单位', '发文单位'],
    date: ['日期', '发布日期'],
    kind: ['类型', '来源类型'],
    url: ['网址', '链接'],
    note: ['说明'],
  },
  required: [['id'], ['title'], ['kind']],
};

export function mapSource(r: RowReader): Source | null {
  const id = r.text('id', true, '来源标识');
  if (id !== null && !ID_PATTERN.test(id)) r.issue('constraint-error', 'id', id, '来源标识只能用小写英文字母、数字和连字符。');
  const title = r.text('title', true, '文件或报道的标题');
  const issuer = r.text('issuer');
  const date = r.date('date');
  const kind = r.vocab('kind', SOURCE_KINDS, true);
  const url = r.text('url');
  if (url !== null && !/^https?:\/\/\S+$/u.test(url))
    r.issue('constraint-error', 'url', url, '网址应以 http:// 或 https:// 开头，不含空格。');
  const note = r.text('note');
  if (r.errors > 0 || id === null || title === null || kind === null) return null;
  return { id, title, issuer, date, kind, url, note };
}

export const sourcesTable: GridTable<Source> = {
  spec: sourcesSpec,
  map: (r) => mapSource(r),
  unique: { key: (s) => s.id, column: 'id', what: '来源标识' },
  schema: sourceSchema,
};
