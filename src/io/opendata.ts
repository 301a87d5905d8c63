/**
 * The open-data files of the build (src/lib/opendata/files.ts), made once from the checked dataset
 * and the site model's region index, with the identity in site.config.ts.
 */
import { getSiteModel } from './site.ts';
import { takeOnce } from './once.ts';
import { buildOpenFiles, type OpenDataMeta, type OpenFile } from '../lib/opendata/files.ts';
import { site } from '../../site.config.ts';

/** Publisher, licence and data date, as every open-data file and the download page state them. */
export const openDataMeta: OpenDataMeta = {
  siteName: site.name,
  publisher: site.publisher,
  license: site.license,
  dataAsOf: site.dataAsOf,
};

/** An open-data file as the download page lists it: what it holds and its size, not its bytes. */
export interface ListedOpenFile extends Omit<OpenFile, 'body'> {
  bytes: number;
}

const make = async (): Promise<OpenFile[]> => {
  const m = await getSiteModel();
  return buildOpenFiles(m.data, m.regions, openDataMeta);
};

let pending: Promise<{ listed: ListedOpenFile[]; bodies: Map<string, Uint8Array<ArrayBuffer>> }> | null = null;
const built = () =>
  (pending ??= make().then((files) => ({
    listed: files.map(({ body, ...f }) => ({ ...f, bytes: body.byteLength })),
    bodies: new Map(files.map((f) => [f.name, f.body])),
  })));

/** The open-data files of the build, without their bytes. */
export async function getOpenFiles(): Promise<ListedOpenFile[]> {
  return (await built()).listed;
}

/** The bytes of one file, handed over once (takeOnce: the dataset JSON alone is 70 MB at 100k projects, issue #14). */
export async function takeOpenFileBody(name: string): Promise<Uint8Array<ArrayBuffer> | null> {
  const { bodies } = await built();
  return (await takeOnce(bodies, name, async () => (await make()).find((f) => f.name === name)?.body)) ?? null;
}
