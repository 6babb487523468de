// Writes the generated reference pages (see genDocs.ts).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedPages } from './genDocs.ts';

const root = join(import.meta.dirname, '..');
for (const [path, text] of Object.entries(generatedPages())) {
  writeFileSync(join(root, path), text);
  console.log(`wrote ${path}`);
}
