import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readDataDir } from './readDataDir.js';
import { type DataDirEvent, type StreamDataDirOptions, streamDataDir } from './streamDataDir.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kkb-kit-stream-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function put(files: Record<string, string | Uint8Array>): Promise<void> {
  for (const [name, content] of Object.entries(files)) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), content);
  }
}

async function events(options?: StreamDataDirOptions): Promise<DataDirEvent[]> {
  const out: DataDirEvent[] = [];
  for await (const e of streamDataDir(dir, options)) out.push(e);
  return out;
}

/** The events without progress, each reduced to its kind and file or issue code. */
function outline(list: readonly DataDirEvent[]): string[] {
  return list
    .filter((e) => e.kind !== 'progress')
    .map((e) =>
      e.kind === 'issue'
        ? `issue ${e.issue.code}`
        : e.kind === 'record'
          ? `record ${e.recordType} ${e.source.file}:${e.source.line ?? `#${e.source.index}`}`
          : `${e.kind} ${e.file}`,
    );
}

const MONTHLY_HEADER =
  'kampungId,period,users.iud,users.mow,users.mop,users.implant,users.injectable,users.pill,users.condom,nonUsers.pregnant,nonUsers.ias,nonUsers.iat,nonUsers.tial,poktanParticipants.bkb,poktanParticipants.bkr,poktanParticipants.bkl,poktanParticipants.uppka,poktanParticipants.pikr,jknHolders';

function monthlyRow(i: number): string {
  const m = (i % 12) + 1;
  return `kampung-${Math.floor(i / 12)},${2000 + Math.floor(i / 1200)}-${String(m).padStart(2, '0')},23,7,2,24,75,41,8,15,70,12,9,54,61,44,36,53,${1000 + (i % 500)}`;
}

