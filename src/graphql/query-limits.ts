import {
  Kind,
  Lexer,
  Source,
  TokenKind,
  getArgumentValues,
  getNamedType,
  getVariableValues,
  isCompositeType,
  isObjectType,
  isInterfaceType,
  visit,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ASTNode,
  type SelectionSetNode,
} from 'graphql';
import type { Config } from '../config.js';

/**
 * Static measures of one operation, computed from the document, the schema and the variables
 * alone (no database work):
 * - depth: the longest chain of nested fields (`{ a { b } }` is 2); fragments add no depth;
 * - aliases: aliased fields, counting each fragment once per spread;
 * - cost: how many objects the operation may resolve. Every field with a selection costs 1,
 *   times the product of the list sizes above it; leaf fields are free (they come with their
 *   object). A field's list size is its `first` or `limit` argument (capped at what the
 *   resolver accepts), or for the network queries the bound of their answer (networkSizeRules).
 * Introspection fields (`__schema`, `__type`, `__typename`) are not counted: the schema is small
 * and answered from memory. Fragments are measured once each, so a fragment "bomb" costs the
 * measurement linear time.
 */
export interface OperationMeasures {
  depth: number;
  aliases: number;
  cost: number;
}

/**
 * The only arguments a size can depend on: `first`, `limit` and those the size rules read. A rule
 * reads its arguments through this type, so a new argument must be added here first; whether an
 * operation's measures depend on its variables is decided by it (sizeDependsOnVariables).
 */
const SIZE_ARGUMENTS = ['first', 'limit', 'depth', 'maxLength', 'ids', 'representations', 'filter'] as const;
type Args = Partial<Record<(typeof SIZE_ARGUMENTS)[number], unknown>>;
const SIZE_ARGUMENT_NAMES: ReadonlySet<string> = new Set(SIZE_ARGUMENTS);
/** The field whose selection set holds the field being sized: `Type.field` and its arguments. */
interface Enclosing {
  field: string;
  args: Args;
}
/**
 * List size rules of fields whose answer size is not simply `first` or `limit`, by `Type.field`.
 * `enclosing` is the field around it (undefined inside a fragment, which is measured once for
 * every place it is spread: a rule then answers its largest size).
 */
type SizeRule = (args: Args, enclosing: Enclosing | undefined) => number;

const num = (v: unknown, fallback: number) => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);

/**
 * Size bounds of the network queries, from the configured caps (and the resolvers' defaults).
 * A `network` or `neighbourhood` answer is one Subgraph: its `nodes` list is as long as the
 * query allows, its `edges` list as long as the relationship cap (edges hold leaf fields only).
 */
export function networkSizeRules(network: Config['network']): Record<string, SizeRule> {
  const networkNodes = (a: Args) => Math.min(num((a.filter as Args | null)?.limit, network.maxNetworkNodes), network.maxNetworkNodes);
  const neighbourhoodNodes = (a: Args) => {
    const limit = Math.min(num(a.limit, 25), network.maxNeighbours);
    const depth = Math.min(num(a.depth, 1), network.maxDepth);
    let reach = 1;
    for (let d = 1, ring = 1; d <= depth && reach < network.maxNeighbourhoodNodes; d++) reach += ring *= limit;
    return Math.min(reach, network.maxNeighbourhoodNodes);
  };
  return {
    'Query.network': () => 1,
    'Query.neighbourhood': () => 1,
    'Subgraph.nodes': (_a, enclosing) =>
      enclosing?.field === 'Query.network'
        ? networkNodes(enclosing.args)
        : enclosing?.field === 'Query.neighbourhood'
          ? neighbourhoodNodes(enclosing.args)
          : Math.max(network.maxNetworkNodes, network.maxNeighbourhoodNodes),
    'Subgraph.edges': (_a, enclosing) =>
      enclosing?.field === 'Query.neighbourhood' ? network.maxNeighbourhoodEdges : Math.max(network.maxNetworkEdges, network.maxNeighbourhoodEdges),
    'Query.shortestPath': (a) => Math.min(num(a.maxLength, 6), network.maxPathLength) + 1,
    'Query.paths': (a) => Math.min(num(a.limit, 10), network.maxPaths) * (Math.min(num(a.maxLength, 6), network.maxPathLength) + 1),
    'Query.nodes': (a) => (Array.isArray(a.ids) ? a.ids.length : 1),
    'Query._entities': (a) => (Array.isArray(a.representations) ? a.representations.length : 1),
  };
}

