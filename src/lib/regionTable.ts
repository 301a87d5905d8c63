/**
 * The GB/T 2260 region table the product ships (src/generated/regions.json, made by
 * scripts/build-regions.ts), typed once: rows of [code, name, level, parent code].
 */
import regionsJson from '../generated/regions.json' with { type: 'json' };
import type { RegionRow } from './regions.ts';

export const REGION_ROWS: readonly RegionRow[] = (regionsJson as unknown as { rows: RegionRow[] }).rows;
