// Measures the rooms' sizes: lines per source file and per function (any function-like node
// with a body: declarations, methods, arrows, function expressions, accessors, constructors).
// Used by test/unit/architecture.test.ts; `node scripts/sizes.mjs` prints what is over the limits.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export const MAX_FILE_LINES = 300;
export const MAX_FUNCTION_LINES = 60;
const ROOTS = ['src', 'explorer/src', 'bench'];
const GENERATED = /(^|\/)generated\//;

/** Every TypeScript source under ROOTS (generated code aside), as repo-relative paths. */
export function sourceFiles(repoRoot) {
  const out = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(path.join(repoRoot, dir), { withFileTypes: true })) {
      const rel = `${dir}/${entry.name}`;
      if (GENERATED.test(`${rel}/`)) continue;
      if (entry.isDirectory()) walk(rel);
      else if (/\.ts$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(rel);
    }
  };
  for (const root of ROOTS) if (fs.existsSync(path.join(repoRoot, root))) walk(root);
  return out.sort();
}

/** The name a reader would search for: the declaration's own, or the variable/property it is assigned to. */
function nameOf(node) {
  if (node.name && ts.isIdentifier(node.name)) return node.name.text;
  if (node.name && ts.isStringLiteral(node.name)) return node.name.text;
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  const parent = node.parent;
  if (parent && (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) && ts.isIdentifier(parent.name)) return parent.name.text;
  return '(anonymous)';
}

/** Files over MAX_FILE_LINES and functions over MAX_FUNCTION_LINES, each as `path` or `path:name` with its line count. */
export function oversize(repoRoot) {
  const found = new Map();
  for (const file of sourceFiles(repoRoot)) {
    const text = fs.readFileSync(path.join(repoRoot, file), 'utf8');
    const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
    if (lines > MAX_FILE_LINES) found.set(file, lines);
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node) => {
      if (ts.isFunctionLike(node) && node.body) {
        const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
        const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
        const count = end - start + 1;
        if (count > MAX_FUNCTION_LINES) {
          const key = `${file}:${nameOf(node)}`;
          found.set(key, Math.max(count, found.get(key) ?? 0));
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const [name, lines] of oversize(process.cwd())) console.log(`${lines}\t${name}`);
}
