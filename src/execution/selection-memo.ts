import { visit, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { freezeDeep } from './freeze.js';
import { executionSwitches } from './switches.js';

/** Results by the `fieldNodes` array of a field in a compiled operation, then by name. */
const memos = new WeakMap<readonly FieldNode[], Map<string, unknown>>();

/**
 * What a resolver derives from its field's selection alone (projections, read-ahead plans),
 * computed once per operation instead of once per request and object. graphql-jit
 * (jit-gateway.ts) compiles an operation once and hands every execution of it the same
 * `fieldNodes` array for a field; graphql-js makes new arrays, which only misses the memo. The
 * array's nodes and the fragments they spread belong to one parsed document, so a value computed
 * from them alone holds for as long as the array lives. `key` names the value (and any setting it
 * depends on).
 *
 * Invariant: the value is shared by every request of the operation, so it must never be changed:
 * it is frozen deeply (freezeDeep) when stored, and a change throws. SELECTION_MEMO=false turns
 * the memo off (every call computes).
 */
export function memoBySelection<T>(info: GraphQLResolveInfo, key: string, compute: () => T): T {
  if (!executionSwitches().selectionMemo) return compute();
  let memo = memos.get(info.fieldNodes);
  if (!memo) {
    memo = new Map();
    memos.set(info.fieldNodes, memo);
  }
  if (memo.has(key)) return memo.get(key) as T;
  const value = freezeDeep(compute());
  memo.set(key, value);
  return value;
}

/**
 * Whether any variable is used below the field (an argument such as `first: $n`, or
 * `@include(if: $x)`), fragments spread there included: what is derived from such a selection
 * also depends on the request's variables, and is not memoised.
 */
export function selectionUsesVariables(info: GraphQLResolveInfo): boolean {
  return memoBySelection(info, 'usesVariables', () => {
    const seen = new Set<string>();
    const uses = (set: SelectionSetNode | undefined): boolean => {
      if (!set) return false;
      let found = false;
      const spreads: string[] = [];
      visit(set, {
        Variable() {
          found = true;
        },
        FragmentSpread(node) {
          spreads.push(node.name.value);
        },
      });
      if (found) return true;
      return spreads.some((name) => {
        if (seen.has(name)) return false;
        seen.add(name);
        return uses(info.fragments[name]?.selectionSet);
      });
    };
    return info.fieldNodes.some((node) => uses(node.selectionSet));
  });
}
