/**
 * The open-data files of the build (src/lib/opendata/files.ts), made once from the checked dataset
 * and the site model's region index, with the identity in site.config.ts.
 */
import { getSiteModel } from './site.ts';
import { buildOpenFiles, type OpenDataMeta, type OpenFile } from '../lib/opendata/files.ts';
import { site } from '../../site.config.ts';

/** Publisher, licence and data date, as every open-data file and the download page state them. */
export const openDataMeta: OpenDataMeta = {
  siteName: site.name,
  publisher: site.publisher,
  license: site.license,
  dataAsOf: site.dataAsOf,
};

let pending: Promise<OpenFile[]> | null = null;

export function getOpenFiles(): Promise<OpenFile[]> {
  pending ??= getSiteModel().then((m) => buildOpenFiles(m.data, m.regions, openDataMeta));
  return pending;
}
