/** Page templates in a real browser, second half: the showcase, open data, charts and search (tests/e2e/templates.ts). */
import { TEMPLATES, templateChecks } from './templates.ts';

templateChecks(TEMPLATES.slice(16));
