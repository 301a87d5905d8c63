/**
 * A value computed once per build process. `astro build` loads src/io/ twice in one process: once
 * with the integrations (the data and content checks before rendering, the search index after)
 * and once in the bundled pages. A module-level cache would read the data and build the site
 * model twice (issue #14: the larger part of a 100k build); this one lives on globalThis, keyed by
 * what the value is made from (the data folder), so both share it.
 */
const STORE = Symbol.for('rural-revitalization-orgs.once');

export function once<T>(name: string, key: string, make: () => T): T {
  const g = globalThis as unknown as Record<symbol, Map<string, unknown> | undefined>;
  const store = (g[STORE] ??= new Map<string, unknown>());
  const k = `${name}\u0000${key}`;
  if (!store.has(k)) store.set(k, make());
  return store.get(k) as T;
}

/**
 * A value made for one consumer in a build (a file's bytes, a shard): handed over and dropped from
 * `store`, so a large output is not kept for the rest of the build; asked for again (the dev
 * server), it is made anew by `remake`.
 */
export async function takeOnce<V>(store: Map<string, V>, key: string, remake: () => Promise<V | undefined>): Promise<V | undefined> {
  const value = store.get(key);
  if (value === undefined) return remake();
  store.delete(key);
  return value;
}
