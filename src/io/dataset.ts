/**
 * The dataset the site is built from: the pipeline run once per build over $DATA_DIR (default
 * data/). Pages call getDataset(); a dataset with must-fix errors throws with the full report, so
 * a bad row can never reach a page.
 */
import { checkPaths, dataDir, ROOT } from './dataSource.ts';
import { formatReport } from '../lib/ingest/formatReport.ts';
import { once } from './once.ts';
import type { Dataset, IngestResult } from '../lib/ingest/pipeline.ts';

/** The ingest result (dataset + report), computed once per build process (see once.ts). */
export function getIngestResult(): Promise<IngestResult> {
  const dir = dataDir();
  return once('ingest', dir, () => checkPaths([dir], ROOT));
}

/** The validated dataset; throws with the data check report when there are must-fix errors. */
export async function getDataset(): Promise<Dataset> {
  const { dataset, report } = await getIngestResult();
  if (report.errors.length > 0) throw new Error(`数据检查未通过：\n${formatReport(report)}`);
  return dataset;
}
