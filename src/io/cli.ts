/** Command-line helpers for scripts/. */

/** The result of `parse` (node:util parseArgs), or the usage on stderr and exit code 2 when the arguments are wrong. */
export function argsOrExit<T>(parse: () => T, usage: string): T {
  try {
    return parse();
  } catch (e) {
    console.error(`${(e as Error).message}\n${usage}`);
    process.exit(2);
  }
}
