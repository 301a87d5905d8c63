/**
 * Imported first by browser code that parses with zod: zod would otherwise probe `new Function()`
 * when its schemas are built (to compile fast parsers), which every page's Content-Security-Policy
 * forbids (no 'unsafe-eval'); the browser reports the blocked probe as a policy violation.
 */
import { z } from 'zod';

z.config({ jitless: true });
