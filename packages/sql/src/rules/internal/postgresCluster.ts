import { execFile } from 'node:child_process';
import { chown, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A throwaway PostgreSQL cluster for tests: where to connect, and how to stop and delete it. */
export interface PostgresCluster {
  /** The socket directory (pg's `host`). */
  readonly host: string;
  readonly port: number;
  readonly user: string;
  readonly database: string;
  stop(): Promise<void>;
}

/** Debian's server binaries (`postgresql` package), the newest major version; `undefined` when absent. */
async function binDir(): Promise<string | undefined> {
  try {
    const versions = (await readdir('/usr/lib/postgresql')).filter((v) => /^\d+$/.test(v));
    versions.sort((a, b) => Number(b) - Number(a));
    return versions[0] === undefined ? undefined : join('/usr/lib/postgresql', versions[0], 'bin');
  } catch {
    return undefined;
  }
}

/**
 * Starts a PostgreSQL server in a fresh temporary directory (initdb, then pg_ctl start), listening on a
 * Unix socket only, with trust authentication; as the `postgres` user via `runuser` when the tests run as
 * root (the server refuses root). `undefined` when the server binaries are not installed.
 */
export async function startPostgresCluster(): Promise<PostgresCluster | undefined> {
  const bin = await binDir();
  if (!bin) return undefined;
  const dir = await mkdtemp(join(tmpdir(), 'kkb-pg-'));
  const root = process.getuid?.() === 0;
  if (root) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: gid } = await run('id', ['-g', 'postgres']);
    await chown(dir, Number(stdout.trim()), Number(gid.trim()));
  }
  const as = (cmd: string, args: string[]) =>
    root ? run('runuser', ['-u', 'postgres', '--', join(bin, cmd), ...args]) : run(join(bin, cmd), args);
  const data = join(dir, 'data');
  const user = 'kkb';
  await as('initdb', ['-D', data, '-A', 'trust', '-U', user, '-E', 'UTF8', '--no-locale']);
  const port = 40000 + Math.floor(Math.random() * 20000);
  await as('pg_ctl', [
    '-D',
    data,
    '-w',
    '-l',
    join(dir, 'server.log'),
    '-o',
    `-k ${dir} -c listen_addresses= -p ${port} -c fsync=off`,
    'start',
  ]);
  return {
    host: dir,
    port,
    user,
    database: 'postgres',
    async stop() {
      try {
        await as('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}
