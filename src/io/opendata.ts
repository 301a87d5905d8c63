/**
 * The open-data files of the build (src/lib/opendata/files.ts), listed once from the checked
 * dataset and the site model's region index, with the identity in site.config.ts; each file's
 * content is made when its page is written, and streamed.
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

/** An open-data file as the download page lists it: what it holds and its size, not its content. */
export interface ListedOpenFile extends Omit<OpenFile, 'content'> {
  bytes: number;
}

let pending: Promise<OpenFile[]> | null = null;

/** The open-data files of the build, their content not yet made. */
export function getOpenFiles(): Promise<OpenFile[]> {
  return (pending ??= getSiteModel().then((m) => buildOpenFiles(m.data, m.regions, openDataMeta)));
}

/** Sizes in bytes, noted as each file is written (or counted for the download page, when it comes first). */
const sizes = new Map<string, number>();

const byteLength = (p: string | Uint8Array): number => (typeof p === 'string' ? Buffer.byteLength(p, 'utf8') : p.byteLength);

/** The open-data files with their sizes, for the download page. */
export async function getListedOpenFiles(): Promise<ListedOpenFile[]> {
  const files = await getOpenFiles();
  for (const f of files) {
    if (sizes.has(f.name)) continue;
    let n = 0;
    for await (const p of f.content()) n += byteLength(p);
    sizes.set(f.name, n);
  }
  return files.map(({ content: _, ...f }) => ({ ...f, bytes: sizes.get(f.name)! }));
}

/**
 * One file's content as a stream of bytes, made piece by piece as it is read (the dataset JSON is
 * 70 MB at 100k projects: never one string, issue #14); its size is noted once it has all been read.
 */
export function openFileStream(file: OpenFile): ReadableStream<Uint8Array> {
  const enc = new TextEncoder();
  const pieces = file.content()[Symbol.asyncIterator]();
  let n = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await pieces.next();
      if (next.done) {
        sizes.set(file.name, n);
        controller.close();
        return;
      }
      const bytes = typeof next.value === 'string' ? enc.encode(next.value) : next.value;
      n += bytes.byteLength;
      controller.enqueue(bytes);
    },
  });
}
