import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse, type GraphQLSchema } from 'graphql';

/**
 * A small partner subgraph for the composition test: procurement contracts (OCDS-like) whose
 * buyers are LOCI Graph organisations, referenced by id. It adds `Organisation.contracts`.
 */
export const CONTRACTS = [
  { ocid: 'ocds-test-001', title: 'Open data portal maintenance', value: 120_000, buyerId: 'hivos' },
  { ocid: 'ocds-test-002', title: 'Training of trainers', value: 45_000, buyerId: 'ocp' },
  { ocid: 'ocds-test-003', title: 'Regional workshop venue', value: 8_000, buyerId: 'afic' },
  { ocid: 'ocds-test-004', title: 'Research on sustainable reforms', value: 60_000, buyerId: 'hivos' },
];

const typeDefs = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])

  type Organisation @key(fields: "id") {
    id: ID!
    "Contracts this organisation bought, from the procurement subgraph."
    contracts: [Contract!]!
  }

  type Contract {
    ocid: ID!
    title: String!
    value: Float!
    buyer: Organisation!
  }

  type Query {
    contracts: [Contract!]!
  }
`);

export function buildProcurementSubgraph(): GraphQLSchema {
  return buildSubgraphSchema({
    typeDefs,
    resolvers: {
      Query: { contracts: () => CONTRACTS },
      Contract: { buyer: (c: (typeof CONTRACTS)[number]) => ({ __typename: 'Organisation', id: c.buyerId }) },
      Organisation: {
        __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
        contracts: (org: { id: string }) => CONTRACTS.filter((c) => c.buyerId === org.id),
      },
    } as never,
  });
}
