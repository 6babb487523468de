/**
 * `pnpm long-functions [-- --limit N]`: every function, method, constructor or accessor of the repository's
 * TypeScript (tests and declaration files left out) longer than `limit` lines (80 unless told), longest first,
 * as `lines  file:line  name`. `scripts/longFunctions.test.ts` keeps the list empty: a function that grows past
 * 80 lines is split along its natural seams (sections of a report, stages of a pipeline, one check per
 * function) before it lands.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import ts from 'typescript';

/** One function over the limit: its length in lines, where it starts and its name (`(anonymous)` if none). */
export interface LongFunction {
  readonly lines: number;
  readonly file: string;
  readonly line: number;
  readonly name: string;
}

function nameOf(node: ts.FunctionLikeDeclaration): string {
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  if (node.name !== undefined) return node.name.getText();
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)) return parent.name.getText();
  return '(anonymous)';
}

/** The functions of one file's text longer than `limit` lines. */
export function longFunctionsOf(file: string, text: string, limit: number): LongFunction[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: LongFunction[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body !== undefined) {
      const fn = node as ts.FunctionLikeDeclaration;
      const start = source.getLineAndCharacterOfPosition(fn.getStart()).line;
      const end = source.getLineAndCharacterOfPosition(fn.end).line;
      if (end - start + 1 > limit)
        found.push({ lines: end - start + 1, file, line: start + 1, name: nameOf(fn) });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Every long function of the TypeScript files git tracks under `root`, longest first. */
export function longFunctions(root: string, limit: number): LongFunction[] {
  const files = execFileSync('git', ['-C', root, 'ls-files', '*.ts', '*.tsx'], { encoding: 'utf8' })
    .split('\n')
    .filter((f) => f !== '' && !/\.test\.tsx?$|\.d\.ts$/.test(f));
  return files
    .flatMap((f) => longFunctionsOf(f, readFileSync(join(root, f), 'utf8'), limit))
    .sort((a, b) => b.lines - a.lines || a.file.localeCompare(b.file));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((a) => a !== '--'),
    options: { limit: { type: 'string', default: '80' } },
  });
  const limit = Number(values.limit);
  const found = longFunctions(join(import.meta.dirname, '..'), limit);
  for (const f of found) console.log(`${f.lines}\t${f.file}:${f.line}\t${f.name}`);
  console.log(`${found.length} function(s) over ${limit} lines`);
}
