/**
 * /summary.json: every headline figure of the site with its raw value, so anyone can check a page
 * against the data. Generated at build time from the checked dataset.
 */
import type { APIRoute } from 'astro';
import { getIngestResult } from '../io/dataset.ts';
import { getSiteModel } from '../io/site.ts';
import { countPairedKeyCounties } from '../lib/aggregate/coverage.ts';
import { KEY_COUNTY_LIST_SIZE } from '../lib/schema/keyCounty.ts';
import { site } from '../../site.config.ts';

export const GET: APIRoute = async () => {
  const { report } = await getIngestResult();
  const model = await getSiteModel();
  const d = model.data;
  const body = {
    $generated: 'Generated at build time by src/pages/summary.json.ts from the checked dataset. Do not edit.',
    publisher: site.publisher,
    license: site.license.name,
    units: { funds: '万元 (1 亿元 = 10,000 万元)', beneficiaries: 'per unit: person 人, personTime 人次, household 户' },
    itemised: {
      ...report.totals,
      keyCountiesListed: d.keyCounties.length,
      keyCountiesListSize: KEY_COUNTY_LIST_SIZE,
      keyCountiesReached: countPairedKeyCounties(d.projects, d.keyCounties),
    },
    reportedByCampaigns: d.campaigns
      .filter((c) => c.reported.length > 0)
      .map((c) => ({ id: c.id, name: c.name, source: c.source, reported: c.reported })),
    data: {
      rowsIn: report.rowsIn,
      rowsAccepted: report.rowsAccepted,
      rowsRejected: report.rowsRejected,
      advisories: report.advisories.length,
    },
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
