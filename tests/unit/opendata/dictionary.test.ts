import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { describeField, describeSchema, vocabularyFor, VOCABULARIES } from '../../../src/lib/opendata/fields.ts';
import { buildDictionary, regionTableDictionary, typeLabel } from '../../../src/lib/opendata/dictionary.ts';
import { OPEN_ENTITIES } from '../../../src/lib/opendata/entities.ts';
import { REGION_TABLE_COLUMNS } from '../../../src/lib/opendata/regionTable.ts';
import { entityId, field, partialDate, regionCode, wan } from '../../../src/lib/schema/common.ts';
import { projectSchema } from '../../../src/lib/schema/project.ts';
import { campaignSchema } from '../../../src/lib/schema/campaign.ts';
import { DOMAINS, ORG_TYPES } from '../../../src/lib/schema/vocab.ts';

describe('the dictionary lists every field of every published schema', () => {
  const tables = buildDictionary();

  it.each(OPEN_ENTITIES.map((e) => [e.entity, e] as const))(
    '%s: the schema’s keys, in order, each with a label and a meaning',
    (_name, e) => {
      const t = tables.find((x) => x.entity === e.entity)!;
      expect(t.fields.map((f) => f.key)).toEqual(Object.keys(e.schema.shape));
      for (const f of t.fields) {
        expect(f.missingMeta, `${e.entity}.${f.key}: field() 缺少中文名或含义`).toBe(false);
        expect(f.label.length, `${e.entity}.${f.key}`).toBeGreaterThan(0);
        expect(f.description.length, `${e.entity}.${f.key}`).toBeGreaterThan(0);
        expect(f.vocabMissing, `${e.entity}.${f.key}: 取值没有中文名称表`).toBe(false);
        // every field is somewhere in the CSV, or says where it is instead
        expect(f.csv !== null || f.csvNote.length > 0, `${e.entity}.${f.key}`).toBe(true);
      }
    },
  );

  it('flags a field added without field() metadata', () => {
    const [plain, described] = describeSchema(
      z.object({ plain: z.string(), described: field(z.string(), { label: '名称', description: '说明' }) }),
    );
    expect(plain).toMatchObject({ key: 'plain', missingMeta: true, label: '' });
    expect(described).toMatchObject({ key: 'described', missingMeta: false, label: '名称' });
  });

  it('lists the allowed values with their Chinese labels and ids, in schema order', () => {
    const domain = tables.find((t) => t.entity === 'projects')!.fields.find((f) => f.key === 'domain')!;
    expect(domain.values).toEqual(DOMAINS.map((d) => ({ id: d.id, label: d.label })));
    expect(domain.required).toBe(true);
    const type = tables.find((t) => t.entity === 'organizations')!.fields.find((f) => f.key === 'type')!;
    expect(type.values).toEqual(ORG_TYPES.map((d) => ({ id: d.id, label: d.label })));
    expect(type).toMatchObject({ nullable: true, required: false });
  });

  it('says where each field is in the CSV', () => {
    const project = tables.find((t) => t.entity === 'projects')!;
    const f = (k: string) => project.fields.find((x) => x.key === k)!;
    expect(f('fundsPledgedWan')).toMatchObject({ csv: '认领/计划资金（万元）（fundsPledgedWan）', unit: '万元' });
    expect(f('fundsPledgedWan').csvNote).toContain('只写数字，来源的限定词（约、余、多等）在下一列');
    expect(f('fundsPledgedQualifier')).toMatchObject({ csv: '计划资金的限定词（fundsPledgedQualifier）' });
    expect(f('fundsPledgedApprox')).toMatchObject({
      csv: null,
      csvNote: '由“认领/计划资金（万元）（fundsPledgedWan）”后一列的限定词表示：有限定词即为约数',
    });
    expect(f('targetRegions').csvNote).toContain('写“省/市/县”名称');
    expect(project.derived).toEqual([expect.objectContaining({ key: 'organizationNames', csv: '社会组织名称（organizationNames）' })]);
    const campaigns = tables.find((t) => t.entity === 'campaigns')!;
    const reported = campaigns.fields.find((x) => x.key === 'reported')!;
    expect(reported).toMatchObject({ kind: 'records', csv: null, csvNote: '见 campaign-reported-totals.csv（行动报告总数），每项一行' });
    expect(reported.subFields!.map((s) => s.key)).toEqual(Object.keys((campaignSchema.shape.reported.element as z.ZodObject).shape));
    const keyCounties = tables.find((t) => t.entity === 'key-counties')!;
    expect(keyCounties.fields.find((x) => x.key === 'code')!.csvNote).toBe('写六位代码');
  });

  it('names the JSON key that holds each table', () => {
    expect(tables.map((t) => [t.entity, t.json])).toContainEqual(['campaign-reported-totals', 'campaigns[].reported']);
    expect(tables.map((t) => [t.entity, t.json])).toContainEqual(['key-counties', 'keyCounties']);
  });

  it('documents every column of the statistics table', () => {
    expect(regionTableDictionary().map((c) => c.key)).toEqual(REGION_TABLE_COLUMNS.map((c) => c.key));
    for (const c of regionTableDictionary()) expect(c.description.length).toBeGreaterThan(0);
  });
});

