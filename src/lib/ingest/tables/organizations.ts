/** 社会组织表: one row per organization; and the registry that project rows name organizations through. */
import { creditCodeProblem } from '../../creditCode.ts';
import { ORG_TYPES, REGISTRATION_LEVELS, type OrgTypeId } from '../../schema/vocab.ts';
import { flatCopy, shortHash } from '../fast/index.ts';
import { toHalfWidth } from '../normalize.ts';
import type { RowReader } from '../rowReader.ts';
import { fileName, ROW_NUMBER_COLUMNS, type TableSpec } from './spec.ts';
import { nameText, readInferred, type GridTable, INFERRED_HEADERS } from './table.ts';
import { organizationSchema, type Organization } from '../../schema/organization.ts';

/** The fields an organization's `inferred` cell may name. */
const ORG_FIELDS: ReadonlySet<string> = new Set(Object.keys(organizationSchema.shape));

export const organizationsSpec: TableSpec = {
  kind: 'organizations',
  label: '社会组织表',
  columns: {
    id: ['标识', '组织标识'],
    creditCode: ['统一社会信用代码', '信用代码'],
    name: ['组织名称', '社会组织名称', '名称', '全称', '组织名称(全称)'],
    shortName: ['简称'],
    type: ['组织类型', '类型'],
    isIndustryAssociation: ['行业协会商会', '是否行业协会商会'],
    isCharity: ['慈善组织', '是否慈善组织'],
    registrationLevel: ['登记层级', '登记机关层级'],
    homeRegion: ['所在地区', '登记地', '所在地'],
    source: ['来源'],
    inferred: INFERRED_HEADERS,
  },
  required: [['name'], ['type', 'registrationLevel', 'creditCode', 'isCharity', 'homeRegion']],
  ignored: ROW_NUMBER_COLUMNS,
};

/** Infers what the name makes unambiguous: 基金会 → foundation; 协会/商会/学会/促进会 … → association. */
export function inferOrgType(name: string): OrgTypeId | null {
  return /基金会$/u.test(name)
    ? 'foundation'
    : /(协会|商会|学会|研究会|促进会|联合会|慈善总会|总会|联谊会)$/u.test(name)
      ? 'association'
      : null;
}

/** Id for an organization known only by name. */
export function orgIdForName(name: string): string {
  return shortHash('org-', name);
}

function creditCodeOf(r: RowReader): string | null {
  const rawCode = r.text('creditCode');
  if (rawCode === null) return null;
  const code = toHalfWidth(rawCode).replace(/\s/gu, '').toUpperCase();
  const problem = creditCodeProblem(code);
  if (problem === null) return code;
  const why =
    problem === 'length'
      ? `应为 18 位，实际 ${code.length} 位`
      : problem === 'charset'
        ? '含有不允许的字符（不使用 I、O、Z、S、V）'
        : '末位校验码不正确（GB 32100）';
  r.issue('constraint-error', 'creditCode', rawCode, `统一社会信用代码${why}：请对照登记证书核对；不知道请留空。`);
  return null;
}

export function mapOrganization(r: RowReader): Organization | null {
  const name = nameText(r, 'name', '组织全称');
  const creditCode = creditCodeOf(r);
  let type = r.vocab('type', ORG_TYPES);
  const inferred = readInferred(r, ORG_FIELDS);
  if (type === null && name !== null && !r.has('type')) {
    type = inferOrgType(name);
    if (type !== null) inferred.push('type：由名称推断');
  }
  const rawId = r.text('id');
  let id: string | null = rawId;
  if (id !== null && !/^(?:[a-z0-9][a-z0-9-]{1,80}|[0-9A-Z]{18})$/u.test(id)) {
    r.issue('constraint-error', 'id', id, '标识只能用小写英文字母、数字和连字符（或填 18 位统一社会信用代码）。');
    id = null;
  }
  if (id === null && rawId === null) id = creditCode ?? (name ? orgIdForName(name) : null);
  const isIndustryAssociation = r.bool('isIndustryAssociation');
  const isCharity = r.bool('isCharity');
  const registrationLevel = r.vocab('registrationLevel', REGISTRATION_LEVELS);
  const homeRegion = r.region('homeRegion');
  const source = r.text('source') ?? `${r.file} 第 ${r.row} 行`;
  if (r.errors > 0 || name === null || id === null) return null;
  return {
    id,
    creditCode,
    name,
    shortName: r.text('shortName'),
    type,
    isIndustryAssociation,
    isCharity,
    registrationLevel,
    homeRegion,
    source,
    inferred,
  };
}

export const organizationsTable: GridTable<Organization> = {
  spec: organizationsSpec,
  map: (r) => mapOrganization(r),
  unique: { key: (o) => o.id, column: 'id', what: '组织标识' },
};

/**
 * The organizations rows may name: those of the organization table, looked up by id or by full or
 * short name, and those created from a name that no table has (附件2 names organizations; each such
 * record is created once, from the first accepted row naming it; the report counts them, as a
 * 附件2 has no organization table and naming organizations is how it is filled in).
 */
export class OrganizationRegistry {
  private readonly byId = new Map<string, Organization>();
  private readonly byName = new Map<string, Organization>();
  /** One shared (never mutated) one-id list per name, for projects named by a single organization. */
  private readonly idListByName = new Map<string, string[]>();
  /** Ids written in organization rows that were rejected, so that rows naming them say why. */
  readonly rejectedIds = new Set<string>();
  /** Organizations created from names (see class comment). */
  readonly derived: Organization[] = [];

  /** Adds the accepted organizations of the organization table. */
  add(accepted: readonly Organization[]): void {
    for (const o of accepted) {
      this.byId.set(o.id, o);
      this.byName.set(o.name, o);
      if (o.shortName) this.byName.set(o.shortName, o);
    }
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  idForName(name: string, r: RowReader): string {
    let org = this.byName.get(name);
    if (!org) {
      const type = inferOrgType(name);
      org = {
        id: orgIdForName(name),
        creditCode: null,
        name,
        shortName: null,
        type,
        isIndustryAssociation: null,
        isCharity: null,
        registrationLevel: null,
        homeRegion: null,
        source: `${fileName(r.file)} 第 ${r.row} 行`,
        inferred: type ? ['type：由名称推断'] : [],
      };
      this.byName.set(name, org);
      this.byId.set(org.id, org);
      this.derived.push(org);
    }
    return org.id;
  }

  idsForName(name: string, r: RowReader): string[] {
    let ids = this.idListByName.get(name);
    if (!ids) {
      ids = [this.idForName(name, r)];
      this.idListByName.set(flatCopy(name), ids);
    }
    return ids;
  }
}
