/**
 * A case's lead: the first sentence of its abstract, which the case cards of lists show. One
 * definition for the cards and the content check that keeps leads apart. Pure.
 */

/** The first sentence of an abstract (to its first 。！？), or its first 80 characters. */
export function caseLead(abstract: string): string {
  return /^[^。！？]*[。！？]/u.exec(abstract)?.[0] ?? abstract.slice(0, 80);
}

/** Characters of two leads that, when the same, make cards in a list read alike. */
export const LEAD_OPENING = 12;

/** A lead's opening as compared: the first LEAD_OPENING characters, spaces left out. */
export function leadOpening(abstract: string): string {
  return caseLead(abstract).replace(/\s+/gu, '').slice(0, LEAD_OPENING);
}
