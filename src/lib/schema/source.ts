/**
 * Source (来源): one document the records' facts come from — an official notice, a report, a news
 * story, a repost of one, as the document itself names it. A record cites it in its `source` cell
 * as "<id>：“quote”" (the quote the fact rests on), so that a page can say 来源：《title》，issuer，date
 * and link to the document and to every record it supports. Text that does not start with a known
 * id (a publisher's sheet: 某某民政厅报送的《…明细表》) is shown as written.
 */
import { z } from 'zod';
import { entityId, field, partialDate } from './common.ts';
import { SOURCE_KIND_IDS } from './vocab.ts';
export { SOURCE_KINDS } from './vocab.ts';

export const sourceSchema = z.object({
  /** Stable id; records cite it at the start of their `source` cell. */
  id: field(entityId, { label: '来源标识', description: '稳定的英文短标识；记录的“来源”写作“标识：“原文””' }),
  /** The document's own title, as it writes it. */
  title: field(z.string().min(2), { label: '标题', description: '文件或报道自己的标题' }),
  /** Who issued or published it, as the document says. */
  issuer: field(z.string().min(2).nullable(), { label: '发布单位', description: '发文或发布的单位；转载时写转载网站' }),
  /** Its date, as precise as it gives. */
  date: field(partialDate.nullable(), { label: '日期', description: 'YYYY、YYYY-MM 或 YYYY-MM-DD；文件未写时留空' }),
  /** What kind of document it is. */
  kind: field(z.enum(SOURCE_KIND_IDS), { label: '类型', description: '通知文件 / 工作报告 / 新闻报道 / 转载' }),
  /** A public address, when there is one. */
  url: field(z.url().nullable(), { label: '网址', description: '可公开访问的网址；没有时留空' }),
  /** What a reader should know about it (a repost of which notice, say). */
  note: field(z.string().nullable(), { label: '说明', description: '例如转载的是哪一份文件' }),
});
export type Source = z.infer<typeof sourceSchema>;

/** A record's `source` cell, read: the cited document (when the cell starts with a known id) and the rest. */
export interface Citation {
  source: Source | null;
  /** What follows the id (the quote), or the whole text when no id is cited. */
  rest: string;
}

/** An id at the start of a cell, then a colon (not a URL's "://") or the end. */
const CITED = /^([a-z0-9][a-z0-9-]{1,80})(?:：|:(?!\/\/)|$)/u;

/** The id a `source` cell cites, if it starts with one ("tianjin-2022：“…”" → tianjin-2022). */
export function citedId(text: string): string | null {
  return CITED.exec(text.trim())?.[1] ?? null;
}

/** A cell citing several documents: "a：“…”；b：“…”" (split only where an id follows the semicolon). */
export function citationParts(text: string): string[] {
  return text
    .split(/；(?=[a-z0-9][a-z0-9-]{1,80}(?:：|:(?!\/\/)|；|$))/u)
    .map((t) => t.trim())
    .filter((t) => t !== '');
}

/**
 * The ids a `source` cell cites that `has` does not know. An id followed by its quote
 * ("id：“…”") must be in the sources table; a bare word is text unless it is a known id.
 */
export function unknownSourceIds(text: string, has: (id: string) => boolean): string[] {
  return citationParts(text).flatMap((part) => {
    const id = citedId(part);
    return id !== null && id !== part && !has(id) ? [id] : [];
  });
}

/** Reads one citation (one part of a `source` cell) against the sources table. */
export function citationOf(text: string, byId: ReadonlyMap<string, Source>): Citation {
  const id = citedId(text);
  const source = id === null ? null : (byId.get(id) ?? null);
  if (source === null) return { source: null, rest: text };
  const rest = text
    .trim()
    .slice(id!.length)
    .replace(/^[：:]\s*/u, '');
  // a quote that is the title itself (a news headline) is not said twice
  return { source, rest: rest.replace(/^[“"]|[”"]$/gu, '') === source.title ? '' : rest };
}

/** 《标题》，发布单位，日期 — how a page names a source. */
export function sourceLabel(s: Source): string {
  return [`《${s.title}》`, s.issuer, s.date].filter(Boolean).join('，');
}

/** A `source` cell as one line of text (for chart files, share cards, snapshots): 《标题》，发布单位，日期：“原文”. */
export function citationText(text: string, byId: ReadonlyMap<string, Source>): string {
  return citationParts(text)
    .map((part) => {
      const c = citationOf(part, byId);
      if (c.source === null) return part;
      return c.rest === '' ? sourceLabel(c.source) : `${sourceLabel(c.source)}：${c.rest}`;
    })
    .join('；');
}

/** A record that cites a source, for the source's page. */
export interface CitingRecord {
  kind: 'project' | 'organization' | 'campaign' | 'brand' | 'exemplary' | 'keyCounty' | 'case';
  /** Id (code for a key county, slug for a case). */
  id: string;
  name: string;
  /** What the record quotes of the source (empty when it cites the whole document). */
  quote: string;
}

/** Every record citing each source, in the order given. */
export function citingRecords(
  records: readonly { kind: CitingRecord['kind']; id: string; name: string; sources: readonly string[] }[],
  byId: ReadonlyMap<string, Source>,
): Map<string, CitingRecord[]> {
  const out = new Map<string, CitingRecord[]>();
  for (const r of records) {
    for (const text of r.sources.flatMap(citationParts)) {
      const c = citationOf(text, byId);
      if (c.source === null) continue;
      let list = out.get(c.source.id);
      if (list === undefined) out.set(c.source.id, (list = []));
      if (!list.some((x) => x.kind === r.kind && x.id === r.id && x.quote === c.rest))
        list.push({ kind: r.kind, id: r.id, name: r.name, quote: c.rest });
    }
  }
  return out;
}