describe('streamDataDir', () => {
  it('gives the programme first, then other record files by record type (regions, kampung, …, interventions), then unrecognised files, then monthly files last', async () => {
    await put({
      'monthly-2020.csv': `${MONTHLY_HEADER}\n${monthlyRow(0)}\n`,
      'interventions.csv':
        'id,kampungId,title,date,section\nsa-1,sa,"Posyandu\nremaja",2020-03-14,protection\n',
      'kampung.json': '[{"id":"sa","name":"Kampung KB"}]',
      'monthly-2019.csv': `${MONTHLY_HEADER}\n${monthlyRow(1)}\n`,
      'notes.txt': 'x',
      'regions.csv': 'code,name\n63.71,Kota Banjarmasin\n',
      'programme.yaml':
        'name: { id: Kampung KB, en: Kampung KB }\ncity: { code: "63.71", name: Kota Banjarmasin }\n',
    });
    const list = await events();
    expect(outline(list)).toEqual([
      'file-start programme.yaml',
      'programme programme.yaml',
      'file-end programme.yaml',
      'file-start regions.csv',
      'record region regions.csv:2',
      'file-end regions.csv',
      'file-start kampung.json',
      'record kampung kampung.json:#0',
      'file-end kampung.json',
      'file-start interventions.csv',
      'record intervention interventions.csv:2',
      'file-end interventions.csv',
      'file-start notes.txt',
      'issue file-unrecognised',
      'file-end notes.txt',
      'file-start monthly-2019.csv',
      'record monthly monthly-2019.csv:2',
      'file-end monthly-2019.csv',
      'file-start monthly-2020.csv',
      'record monthly monthly-2020.csv:2',
      'file-end monthly-2020.csv',
    ]);
    const start = list.find((e) => e.kind === 'file-start' && e.file === 'regions.csv');
    expect(start).toEqual({ kind: 'file-start', file: 'regions.csv', recordType: 'region', bytes: 33 });
    const end = list.find((e) => e.kind === 'file-end' && e.file === 'monthly-2020.csv');
    expect(end).toEqual({ kind: 'file-end', file: 'monthly-2020.csv', recordType: 'monthly', records: 1 });
    expect(list.filter((e) => e.kind === 'progress' && e.file === 'regions.csv')).toEqual([
      { kind: 'progress', file: 'regions.csv', bytesRead: 33, bytesTotal: 33 },
    ]);
  });

  it('calls a folder without data files "not a data directory" (error)', async () => {
    const codes = async () => (await events()).filter((e) => e.kind === 'issue').map((e) => e.issue);
    expect(await codes()).toEqual([
      {
        ruleId: 'dir-not-data',
        code: 'dir-not-data',
        severity: 'error',
        location: { file: dir },
        values: {},
        message: {
          id: `'${dir}' bukan direktori data: tidak ada berkas data (nama diawali regions, kampung, profiles, population, monthly, interventions, proposals, budgets, family-tallies, berakhiran .csv atau .json) maupun programme.json/programme.yaml`,
          en: `'${dir}' is not a data directory: it has no data file (names starting regions, kampung, profiles, population, monthly, interventions, proposals, budgets, family-tallies, ending .csv or .json) and no programme.json or programme.yaml`,
        },
      },
    ]);
    await put({ 'sub/monthly.csv': `${MONTHLY_HEADER}\n`, 'README.md': '# notes', '.gitkeep': '' });
    expect((await codes()).map((i) => i.code)).toEqual(['dir-not-data']);
    await put({ 'notes.txt': 'x' });
    expect((await codes()).map((i) => i.code)).toEqual(['dir-not-data', 'file-unrecognised']);
    await put({ 'programme.json': '{' });
    expect((await codes()).map((i) => i.code)).toEqual(['json-invalid', 'file-unrecognised']);
    // readDataDir reports it too (it collects the stream).
    await rm(join(dir, 'programme.json'));
    expect((await readDataDir(dir)).issues.map((i) => i.code)).toEqual(['dir-not-data', 'file-unrecognised']);
  });

  it('locates records after multi-line cells exactly, also across 64 KiB pieces', async () => {
    // Fill the first piece so that the multi-line cell and a CRLF straddle the 64 KiB boundary.
    const head = 'id,kampungId,title,date,section\r\n';
    const filler: string[] = [];
    let size = head.length;
    let n = 0;
    while (size < 65536 - 40) {
      const row = `f-${n},sa,isi,2020-03-14,protection\r\n`;
      filler.push(row);
      size += row.length;
      n++;
    }
    const text = `${head}${filler.join('')}x-1,sa,"baris satu\r\nbaris dua\r\n""tiga""",2020-03-14,protection\r\nx-2,sa,pendek,2020-03-15,protection\r\n`;
    await put({ 'interventions.csv': text });
    const records = (await events()).flatMap((e) => (e.kind === 'record' ? [e] : []));
    expect(records).toHaveLength(n + 2);
    expect(records[n - 1]?.source).toEqual({ file: 'interventions.csv', line: n + 1 });
    expect(records[n]?.record['title']).toBe('baris satu\nbaris dua\n"tiga"');
    expect(records[n]?.source).toEqual({ file: 'interventions.csv', line: n + 2 });
    expect(records[n + 1]?.source).toEqual({ file: 'interventions.csv', line: n + 5 });
  });

  it('keeps quotes inside unquoted fields when the 64 KiB boundary falls just before them', async () => {
    // Rows of interventions; the one whose `place` (`Jl. A "Baru"`) or `title` (`5" pipe`) has a quote
    // after its first character is placed so that the piece ends right before that quote.
    const head = 'id,kampungId,title,date,section,place\n';
    const row = (i: number) => `f-${i},sa,isi,2020-03-14,protection,x\n`;
    for (const [title, place, before] of [
      ['isi', 'Jl. A "Baru"', 'x-1,sa,isi,2020-03-14,protection,Jl. A '],
      ['5" pipe', 'x', 'x-1,sa,5'],
    ] as const) {
      let text = head;
      let n = 0;
      while (text.length + row(n).length + before.length <= 65536) text += row(n++);
      text += '-'.repeat(65536 - text.length - before.length - 1);
      text += `\nx-1,sa,${title},2020-03-14,protection,${place}\nx-2,sa,ok,2020-03-15,protection,y\n`;
      expect(text.indexOf('"')).toBe(65536);
      await put({ 'interventions.csv': text });
      const all = await events();
      const records = all.flatMap((e) => (e.kind === 'record' ? [e.record] : []));
      const x1 = records.find((r) => r['id'] === 'x-1');
      expect(x1?.['title']).toBe(title);
      expect(x1?.['place']).toBe(place);
      expect(records.at(-1)?.['id']).toBe('x-2');
      expect(all.some((e) => e.kind === 'issue' && e.issue.code === 'csv-unclosed-quote')).toBe(false);
      const read = await readDataDir(dir);
      expect(read.dataset.interventions.find((r) => r.id === 'x-1')?.title).toBe(title);
    }
  });

  it('reports progress at most once per 64 KiB and ends each CSV file with one', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => monthlyRow(i));
    const text = `${MONTHLY_HEADER}\n${rows.join('\n')}\n`;
    await put({ 'monthly.csv': text });
    const progress = (await events()).flatMap((e) => (e.kind === 'progress' ? [e] : []));
    const total = Buffer.byteLength(text);
    expect(progress.length).toBe(Math.ceil(total / 65536));
    expect(progress.at(-1)).toEqual({
      kind: 'progress',
      file: 'monthly.csv',
      bytesRead: total,
      bytesTotal: total,
    });
    for (let i = 1; i < progress.length; i++) {
      expect(progress[i]!.bytesRead - progress[i - 1]!.bytesRead).toBeGreaterThan(0);
    }
    expect(progress.slice(0, -1).every((p, i) => p.bytesRead === (i + 1) * 65536)).toBe(true);
  });

  it('warns once about a non-UTF-8 byte met late in a file, before the rows it spoils', async () => {
    const good = `code,name\n${Array.from({ length: 4000 }, (_, i) => `63.71.${String(i % 100).padStart(2, '0')}.${1000 + Math.floor(i / 100)},Kota ${i}`).join('\n')}\n`;
    const bytes = new Uint8Array([...Buffer.from(good), ...Buffer.from('63.99,Banjarbaru '), 0xe9, 0x0a]);
    await put({ 'regions.csv': bytes });
    const list = outline(await events());
    const warn = list.indexOf('issue file-encoding');
    expect(list.filter((e) => e === 'issue file-encoding')).toHaveLength(1);
    expect(warn).toBeGreaterThan(2);
    expect(list[warn + 1]).toMatch(/^record region regions\.csv:/);
    const read = await readDataDir(dir);
    expect(read.dataset.regions.at(-1)).toEqual({ code: '63.99', name: 'Banjarbaru \uFFFD' });
    expect(read.issues.map((i) => i.code)).toEqual(['file-encoding']);
  });

  it('refuses a JSON data file nested 5,000 deep and one over the size limit, and reads on', async () => {
    await put({
      'kampung.json': `[{"id":"sa","x":${'['.repeat(5000)}${']'.repeat(5000)}}]`,
      'population.json': '[{"kampungId":"sa"}]',
      'regions.csv': 'code,name\n63.71,Kota Banjarmasin\n',
    });
    const issuesOf = (list: DataDirEvent[]) => list.flatMap((e) => (e.kind === 'issue' ? [e.issue] : []));
    const list = await events();
    expect(issuesOf(list).map((i) => [i.code, i.location.file, i.location.line, i.values])).toEqual([
      ['json-too-deep', 'kampung.json', 1, { line: 1, column: 79, maxDepth: 64 }],
    ]);
    expect(list.filter((e) => e.kind === 'record').map((e) => e.kind === 'record' && e.recordType)).toEqual([
      'region',
      'population',
    ]);
    const limited = issuesOf(await events({ maxJsonBytes: 2048 }));
    expect(limited.map((i) => [i.code, i.location.file, i.values])).toEqual([
      ['file-too-large', 'kampung.json', { bytes: 10018, maxBytes: 2048 }],
    ]);
    expect(limited[0]?.message).toEqual({
      id: "Berkas 'kampung.json' (9,8 KiB) melebihi batas 2 KiB dan tidak dibaca; simpan data sebesar ini sebagai CSV",
      en: "File 'kampung.json' (9.8 KiB) exceeds the limit of 2 KiB and was not read; keep this much data in CSV",
    });
  });

  it('drops the rest of an over-long row from an unclosed quote, with a clear error', async () => {
    await put({ 'regions.csv': `code,name\n63.71,"Kota\n${'x'.repeat(5000)}\n63.72,Banjarbaru\n` });
    const issues = (await events({ maxCsvRowChars: 1000 })).flatMap((e) =>
      e.kind === 'issue' ? [e.issue] : [],
    );
    expect(issues.map((i) => [i.code, i.location.line])).toEqual([
      ['csv-row-too-long', 2],
      ['csv-unclosed-quote', 2],
    ]);
    expect(issues[0]?.message.en).toBe(
      "Line 2 of 'regions.csv' is longer than 1000 characters; the rest of it was not read (an unclosed quote?)",
    );
  });

  it('closes the file when the reader stops early', async () => {
    await put({
      'monthly.csv': `${MONTHLY_HEADER}\n${Array.from({ length: 3000 }, (_, i) => monthlyRow(i)).join('\n')}\n`,
    });
    let seen = 0;
    for await (const e of streamDataDir(dir)) {
      if (e.kind === 'record') seen++;
      if (seen === 10) break;
    }
    expect(seen).toBe(10);
    // On some systems an open handle keeps the folder from being removed: afterEach would fail.
    await rm(join(dir, 'monthly.csv'));
  });

  it('reads 200,000 monthly rows with heap growth far below what keeping them would need', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const ROWS = 200_000;
    const path = join(dir, 'monthly.csv');
    const lines: string[] = [MONTHLY_HEADER];
    for (let i = 0; i < ROWS; i++) lines.push(monthlyRow(i));
    await writeFile(path, `${lines.join('\n')}\n`);
    lines.length = 0;

    gc();
    const base = process.memoryUsage().heapUsed;
    let peak = 0;
    let records = 0;
    let jkn = 0;
    for await (const e of streamDataDir(dir)) {
      if (e.kind !== 'record') continue;
      records++;
      jkn += e.record['jknHolders'] as number;
      if (records % 25_000 === 0) {
        gc();
        peak = Math.max(peak, process.memoryUsage().heapUsed - base);
      }
    }
    expect(records).toBe(ROWS);
    expect(jkn).toBe(Array.from({ length: ROWS }, (_, i) => 1000 + (i % 500)).reduce((a, b) => a + b, 0));

    // Keeping the records (as readDataDir does) costs hundreds of bytes each: the bound below is a
    // small fraction of it, so reading a whole file into memory could not pass.
    gc();
    const before = process.memoryUsage().heapUsed;
    const kept = await readDataDir(dir);
    gc();
    const keeping = process.memoryUsage().heapUsed - before;
    expect(kept.dataset.monthly).toHaveLength(ROWS);
    const bound = 16 * 1024 * 1024;
    expect(keeping).toBeGreaterThan(4 * bound);
    expect(peak).toBeLessThan(bound);
  }, 60_000);
});
