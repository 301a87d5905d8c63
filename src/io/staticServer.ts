/**
 * A built site folder served on a free loopback port by Astro's own preview server (the one
 * `npm run preview` starts), for the browser tests and for printing editions to PDF
 * (scripts/edition-pdf.ts).
 */
import { preview } from 'astro';

export interface StaticServer {
  /** http://127.0.0.1:<port>/ followed by the base path: http://127.0.0.1:<port>/showcase/ */
  url: string;
  close(): Promise<void>;
}

/** Serves `dir`, built with the base path `base` ("/" or "/showcase/"), under that base path. */
export async function serveDir(dir: string, base = '/'): Promise<StaticServer> {
  const server = await preview({ root: process.cwd(), outDir: dir, base, server: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
  return { url: `http://127.0.0.1:${server.port}${base.endsWith('/') ? base : `${base}/`}`, close: () => server.stop() };
}
