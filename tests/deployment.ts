/** Where the bundled site is deployed in the tests (read by vitest.config.ts, so no test imports here). */
export const BUNDLED_BASE = '/showcase/';
export const BUNDLED_SITE_URL = 'https://example.gov.cn';
/** The environment the bundled site is built with. */
export const BUNDLED_ENV: Readonly<Record<string, string>> = { SITE_BASE: BUNDLED_BASE.slice(0, -1), SITE_URL: BUNDLED_SITE_URL };
