import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { NODE_TYPE_DECLARATIONS, nodeTypeBySeedKey, type NodeType } from '../model/index.js';

/** Where a record came from, so every error can name file and record. */
export interface Origin {
  file: string;
  /** Position in its list, from 0. */
  index: number;
}

export interface RawNode {
  type: NodeType;
  record: Record<string, unknown>;
  origin: Origin;
}

export interface RawRelationship {
  record: Record<string, unknown>;
  origin: Origin;
}

/** Everything read from a seed folder, not yet validated. */
export interface SeedBundle {
  nodes: RawNode[];
  relationships: RawRelationship[];
  /** Problems found while reading (unparsable YAML, unknown top-level keys). */
  problems: SeedProblem[];
}

/** One validation problem; `record` is the record's id when it has one, else `#<index>`. */
export interface SeedProblem {
  file: string;
  record?: string;
  field?: string;
  message: string;
}

const KEY_TO_TYPE = nodeTypeBySeedKey(NODE_TYPE_DECLARATIONS);

/** Top-level keys with this prefix are definitions for YAML anchors, not records. */
export const EXTENSION_PREFIX = 'x-';

/**
 * Reads every `.yaml`/`.yml`/`.json` file of `target` (a folder, read in name order, or one
 * file). File paths in origins are relative to the current directory.
 */
export async function readSeedBundle(target: string): Promise<SeedBundle> {
  const files = (await stat(target)).isDirectory()
    ? (await readdir(target)).filter((f) => /\.(ya?ml|json)$/.test(f)).sort().map((f) => path.join(target, f))
    : [target];
  const bundle: SeedBundle = { nodes: [], relationships: [], problems: [] };
  for (const file of files) addFile(bundle, path.relative(process.cwd(), file) || file, await readFile(file, 'utf8'));
  return bundle;
}

/** Adds one file's records to `bundle` (exported for tests that build bundles in memory). */
export function addFile(bundle: SeedBundle, file: string, text: string): void {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) {
    for (const e of doc.errors) bundle.problems.push({ file, message: `cannot be parsed: ${e.message}` });
    return;
  }
  const content = doc.toJS() as unknown;
  if (content === null || content === undefined) return;
  if (typeof content !== 'object' || Array.isArray(content)) {
    bundle.problems.push({ file, message: 'must be a mapping of kinds (organisations, relationships, ...) to lists' });
    return;
  }
  for (const [key, list] of Object.entries(content as Record<string, unknown>)) {
    // `x-` keys hold what the records reuse through YAML anchors (`x-sources: [&ocp-2021 {...}]`,
    // then `sources: [*ocp-2021]`), as docker-compose's extension fields do: not records.
    if (key.startsWith(EXTENSION_PREFIX)) continue;
    const type = KEY_TO_TYPE.get(key);
    if (!type && key !== 'relationships') {
      bundle.problems.push({ file, field: key, message: `is not a known kind; use one of ${[...KEY_TO_TYPE.keys(), 'relationships'].join(', ')} (or an x- key for anchors)` });
      continue;
    }
    if (!Array.isArray(list)) {
      bundle.problems.push({ file, field: key, message: 'must be a list of records' });
      continue;
    }
    list.forEach((record: Record<string, unknown>, index) => {
      const origin = { file, index };
      if (type) bundle.nodes.push({ type, record, origin });
      else bundle.relationships.push({ record, origin });
    });
  }
}
