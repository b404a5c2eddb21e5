import {
  Kind,
  Lexer,
  Source,
  TokenKind,
  getArgumentValues,
  getNamedType,
  getNullableType,
  isListType,
  getVariableValues,
  isCompositeType,
  isObjectType,
  isInterfaceType,
  visit,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLObjectType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ASTNode,
  type SelectionSetNode,
} from 'graphql';
import { DEFAULT_LIST_SIZE, EXPENSIVE_FIELDS, INTROSPECTION_FIELD_COST, MUTATION_FIELD_COST, type Args, type Enclosing, type FieldPrice } from './cost-rules.js';

/**
 * Static measures of one operation, computed from the document, the schema and the variables
 * alone (no database work):
 * - depth: the longest chain of nested fields (`{ a { b } }` is 2); fragments add no depth;
 * - aliases: aliased fields, introspection fields included, counting each fragment once per spread;
 * - cost: the work the operation may ask for, by the rules of the GraphQL cost specification
 *   (Federation 2.9's `@cost` and `@listSize`, Apollo Router's static estimate): a field of an
 *   object, interface or union type costs 1, a scalar or enum 0, unless the price list
 *   (cost-rules.ts) gives it a weight; a list field costs its size times (weight + the cost of its
 *   selection), so a list of N leaf-only objects costs N; work a field does once (peer search,
 *   top brokers) is added once; a root mutation field costs 10; `__schema` and `__type` cost
 *   INTROSPECTION_FIELD_COST each, whatever they select. A list's size is its rule's, else its
 *   `first` or `limit` (capped at what the resolvers accept; a connection's `edges` take the
 *   connection's `first`), else DEFAULT_LIST_SIZE;
 * - expensiveFields: how many EXPENSIVE_FIELDS (network, paths...) it selects.
 * Fragments are measured once each, so a fragment "bomb" costs the measurement linear time.
 */
export interface OperationMeasures {
  depth: number;
  aliases: number;
  cost: number;
  expensiveFields: number;
}

/**
 * The only arguments a size or weight can depend on: `first`, `limit` and those the rules read.
 * Whether an operation's measures depend on its variables is decided by this list
 * (sizeDependsOnVariables), so a rule reading a new argument must add it here first.
 */
const SIZE_ARGUMENTS = ['first', 'limit', 'depth', 'maxLength', 'ids', 'representations', 'filter'] as const;
const SIZE_ARGUMENT_NAMES: ReadonlySet<string> = new Set(SIZE_ARGUMENTS);

const num = (v: unknown, fallback: number) => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);
const ZERO: OperationMeasures = { depth: 0, aliases: 0, cost: 0, expensiveFields: 0 };

export interface MeasureOptions {
  /** `first` and `limit` above this are refused by the resolvers anyway; they count as this. */
  maxListArgument: number;
  /** The price list, by `Type.field` (createCostRules). */
  rules: Record<string, FieldPrice>;
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
  const root = schema.getRootType(operation.operation);
  if (!root) return { ...ZERO };
  const measurer = new Measurer(schema, fragments, coerced.coerced, options);
  return measurer.measure(operation.selectionSet, root, undefined);
}

/** One measurement: the memo of fragments measured so far, and the rules that size and weigh fields. */
class Measurer {
  private readonly memo = new Map<string, OperationMeasures>();
  private readonly mutationType: GraphQLObjectType | null | undefined;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: Record<string, FragmentDefinitionNode>,
    private readonly variables: Record<string, unknown>,
    private readonly options: MeasureOptions,
  ) {
    this.mutationType = schema.getMutationType();
  }

  measure(set: SelectionSetNode, parent: GraphQLCompositeType, enclosing: Enclosing | undefined): OperationMeasures {
    const total = { ...ZERO };
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.alias) total.aliases += 1;
        add(total, this.measureField(selection, parent, enclosing));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? this.schema.getType(selection.typeCondition.name.value) : parent;
        if (type && isCompositeType(type)) add(total, this.measure(selection.selectionSet, type, enclosing));
      } else {
        add(total, this.measureFragment(selection.name.value));
      }
    }
    return total;
  }

  /** A field's own measures: depth 1 more than its selection's, cost by the spec's rules. */
  private measureField(selection: FieldNode, parent: GraphQLCompositeType, enclosing: Enclosing | undefined): OperationMeasures {
    const name = selection.name.value;
    if (name === '__schema' || name === '__type') return { ...ZERO, depth: 1, cost: INTROSPECTION_FIELD_COST };
    const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
    if (!field) return { ...ZERO, depth: 1 };
    const key = `${parent.name}.${name}`;
    const price = this.options.rules[key];
    const args = field.args.length > 0 ? (getArgumentValues(field, selection, this.variables) as Args) : {};
    const type = getNamedType(field.type);
    const inner = selection.selectionSet && isCompositeType(type) ? this.measure(selection.selectionSet, type, { field: key, args }) : undefined;
    const defaultWeight = parent === this.mutationType ? MUTATION_FIELD_COST : inner ? 1 : 0;
    const weight = price?.weight ? price.weight(args, enclosing) : defaultWeight;
    const size = this.sizeOf(field, price, args, enclosing);
    return {
      depth: (inner?.depth ?? 0) + 1,
      aliases: inner?.aliases ?? 0,
      cost: size * (weight + (inner?.cost ?? 0)) + (price?.work?.(args, enclosing) ?? 0),
      expensiveFields: (inner?.expensiveFields ?? 0) + (EXPENSIVE_FIELDS.has(key) ? 1 : 0),
    };
  }

  /** Items of a list field (1 for any other): its rule, its `first` or `limit`, its connection's `first`, or the default. */
  private sizeOf(field: GraphQLField<unknown, unknown>, price: FieldPrice | undefined, args: Args, enclosing: Enclosing | undefined): number {
    if (price?.size) return Math.max(0, price.size(args, enclosing));
    if (!isListType(getNullableType(field.type))) return 1;
    const cap = this.options.maxListArgument;
    const slice = args.first ?? args.limit;
    if (slice !== undefined) return Math.max(0, Math.min(num(slice, cap), cap));
    // A connection's edges are sized by the connection's `first` (@listSize sizedFields: ["edges"]).
    if (field.name === 'edges') return enclosing ? Math.max(0, Math.min(num(enclosing.args?.first, DEFAULT_LIST_SIZE), cap)) : cap;
    return DEFAULT_LIST_SIZE;
  }

  /** A fragment's measures, worked out once and reused for every spread. */
  private measureFragment(name: string): OperationMeasures {
    let m = this.memo.get(name);
    if (m) return m;
    const fragment = this.fragments[name];
    const type = fragment && this.schema.getType(fragment.typeCondition.name.value);
    m = type && isCompositeType(type) ? this.measure(fragment.selectionSet, type, undefined) : { ...ZERO };
    this.memo.set(name, m);
    return m;
  }
}

/** Adds `m` to `total`: depths take the longest, the rest sum. */
function add(total: OperationMeasures, m: OperationMeasures): void {
  total.depth = Math.max(total.depth, m.depth);
  total.aliases += m.aliases;
  total.cost += m.cost;
  total.expensiveFields += m.expensiveFields;
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
