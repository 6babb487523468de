import { join } from 'node:path';
import { processIo } from '@kampung-kb/cli';
import { runExample } from './src/runExample.js';

// The secret stands in for the city's own (kept outside the repository in real use).
const secret = process.env['KKB_FAMILY_SECRET'] ?? 'synthetic-example-secret-not-for-real-data';
const codes = await runExample(join(import.meta.dirname, 'out'), processIo(), secret);
process.exitCode = codes.some((c) => c === 2) ? 2 : codes.some((c) => c !== 0) ? 1 : 0;
