import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * Whether the current field's selection asks for `name` directly below it, looking through
 * fragments and inline fragments. Lets a list skip its count query when nobody reads totalCount.
 */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  return info.fieldNodes.some((node) => node.selectionSet !== undefined && setSelects(node.selectionSet, name, info));
}

function setSelects(set: SelectionSetNode, name: string, info: GraphQLResolveInfo): boolean {
  return set.selections.some((s) => {
    if (s.kind === Kind.FIELD) return s.name.value === name;
    if (s.kind === Kind.INLINE_FRAGMENT) return setSelects(s.selectionSet, name, info);
    const fragment = info.fragments[s.name.value];
    return fragment !== undefined && setSelects(fragment.selectionSet, name, info);
  });
}
