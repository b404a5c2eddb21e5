/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** An inclusive range of dates; either end may be left open. */
export type DateRange = {
  /** On or after this date. */
  from?: string | null | undefined;
  /** On or before this date. */
  to?: string | null | undefined;
};

/** Filters for initiatives; all given filters must match. */
export type InitiativeFilter = {
  /** Only these ids. */
  ids?: Array<string | number> | null | undefined;
  /** Any of these levels. */
  level?: Array<InitiativeLevel> | null | undefined;
  /** Member of this network initiative (e.g. "loci"). */
  memberOf?: string | number | null | undefined;
  /** This organisation coordinates it or is a partner in it. */
  organisation?: string | number | null | undefined;
  /** Located in this place or any place inside it. */
  place?: string | number | null | undefined;
  /** Started within this range. */
  startDate?: DateRange | null | undefined;
  /** Any of these statuses. */
  status?: Array<InitiativeStatus> | null | undefined;
  /** true: only synthetic test data; false: only real records. */
  synthetic?: boolean | null | undefined;
  /** Case-insensitive text the name (or title) contains. */
  text?: string | null | undefined;
  /** About any of these themes. */
  theme?: Array<string | number> | null | undefined;
};

/** The level of government an initiative works at. */
export type InitiativeLevel =
  | 'GLOBAL'
  | 'LOCAL'
  | 'NATIONAL'
  | 'REGIONAL'
  | 'SUBNATIONAL';

/** Whether an initiative is planned, running or over. */
export type InitiativeStatus =
  | 'ACTIVE'
  | 'COMPLETED'
  | 'DISCONTINUED'
  | 'PLANNED'
  | 'UNKNOWN';

/** What kind of thing was learned. */
export type LearningKind =
  | 'CHALLENGE'
  | 'EVIDENCE'
  | 'FAILURE'
  | 'GUIDANCE'
  | 'PRACTICE'
  | 'SUCCESS';

export type InitiativesWithPartnersQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: InitiativeFilter | null | undefined;
}>;


export type InitiativesWithPartnersQuery = { initiatives: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, title: string, level: InitiativeLevel, partners: { totalCount: number, edges: Array<{ role: string | null, since: string | null, node: { id: string, name: string, headquarters: { id: string, name: string } | null } }> }, themes: { edges: Array<{ node: { id: string, name: string } }> }, learnings: { edges: Array<{ node: { id: string, title: string, kind: LearningKind } }> } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };


export const InitiativesWithPartnersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InitiativesWithPartners"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InitiativeFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"initiatives"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"headquarters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"learnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<InitiativesWithPartnersQuery, InitiativesWithPartnersQueryVariables>;