describe('describeField reads the zod schema', () => {
  it.each([
    { name: 'region code', schema: regionCode, expected: { kind: 'region', nullable: false, required: true } },
    { name: 'nullable date', schema: partialDate.nullable(), expected: { kind: 'date', nullable: true, required: false } },
    { name: 'id', schema: entityId, expected: { kind: 'id', required: true } },
    { name: 'money', schema: wan, expected: { kind: 'number', nullable: true, constraints: ['≥ 0'] } },
    { name: 'year', schema: projectSchema.shape.year, expected: { kind: 'integer', nullable: true, constraints: ['2000–2100'] } },
    // an integer with no bound of its own: zod's implicit ±MAX_SAFE_INTEGER is not shown
    { name: 'bare integer', schema: z.number().int().nullable(), expected: { kind: 'integer', nullable: true, constraints: [] } },
    {
      name: 'list of regions',
      schema: projectSchema.shape.targetRegions,
      expected: { kind: 'list', itemKind: 'region', required: true, constraints: ['至少 1 项', '每项：6 位数字（GB/T 2260）'] },
    },
    {
      name: 'empty-able list',
      schema: z.array(z.string()),
      expected: { kind: 'list', itemKind: 'text', required: false, nullable: false },
    },
    { name: 'text with a minimum', schema: z.string().min(2), expected: { kind: 'text', constraints: ['至少 2 个字'] } },
    { name: 'fixed length', schema: z.string().length(18), expected: { kind: 'text', constraints: ['18 位'] } },
    { name: 'boolean', schema: z.boolean(), expected: { kind: 'boolean', required: true } },
    {
      name: 'enum with default',
      schema: z.enum(['person', 'personTime', 'household']).nullable().default(null),
      expected: { kind: 'enum', nullable: true, required: false, vocabMissing: false },
    },
    {
      name: 'enum with no vocabulary',
      schema: z.enum(['x', 'y']),
      expected: {
        kind: 'enum',
        vocabMissing: true,
        values: [
          { id: 'x', label: 'x' },
          { id: 'y', label: 'y' },
        ],
      },
    },
  ])('$name', ({ schema, expected }) => {
    expect(describeField('f', schema as z.ZodType)).toMatchObject(expected);
  });

  it('refuses a union it cannot describe', () => {
    expect(() => describeField('f', z.union([z.string(), z.number()]))).toThrow(/联合/u);
  });

  it('labels types in Chinese', () => {
    expect(typeLabel({ kind: 'list', itemKind: 'region' })).toBe('列表：行政区划代码');
    expect(typeLabel({ kind: 'integer', itemKind: null })).toBe('整数');
  });
});

describe('vocabularies', () => {
  it('match an enum by its set of ids, in any order', () => {
    expect(vocabularyFor(['foundation', 'association', 'serviceInstitution'])).toBe(ORG_TYPES);
    expect(vocabularyFor(['foundation'])).toBeNull();
  });

  it('have distinct id sets, so an enum matches at most one', () => {
    const keys = VOCABULARIES.map((v) =>
      v
        .map((e) => e.id)
        .sort()
        .join('|'),
    );
    expect(new Set(keys).size).toBe(keys.length);
  });
});
