/** The tables read row by row through a header spec. The 附件1 statistics (regionStats.ts) and campaigns (campaigns.ts) have readers of their own. */
import { brandsTable } from './brands.ts';
import { exemplaryTable } from './exemplary.ts';
import { keyCountiesTable } from './keyCounties.ts';
import { organizationsTable } from './organizations.ts';
import { projectsSpec } from './projects.ts';
import { regionAliasesTable } from './regionAliases.ts';
import { sourcesTable } from './sources.ts';
import type { TableSpec } from './spec.ts';

export type GridTableKind = 'organizations' | 'projects' | 'keyCounties' | 'regionAliases' | 'brands' | 'exemplary' | 'sources';

export const GRID_TABLES: Record<GridTableKind, { spec: TableSpec }> = {
  organizations: organizationsTable,
  projects: { spec: projectsSpec },
  keyCounties: keyCountiesTable,
  regionAliases: regionAliasesTable,
  brands: brandsTable,
  exemplary: exemplaryTable,
  sources: sourcesTable,
};
