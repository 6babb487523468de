/**
 * Run as a child process by the killed-import test: imports `argv[2]` into `argv[3]` and, once every file
 * is staged, tells the parent and waits there for ever, to be killed before anything is moved into place.
 */
import { importFile } from '../importFile.js';

const [file, into] = process.argv.slice(2) as [string, string];
// The IPC channel alone does not keep a child alive: wait here until killed, not until the loop is empty.
setInterval(() => {}, 60_000);
await importFile(file, {
  into,
  beforeCommit: () =>
    new Promise<void>(() => {
      process.send?.('staged');
    }),
});
