/**
 * Run as a child process by the killed-import test: imports `argv[2]` into `argv[3]` and, once every file
 * is staged, tells the parent and waits there for ever, to be killed before anything is moved into place.
 */
import { importFile } from '../importFile.js';

const [file, into] = process.argv.slice(2) as [string, string];
await importFile(file, {
  into,
  beforeCommit: () =>
    new Promise<void>(() => {
      process.send?.('staged');
    }),
});
