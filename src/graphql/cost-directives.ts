import {
  Kind,
  parseConstValue,
  visit,
  type ConstDirectiveNode,
  type DocumentNode,
  type FieldDefinitionNode,
  type TypeNode,
} from 'graphql';
import { NETWORK_LIMITS } from '../config/network-limits.js';
import { createCostRules, type FieldPrice } from './cost-rules.js';

/** The arguments the spec calls slicing arguments: they set how many items a list returns. */
const SLICING_ARGUMENTS = ['first', 'limit'];

/**
 * Adds the cost model's prices to a subgraph's type definitions as the cost specification's
 * directives, so a router (Apollo Router's demand control, Hive Router) can enforce the same
 * budget before it calls this subgraph: `@cost(weight)` on fields that weigh more than their type,
 * on the argument that carries work done once per field, and `@listSize` on lists (their size rule
 * as `assumedSize`, or their slicing argument; a connection's `first` sizes its `edges`).
 * The prices are those of the default caps (NETWORK_LIMITS): the SDL is committed and must not
 * change with a server's configuration. Where a size depends on the enclosing field (a path's
 * nodes on `maxLength`), the SDL states the largest.
 */
export function addCostDirectives(typeDefs: DocumentNode): DocumentNode {
  const rules = createCostRules(NETWORK_LIMITS);
  let typeName = '';
  const enterType = (node: { name: { value: string } }) => void (typeName = node.name.value);
  return visit(typeDefs, {
    ObjectTypeDefinition: { enter: enterType },
    ObjectTypeExtension: { enter: enterType },
    InterfaceTypeDefinition: { enter: enterType },
    FieldDefinition(field) {
      return withCostDirectives(field, rules[`${typeName}.${field.name.value}`]);
    },
  });
}

function withCostDirectives(field: FieldDefinitionNode, price: FieldPrice | undefined): FieldDefinitionNode | undefined {
  const directives: ConstDirectiveNode[] = [];
  if (price?.weight) directives.push(directive('cost', { weight: price.weight(undefined, undefined) }));
  const slicing = (field.arguments ?? []).map((a) => a.name.value).filter((a) => SLICING_ARGUMENTS.includes(a));
  if (isList(field.type)) {
    if (slicing.length > 0) directives.push(directive('listSize', { slicingArguments: slicing, requireOneSlicingArgument: false, ...assumed(field, price) }));
    else if (price?.size) directives.push(directive('listSize', { assumedSize: price.size(undefined, undefined) }));
  } else if (slicing.includes('first')) {
    directives.push(directive('listSize', { slicingArguments: ['first'], sizedFields: ['edges'], requireOneSlicingArgument: false }));
  }
  const args =
    price?.work && price.workArgument
      ? field.arguments?.map((a) => (a.name.value === price.workArgument ? { ...a, directives: [...(a.directives ?? []), directive('cost', { weight: price.work!(undefined, undefined) })] } : a))
      : field.arguments;
  if (directives.length === 0 && args === field.arguments) return undefined;
  return { ...field, arguments: args, directives: [...(field.directives ?? []), ...directives] };
}

/** `assumedSize` of a sliced list: its slicing argument's default, the items when it is left out. */
function assumed(field: FieldDefinitionNode, price: FieldPrice | undefined): { assumedSize?: number } {
  const slicing = field.arguments?.find((a) => SLICING_ARGUMENTS.includes(a.name.value));
  if (slicing?.defaultValue?.kind === Kind.INT) return { assumedSize: Number(slicing.defaultValue.value) };
  return price?.size ? { assumedSize: price.size(undefined, undefined) } : {};
}

function isList(type: TypeNode): boolean {
  return (type.kind === Kind.NON_NULL_TYPE ? type.type : type).kind === Kind.LIST_TYPE;
}

function directive(name: string, args: Record<string, unknown>): ConstDirectiveNode {
  return {
    kind: Kind.DIRECTIVE,
    name: { kind: Kind.NAME, value: name },
    arguments: Object.entries(args).map(([key, value]) => ({
      kind: Kind.ARGUMENT,
      name: { kind: Kind.NAME, value: key },
      value: parseConstValue(JSON.stringify(value)),
    })),
  };
}
