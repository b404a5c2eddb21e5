import { LABEL_PROPERTY, type NodeType } from '../model/index.js';
import { BadUserInputError } from '../errors.js';

/** What a list can be sorted by (the GraphQL `SortField` enum is made from this list). */
export const SORT_FIELDS = ['LABEL', 'ID', 'CREATED_AT', 'UPDATED_AT', 'START_DATE', 'DATE'] as const;
export type SortFieldName = (typeof SORT_FIELDS)[number];

/** The date a type is sorted by for START_DATE (`startDate`) or DATE (`date`); types without one refuse both. */
const DATED: Partial<Record<NodeType, 'startDate' | 'date'>> = { Initiative: 'startDate', Commitment: 'startDate', Event: 'startDate', Learning: 'date', ContractingProcess: 'date' };

/** The Cypher sort expression on `n` a sort field means for a type; BAD_USER_INPUT when the type has none. */
export function sortExpression(type: NodeType, field: SortFieldName): string {
  switch (field) {
    case 'LABEL':
      return `n.${LABEL_PROPERTY[type]}`;
    case 'ID':
      return 'n.id';
    // Instants sort as epoch milliseconds: a number survives the cursor round trip exactly.
    case 'CREATED_AT':
      return 'n.createdAt.epochMillis';
    case 'UPDATED_AT':
      return 'n.updatedAt.epochMillis';
    case 'START_DATE':
    case 'DATE': {
      const prop = DATED[type];
      if (prop && (field === 'DATE') === (prop === 'date')) return `n.${prop}`;
      throw new BadUserInputError('orderBy.field', `${field} does not apply to ${type}`);
    }
  }
}

/** Whether every node of a type has the sort value: labels (name or title) and ids are required fields of every type. */
export const sortAlwaysSet = (field: SortFieldName): boolean => field === 'LABEL' || field === 'ID';
