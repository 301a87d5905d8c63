/** Which records cite each source (the data's records and the cases' frontmatter), once per build. */
import { citingRecords, type CitingRecord } from '../lib/schema/source.ts';
import { reportsOf } from '../lib/aggregate/reports.ts';
import { getCases } from './cases.ts';
import { getSiteModel } from './site.ts';

let pending: Promise<Map<string, CitingRecord[]>> | null = null;

export function getCitations(): Promise<Map<string, CitingRecord[]>> {
  pending ??= (async () => {
    const model = await getSiteModel();
    const d = model.data;
    const cases = await getCases();
    return citingRecords(
      [
        ...cases.map((c) => ({ kind: 'case' as const, id: c.slug, name: c.entry.data.title, sources: c.entry.data.sources })),
        ...d.projects.map((p) => ({ kind: 'project' as const, id: p.id, name: p.name, sources: reportsOf(p).map((r) => r.source) })),
        ...d.organizations.map((o) => ({ kind: 'organization' as const, id: o.id, name: o.name, sources: [o.source] })),
        ...d.campaigns.map((c) => ({ kind: 'campaign' as const, id: c.id, name: c.name, sources: [c.source] })),
        ...d.brands.map((b) => ({ kind: 'brand' as const, id: b.id, name: b.name, sources: [b.source] })),
        ...d.exemplary.map((e) => ({
          kind: 'exemplary' as const,
          id: e.organizationId,
          name: model.orgById.get(e.organizationId)?.name ?? e.organizationId,
          sources: [e.source],
        })),
        ...d.keyCounties.map((k) => ({ kind: 'keyCounty' as const, id: k.code, name: k.name, sources: [k.source] })),
      ],
      model.sourceById,
    );
  })();
  return pending;
}
