/** 公益品牌表: named brands and actions, in the plan's three families; they name organizations and are named by projects. */
import { brandSchema, type Brand } from '../../schema/brand.ts';
import { BRAND_FAMILIES, BRAND_KINDS } from '../../schema/vocab.ts';
import type { RowReader } from '../rowReader.ts';
import type { TableSpec } from './spec.ts';
import { checkOrgIds, ID_PATTERN, readInferred, type GridTable, type References, INFERRED_HEADERS } from './table.ts';

/** The fields a brand's `inferred` cell may name. */
const BRAND_FIELDS: ReadonlySet<string> = new Set(Object.keys(brandSchema.shape));

export const brandsSpec: TableSpec = {
  kind: 'brands',
  label: '公益品牌表',
  columns: {
    id: ['品牌标识'],
    name: ['品牌名称'],
    family: ['品牌类别'],
    kind: ['品牌类型'],
    organizationIds: ['社会组织标识'],
    description: ['简介'],
    launched: ['创建时间'],
    regions: ['开展地区'],
    source: ['来源'],
    inferred: INFERRED_HEADERS,
  },
  required: [['name'], ['family'], ['kind']],
};

export function mapBrand(r: RowReader, refs: Pick<References, 'hasOrg' | 'orgRejected'>): Brand | null {
  const id = r.text('id', true, '品牌标识');
  if (id !== null && !ID_PATTERN.test(id)) r.issue('constraint-error', 'id', id, '品牌标识只能用小写英文字母、数字和连字符。');
  const name = r.text('name', true, '品牌名称');
  const family = r.vocab('family', BRAND_FAMILIES, true);
  const kind = r.vocab('kind', BRAND_KINDS, true);
  const organizationIds = r.list('organizationIds');
  checkOrgIds(r, 'organizationIds', organizationIds, refs);
  const description = r.text('description');
  const launched = r.date('launched');
  const regions = r.regionList('regions');
  const source = r.text('source', true, '来源');
  const inferred = readInferred(r, BRAND_FIELDS);
  if (r.errors > 0 || id === null || name === null || family === null || kind === null || source === null) return null;
  return { id, name, family, kind, organizationIds, description, launched, regions, source, inferred };
}

export const brandsTable: GridTable<Brand> = {
  spec: brandsSpec,
  map: (r, refs) => mapBrand(r, refs),
  unique: { key: (b) => b.id, column: 'id', what: '品牌标识' },
  schema: brandSchema,
};
