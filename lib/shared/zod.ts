/**
 * zod, configured for extension pages and the worker. Every module that builds schemas
 * imports `z` from here, never from 'zod' (tests/unit/boundaries.test.ts holds to it).
 *
 * Why: zod 4 probes `new Function("")` to pick a compiled fast path for objects, the first
 * time an object schema is built. The extension CSP forbids it; zod falls back, but Firefox
 * logs a CSP error for each bundle that does it. `jitless` skips the probe. It must run before
 * the first `z.object()`, so it runs when this module is evaluated, which ES modules do
 * before the body of any module that imports it.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
