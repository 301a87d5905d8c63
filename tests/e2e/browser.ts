/** Debian's Chromium driven by playwright-core (no browser download): see src/io/browser.ts. */
export { CHROMIUM, launch } from '../../src/io/browser.ts';
