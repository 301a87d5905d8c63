/** 先进典型名单: organizations a source singles out, with what it says of them; read last (names may come from 附件2). */
import { exemplarySchema, type Exemplary } from '../../schema/exemplary.ts';
import type { RowReader } from '../rowReader.ts';
import type { TableSpec } from './spec.ts';
import { checkOrgIds, readInferred, type GridTable, type References, INFERRED_HEADERS } from './table.ts';

/** The fields an exemplary row's `inferred` cell may name. */
const EXEMPLARY_FIELDS: ReadonlySet<string> = new Set(Object.keys(exemplarySchema.shape));

export const exemplarySpec: TableSpec = {
  kind: 'exemplary',
  label: '来源列举的社会组织名单',
  columns: {
    organizationId: ['推介组织标识'],
    year: ['年度'],
    recognition: ['来源的说法', '表彰或推介'],
    reason: ['事例', '推介理由'],
    source: ['来源'],
    inferred: INFERRED_HEADERS,
  },
  required: [['organizationId'], ['recognition'], ['reason']],
};

export function mapExemplary(r: RowReader, refs: Pick<References, 'hasOrg' | 'orgRejected'>): Exemplary | null {
  const organizationId = r.text('organizationId', true, '组织标识');
  if (organizationId !== null) checkOrgIds(r, 'organizationId', [organizationId], refs);
  const year = r.year('year');
  if (year !== null && (year < 2000 || year > 2100))
    r.issue('constraint-error', 'year', r.raw('year'), '年度应在 2000–2100 之间：请核对。');
  const recognition = r.text('recognition', true, '来源的说法');
  const reason = r.text('reason', true, '推介理由');
  const source = r.text('source', true, '来源');
  const inferred = readInferred(r, EXEMPLARY_FIELDS);
  if (r.errors > 0 || organizationId === null || recognition === null || reason === null || source === null) return null;
  return { organizationId, year, recognition, reason, source, inferred };
}

export const exemplaryTable: GridTable<Exemplary> = {
  spec: exemplarySpec,
  map: (r, refs) => mapExemplary(r, refs),
  schema: exemplarySchema,
};
