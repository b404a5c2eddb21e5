import { isNodeType } from '../model/index.js';
import { ImportUsageError } from './problems.js';
import { NODE_FIELDS, coerce, fieldOf } from './sheets/columns.js';
import type { Defaults } from './sheets/sheet-nodes.js';

/**
 * `--default Organisation.sector=CIVIL_SOCIETY` (repeatable): a value for a field the files do not
 * carry, given to every new node of that type that has none (the network export carries no kind,
 * sector or level; Gephi files rarely do). The model still validates the value.
 */
export function parseDefaults(specs: string[] = []): Defaults {
  const defaults: Defaults = {};
  for (const spec of specs) {
    const m = /^([A-Za-z]+)\.([A-Za-z]+)=(.*)$/.exec(spec);
    if (!m) throw new ImportUsageError(`--default ${spec}: write it as TYPE.FIELD=VALUE, e.g. Organisation.sector=CIVIL_SOCIETY`);
    const [, type, column, value] = m;
    if (!isNodeType(type)) throw new ImportUsageError(`--default ${spec}: ${type} is not a node type`);
    const field = fieldOf(type, column);
    if (!field || ['id', 'datasetIds', 'synthetic'].includes(field)) throw new ImportUsageError(`--default ${spec}: ${column} is not a field of ${type} a default can set`);
    const read = coerce(NODE_FIELDS[type].get(field)!, value);
    if (read instanceof Error) throw new ImportUsageError(`--default ${spec}: ${read.message}`);
    (defaults[type] ??= {})[field] = read;
  }
  return defaults;
}