export interface MeasureOptions {
  /** `first` and `limit` above this are refused by the resolvers anyway; they count as this. */
  maxListArgument: number;
  sizeRules: Record<string, SizeRule>;
}

/**
 * Measures `operation`. Returns null when the variables do not coerce: execution refuses those
 * with BAD_USER_INPUT before any resolver runs, so there is nothing to limit.
 */
export function measureOperation(
  schema: GraphQLSchema,
  fragments: Record<string, FragmentDefinitionNode>,
  operation: OperationDefinitionNode,
  rawVariables: Record<string, unknown> | undefined,
  options: MeasureOptions,
): OperationMeasures | null {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {}, { maxErrors: 1 });
  if (coerced.errors) return null;
  const variables = coerced.coerced;
  const memo = new Map<string, OperationMeasures>();
  const root = schema.getRootType(operation.operation);
  if (!root) return { depth: 0, aliases: 0, cost: 0 };

  const sizeOf = (parent: GraphQLCompositeType, field: GraphQLField<unknown, unknown>, args: Args, enclosing: Enclosing | undefined): number => {
    const rule = options.sizeRules[`${parent.name}.${field.name}`];
    if (rule) return Math.max(1, rule(args, enclosing));
    const size = num(args.first, num(args.limit, 1));
    return Math.max(1, Math.min(size, options.maxListArgument));
  };

  const measure = (set: SelectionSetNode, parent: GraphQLCompositeType, enclosing?: Enclosing): OperationMeasures => {
    const total: OperationMeasures = { depth: 0, aliases: 0, cost: 0 };
    const add = (m: OperationMeasures, depthOffset: number, costFactor: number, ownCost: number) => {
      total.depth = Math.max(total.depth, m.depth + depthOffset);
      total.aliases += m.aliases;
      total.cost += ownCost + costFactor * m.cost;
    };
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) continue;
        const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[selection.name.value] : undefined;
        if (!field) continue;
        if (selection.alias) total.aliases += 1;
        const type = getNamedType(field.type);
        if (!selection.selectionSet || !isCompositeType(type)) {
          total.depth = Math.max(total.depth, 1);
          continue;
        }
        const args = getArgumentValues(field, selection, variables) as Args;
        const inner = measure(selection.selectionSet, type, { field: `${parent.name}.${field.name}`, args });
        add(inner, 1, sizeOf(parent, field, args, enclosing), 1);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (type && isCompositeType(type)) add(measure(selection.selectionSet, type, enclosing), 0, 1, 0);
      } else {
        const name = selection.name.value;
        let m = memo.get(name);
        const fragment = fragments[name];
        if (!m && fragment) {
          const type = schema.getType(fragment.typeCondition.name.value);
          m = type && isCompositeType(type) ? measure(fragment.selectionSet, type) : { depth: 0, aliases: 0, cost: 0 };
          memo.set(name, m);
        }
        if (m) add(m, 0, 1, 0);
      }
    }
    return total;
  };

  return measure(operation.selectionSet, root);
}

/**
 * Whether `operation`'s measures can change with its variables: whether a variable is used in a
 * size argument (SIZE_ARGUMENTS) anywhere in it or in a fragment. When not, the same document
 * measures the same for any variables that coerce.
 */
export function sizeDependsOnVariables(operation: OperationDefinitionNode, fragments: Record<string, FragmentDefinitionNode>): boolean {
  let depends = false;
  const check = (node: ASTNode) =>
    visit(node, {
      Argument(argument) {
        if (!SIZE_ARGUMENT_NAMES.has(argument.name.value)) return false;
        visit(argument.value, {
          Variable() {
            depends = true;
          },
        });
        return false;
      },
    });
  check(operation);
  for (const fragment of Object.values(fragments)) check(fragment);
  return depends;
}

/**
 * Counts the lexical tokens of a document, stopping at `max + 1`: bounded work whatever the size
 * of the text. A lexing error stops the count (the parser reports it properly).
 */
export function countTokens(source: string, max: number): number {
  const lexer = new Lexer(new Source(source));
  let count = 0;
  try {
    while (count <= max && lexer.advance().kind !== TokenKind.EOF) count++;
  } catch {
    // Syntax errors are the parser's to report.
  }
  return count;
}
