/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Which learnings may answer: of these kinds, from initiatives in this scope. All given fields apply together. */
export type AdviceFilter = {
  /** Leave out initiatives located in this place or a place inside it, e.g. "africa" for initiatives on other continents. */
  excludePlace?: string | number | null | undefined;
  /** Include synthetic test data. */
  includeSynthetic?: boolean | null | undefined;
  /** Only learnings of these kinds, e.g. [SUCCESS, PRACTICE] for what worked. */
  kinds?: Array<LearningKind> | null | undefined;
  /** Only initiatives of these levels. */
  levels?: Array<InitiativeLevel> | null | undefined;
  /** Only initiatives located in one of these places or a place inside one of them. */
  places?: Array<string | number> | null | undefined;
  /** Only initiatives about one of these themes, directly or through a commitment they advance. */
  themes?: Array<string | number> | null | undefined;
};

/** What a change did: a node CREATED (or restored), UPDATED or DELETED; a relationship CONNECTED or DISCONNECTED; a dataset IMPORTED. */
export type ChangeKind =
  | 'CONNECTED'
  | 'CREATED'
  | 'DELETED'
  | 'DISCONNECTED'
  | 'IMPORTED'
  | 'UPDATED';

/** A commitment's potential impact, on the OGP IRM scale. */
export type CommitmentAmbition =
  | 'MINOR'
  | 'MODERATE'
  | 'NONE'
  | 'TRANSFORMATIVE';

/** A commitment's completion, on OGP's scale. */
export type CommitmentStatus =
  | 'COMPLETE'
  | 'LIMITED'
  | 'NOT_STARTED'
  | 'SUBSTANTIAL'
  | 'UNKNOWN'
  | 'WITHDRAWN';

/** What kind of gathering an event is. */
export type EventKind =
  | 'CONFERENCE'
  | 'MEETING'
  | 'SUMMIT'
  | 'TRAINING'
  | 'WEBINAR'
  | 'WORKSHOP';

/** The level of government an initiative works at. */
export type InitiativeLevel =
  | 'GLOBAL'
  | 'LOCAL'
  | 'NATIONAL'
  | 'REGIONAL'
  | 'SUBNATIONAL';

/** Which initiatives may be answered. All given fields apply together. */
export type InitiativeScopeFilter = {
  /** Leave out initiatives located in this place or a place inside it, e.g. "africa" for initiatives on other continents. */
  excludePlace?: string | number | null | undefined;
  /** Only initiatives of these levels. */
  levels?: Array<InitiativeLevel> | null | undefined;
  /** Only initiatives located in one of these places or a place inside one of them. */
  places?: Array<string | number> | null | undefined;
  /** Only initiatives about one of these themes, directly or through a commitment they advance. */
  themes?: Array<string | number> | null | undefined;
};

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

/** Which part of the graph a network holds. All given filters apply together. */
export type NetworkFilter = {
  /** relationships valid at this date (since <= at <= until) */
  at?: string | null | undefined;
  /** Relationships valid at some time on or after this date (until >= from). */
  from?: string | null | undefined;
  /** Include synthetic test data. */
  includeSynthetic?: boolean | null | undefined;
  /** Initiatives of these levels only; other node types are not filtered by level. */
  levels?: Array<InitiativeLevel> | null | undefined;
  /** At most this many nodes (1..10000), the best connected; the answer is then truncated. Without it, a larger network is refused with LIMIT_EXCEEDED. */
  limit?: number | null | undefined;
  /** Only nodes of these types. */
  nodeTypes?: Array<NodeType> | null | undefined;
  /** Only the part in these places: nodes LOCATED_IN one of them or a place inside, the places, and the nodes one relationship away from those nodes. */
  places?: Array<string | number> | null | undefined;
  /** Only relationships of these types. */
  relationshipTypes?: Array<RelationshipType> | null | undefined;
  /** Organisations and people of these sectors only; other node types are not filtered by sector. */
  sectors?: Array<Sector> | null | undefined;
  /** Only the part about these themes: nodes ABOUT one of them, the themes, and the nodes one relationship away from those nodes. */
  themes?: Array<string | number> | null | undefined;
  /** Relationships valid at some time on or before this date (since <= to). */
  to?: string | null | undefined;
};

/** The node types of the LOCI graph: the eight of the network and ContractingProcess. */
export type NodeType =
  | 'Actor'
  | 'Commitment'
  | 'ContractingProcess'
  | 'Event'
  | 'Initiative'
  | 'Learning'
  | 'Organisation'
  | 'Place'
  | 'Theme';

/** What kind of body an organisation is. */
export type OrganisationKind =
  | 'COMPANY'
  | 'FUNDER'
  | 'GOVERNMENT'
  | 'MULTILATERAL'
  | 'NETWORK'
  | 'NGO'
  | 'OTHER'
  | 'UNIVERSITY';

/** What kind of place: from world region down to municipality. */
export type PlaceKind =
  | 'CITY'
  | 'COUNTRY'
  | 'COUNTY'
  | 'MUNICIPALITY'
  | 'REGION'
  | 'WORLD_REGION';

/** What a reason of `peers` or `advice` rests on. */
export type ReasonKind =
  /** A learning (evidence) of one was applied by the other. */
  | 'APPLIED_LEARNING'
  /** The same or a neighbouring level of government (evidence: the peer); counts only beside other reasons. */
  | 'COMPARABLE_LEVEL'
  /** The peer reports a success or practice (evidence) on what this initiative reports as a challenge. */
  | 'COMPLEMENTARY_EXPERIENCE'
  /** Someone who can introduce you (evidence) works with the initiative. */
  | 'INTRODUCTION'
  /** The learning (evidence) uses the words of the problem. */
  | 'MATCHES_PROBLEM'
  /** A person (evidence) champions both. */
  | 'SHARED_CHAMPION'
  /** Both advance a commitment (evidence). */
  | 'SHARED_COMMITMENT'
  /** An organisation (evidence) funds one of them and works with the other. */
  | 'SHARED_FUNDER'
  /** Both are members of a network (evidence); weighs less the larger the network. */
  | 'SHARED_NETWORK'
  /** An organisation (evidence) coordinates or partners in both; weighs less the more initiatives it works with. */
  | 'SHARED_PARTNER'
  /** Both work on the theme (evidence), directly or through a commitment; weighs more the fewer initiatives do. */
  | 'SHARED_THEME'
  /** The peer reports a challenge or failure (evidence) like one of this initiative's. */
  | 'SIMILAR_CHALLENGE'
  /** The peer has a learning (evidence) similar in words to one of this initiative's. */
  | 'SIMILAR_LEARNING'
  /** The peer's description uses the words of this initiative's (evidence: the peer). */
  | 'SIMILAR_WORK';

/** The relationships of the LOCI graph. */
export type RelationshipType =
  /** The topic of an initiative, commitment or learning. */
  | 'ABOUT'
  /** An initiative implements or supports a commitment. */
  | 'ADVANCES'
  /** Peer learning that crossed over: another initiative used the learning. */
  | 'APPLIED'
  /** A person or organisation attended an event. */
  | 'ATTENDED'
  /** Who wrote a learning down. */
  | 'AUTHORED'
  /** A supplier awarded in a contracting process (OCDS `supplier`): one relationship per supplier and process, its amount the sum of its awards there in one currency. */
  | 'AWARDED'
  /** The buyer of a contracting process (OCDS party role `buyer`). */
  | 'BUYER_OF'
  /** A person who drives an initiative. */
  | 'CHAMPIONS'
  /** An organisation coordinates an initiative (Hivos coordinates LOCI). */
  | 'COORDINATES'
  /** A funder of a contracting process (OCDS `funder`). */
  | 'FUNDED'
  /** The learning came out of this initiative. */
  | 'LEARNED'
  /** Where an organisation (its headquarters), initiative, event or contracting process is. */
  | 'LOCATED_IN'
  /** The government body that made a commitment. */
  | 'MADE'
  /** A local initiative is a member of a network initiative such as LOCI. */
  | 'MEMBER_OF'
  /** An organisation organised an event. */
  | 'ORGANISED'
  /** An organisation is a partner, funder, implementer or technical supporter of an initiative. */
  | 'PARTNER_IN'
  /** A city in a region in a country in a world region; a contracting process in the initiative whose portal published it. */
  | 'PART_OF'
  /** A learning was shared and showcased at an event. */
  | 'PRESENTED_AT'
  /** The body that runs the procedure (OCDS `procuringEntity`). */
  | 'PROCURING_ENTITY_OF'
  /** An organisation that submitted a tender (OCDS `tenderer`). */
  | 'TENDERED_FOR'
  /** A person works at an organisation. */
  | 'WORKS_AT';

/** The sector an organisation or person belongs to. */
export type Sector =
  | 'ACADEMIC'
  | 'CIVIL_SOCIETY'
  | 'DONOR'
  | 'GOVERNMENT'
  | 'MULTILATERAL'
  | 'PRIVATE_SECTOR';

export type ExplorerAdviceQueryVariables = Exact<{
  problem: string;
  first?: number | null | undefined;
  filter?: AdviceFilter | null | undefined;
  from?: string | number | null | undefined;
}>;


export type ExplorerAdviceQuery = { advice: Array<{ score: number, learning: { id: string, label: string, kind: LearningKind, summary: string | null, sources: Array<string>, citations: Array<{ url: string | null, citation: string | null, title: string | null, publisher: string | null }> }, initiative: { id: string, label: string, level: InitiativeLevel } | null, reasons: Array<{ kind: ReasonKind, text: string, evidence:
        | { __typename: 'Actor', id: string, label: string }
        | { __typename: 'Commitment', id: string, label: string }
        | { __typename: 'ContractingProcess', id: string, label: string }
        | { __typename: 'Event', id: string, label: string }
        | { __typename: 'Initiative', id: string, label: string }
        | { __typename: 'Learning', id: string, label: string }
        | { __typename: 'Organisation', id: string, label: string }
        | { __typename: 'Place', id: string, label: string }
        | { __typename: 'Theme', id: string, label: string }
       }>, introduction: { length: number, nodes: Array<{ id: string, type: NodeType, label: string, degree: number | null, betweenness: number | null, community: number | null, node:
          | { __typename: 'Actor', personSector: Sector | null, datasets: Array<{ id: string }> }
          | { __typename: 'Commitment', commitmentStart: string | null, commitmentEnd: string | null, datasets: Array<{ id: string }> }
          | { __typename: 'ContractingProcess', datasets: Array<{ id: string }> }
          | { __typename: 'Event', eventStart: string, eventEnd: string | null, datasets: Array<{ id: string }> }
          | { __typename: 'Initiative', level: InitiativeLevel, startDate: string | null, endDate: string | null, datasets: Array<{ id: string }> }
          | { __typename: 'Learning', learningDate: string | null, datasets: Array<{ id: string }> }
          | { __typename: 'Organisation', sector: Sector, datasets: Array<{ id: string }> }
          | { __typename: 'Place', placeKind: PlaceKind, datasets: Array<{ id: string }> }
          | { __typename: 'Theme', datasets: Array<{ id: string }> }
         | null }>, edges: Array<{ id: string, type: RelationshipType, source: string, target: string, role: string | null, since: string | null, until: string | null }> } | null }> };

export type ExplorerContractingQueryVariables = Exact<{
  id: string | number;
  first: number;
}>;


export type ExplorerContractingQuery = { node:
    | { __typename: 'Actor' }
    | { __typename: 'Commitment' }
    | { __typename: 'ContractingProcess' }
    | { __typename: 'Event' }
    | { __typename: 'Initiative' }
    | { __typename: 'Learning' }
    | { __typename: 'Organisation', buyer: { totalCount: number, edges: Array<{ amount: number | null, currency: string | null, node: { id: string, title: string, status: string | null } }> }, procuringEntity: { totalCount: number, edges: Array<{ amount: number | null, currency: string | null, node: { id: string, title: string, status: string | null } }> }, tenderer: { totalCount: number, edges: Array<{ amount: number | null, currency: string | null, node: { id: string, title: string, status: string | null } }> }, supplier: { totalCount: number, edges: Array<{ amount: number | null, currency: string | null, node: { id: string, title: string, status: string | null } }> }, funder: { totalCount: number, edges: Array<{ amount: number | null, currency: string | null, node: { id: string, title: string, status: string | null } }> } }
    | { __typename: 'Place' }
    | { __typename: 'Theme' }
   | null };

export type ExplorerContractingPageFragment = { totalCount: number, edges: Array<{ amount: number | null, currency: string | null, node: { id: string, title: string, status: string | null } }> };

export type ExplorerDatasetsQueryVariables = Exact<{
  first: number;
}>;


export type ExplorerDatasetsQuery = { datasets: { totalCount: number, edges: Array<{ node: { id: string, name: string, format: string } }> } };

export type ExplorerDetailsQueryVariables = Exact<{
  id: string | number;
  withPeers: boolean;
}>;


export type ExplorerDetailsQuery = { node:
    | { __typename: 'Actor', name: string, bio: string | null, id: string, label: string, sources: Array<string>, uncertain: boolean | null, synthetic: boolean | null, jobTitle: string | null, personSector: Sector | null }
    | { __typename: 'Commitment', title: string, description: string | null, actionPlan: string | null, reference: string | null, ambition: CommitmentAmbition | null, startDate: string | null, endDate: string | null, id: string, label: string, sources: Array<string>, uncertain: boolean | null, synthetic: boolean | null, commitmentStatus: CommitmentStatus | null }
    | { __typename: 'ContractingProcess', ocid: string, description: string | null, procurementMethod: string | null, mainProcurementCategory: string | null, awardedAmount: number | null, awardedCurrency: string | null, tenderStartDate: string | null, tenderEndDate: string | null, id: string, label: string, sources: Array<string>, uncertain: boolean | null, synthetic: boolean | null, processStatus: string | null }
    | { __typename: 'Event', name: string, endDate: string | null, description: string | null, website: string | null, id: string, label: string, sources: Array<string>, uncertain: boolean | null, synthetic: boolean | null, eventKind: EventKind, eventStart: string }
    | { __typename: 'Initiative', title: string, summary: string | null, level: InitiativeLevel, startDate: string | null, endDate: string | null, website: string | null, contactEmail: string | null, activities: Array<string> | null, id: string, label: string, sources: Array<string>, uncertain: boolean | null, synthetic: boolean | null, initiativeStatus: InitiativeStatus | null }
    | { __typename: 'Learning', title: string, summary: string | null, date: string | null, language: string | null, id: string, label: string, sources: Array<string>, uncertain: boolean | null, synthetic: boolean | null, learningKind: LearningKind }
    | { __typename: 'Organisation', name: string, acronym: string | null, sector: Sector, description: string | null, website: string | null, id: string, label: string, sources: Array<string>, uncertain: boolean | null, synthetic: boolean | null, organisationKind: OrganisationKind, identifiers: Array<{ scheme: string, id: string }> | null }
    | { __typename: 'Place', name: string, isoCode: string | null, globalSouth: boolean | null, id: string, label: string, sources: Array<string>, uncertain: boolean | null, synthetic: boolean | null, placeKind: PlaceKind }
    | { __typename: 'Theme', name: string, description: string | null, id: string, label: string, sources: Array<string>, uncertain: boolean | null, synthetic: boolean | null }
   | null, neighbourhood: { truncated: boolean, nodes: Array<{ id: string, type: NodeType, label: string }>, edges: Array<{ id: string, type: RelationshipType, source: string, target: string, role: string | null, since: string | null, until: string | null }> }, peers?: Array<{ score: number, reasons: Array<{ kind: ReasonKind, text: string, evidence:
        | { __typename: 'Actor', id: string, label: string }
        | { __typename: 'Commitment', id: string, label: string }
        | { __typename: 'ContractingProcess', id: string, label: string }
        | { __typename: 'Event', id: string, label: string }
        | { __typename: 'Initiative', id: string, label: string }
        | { __typename: 'Learning', id: string, label: string }
        | { __typename: 'Organisation', id: string, label: string }
        | { __typename: 'Place', id: string, label: string }
        | { __typename: 'Theme', id: string, label: string }
       }>, initiative: { id: string, label: string, level: InitiativeLevel } }> };

export type ExplorerGraphNodeFragment = { id: string, type: NodeType, label: string, degree: number | null, betweenness: number | null, community: number | null };

export type ExplorerDrawnNodeFragment = { id: string, type: NodeType, label: string, degree: number | null, betweenness: number | null, community: number | null, node:
    | { __typename: 'Actor', personSector: Sector | null, datasets: Array<{ id: string }> }
    | { __typename: 'Commitment', commitmentStart: string | null, commitmentEnd: string | null, datasets: Array<{ id: string }> }
    | { __typename: 'ContractingProcess', datasets: Array<{ id: string }> }
    | { __typename: 'Event', eventStart: string, eventEnd: string | null, datasets: Array<{ id: string }> }
    | { __typename: 'Initiative', level: InitiativeLevel, startDate: string | null, endDate: string | null, datasets: Array<{ id: string }> }
    | { __typename: 'Learning', learningDate: string | null, datasets: Array<{ id: string }> }
    | { __typename: 'Organisation', sector: Sector, datasets: Array<{ id: string }> }
    | { __typename: 'Place', placeKind: PlaceKind, datasets: Array<{ id: string }> }
    | { __typename: 'Theme', datasets: Array<{ id: string }> }
   | null };

export type ExplorerGraphEdgeFragment = { id: string, type: RelationshipType, source: string, target: string, role: string | null, since: string | null, until: string | null };

type ExplorerNodeFacets_Actor_Fragment = { __typename: 'Actor', personSector: Sector | null, datasets: Array<{ id: string }> };

type ExplorerNodeFacets_Commitment_Fragment = { __typename: 'Commitment', commitmentStart: string | null, commitmentEnd: string | null, datasets: Array<{ id: string }> };

type ExplorerNodeFacets_ContractingProcess_Fragment = { __typename: 'ContractingProcess', datasets: Array<{ id: string }> };

type ExplorerNodeFacets_Event_Fragment = { __typename: 'Event', eventStart: string, eventEnd: string | null, datasets: Array<{ id: string }> };

type ExplorerNodeFacets_Initiative_Fragment = { __typename: 'Initiative', level: InitiativeLevel, startDate: string | null, endDate: string | null, datasets: Array<{ id: string }> };

type ExplorerNodeFacets_Learning_Fragment = { __typename: 'Learning', learningDate: string | null, datasets: Array<{ id: string }> };

type ExplorerNodeFacets_Organisation_Fragment = { __typename: 'Organisation', sector: Sector, datasets: Array<{ id: string }> };

type ExplorerNodeFacets_Place_Fragment = { __typename: 'Place', placeKind: PlaceKind, datasets: Array<{ id: string }> };

type ExplorerNodeFacets_Theme_Fragment = { __typename: 'Theme', datasets: Array<{ id: string }> };

export type ExplorerNodeFacetsFragment =
  | ExplorerNodeFacets_Actor_Fragment
  | ExplorerNodeFacets_Commitment_Fragment
  | ExplorerNodeFacets_ContractingProcess_Fragment
  | ExplorerNodeFacets_Event_Fragment
  | ExplorerNodeFacets_Initiative_Fragment
  | ExplorerNodeFacets_Learning_Fragment
  | ExplorerNodeFacets_Organisation_Fragment
  | ExplorerNodeFacets_Place_Fragment
  | ExplorerNodeFacets_Theme_Fragment
;

export type ExplorerReasonFragment = { kind: ReasonKind, text: string, evidence:
    | { __typename: 'Actor', id: string, label: string }
    | { __typename: 'Commitment', id: string, label: string }
    | { __typename: 'ContractingProcess', id: string, label: string }
    | { __typename: 'Event', id: string, label: string }
    | { __typename: 'Initiative', id: string, label: string }
    | { __typename: 'Learning', id: string, label: string }
    | { __typename: 'Organisation', id: string, label: string }
    | { __typename: 'Place', id: string, label: string }
    | { __typename: 'Theme', id: string, label: string }
   };

export type ExplorerLatestChangeQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerLatestChangeQuery = { changes: { latestSequence: number } };

export type ExplorerNetworkChangedSubscriptionVariables = Exact<{
  after?: string | null | undefined;
  filter?: NetworkFilter | null | undefined;
}>;


export type ExplorerNetworkChangedSubscription = { networkChanged: { sequence: number, changes: Array<{ sequence: number, at: string, kind: ChangeKind, node: { id: string, type: string, label: string | null }, relationship: { type: string, from: string, to: string } | null }> } };

export type ExplorerMapPlacesQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ExplorerMapPlacesQuery = { places: { edges: Array<{ node: { id: string, kind: PlaceKind, latitude: number | null, longitude: number | null, parent: { id: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ExplorerNeighbourhoodQueryVariables = Exact<{
  id: string | number;
  depth: number;
  limit?: number | null | undefined;
}>;


export type ExplorerNeighbourhoodQuery = { neighbourhood: { truncated: boolean, cappedNodes: Array<string>, nodes: Array<{ id: string, type: NodeType, label: string, degree: number | null, betweenness: number | null, community: number | null, node:
        | { __typename: 'Actor', personSector: Sector | null, datasets: Array<{ id: string }> }
        | { __typename: 'Commitment', commitmentStart: string | null, commitmentEnd: string | null, datasets: Array<{ id: string }> }
        | { __typename: 'ContractingProcess', datasets: Array<{ id: string }> }
        | { __typename: 'Event', eventStart: string, eventEnd: string | null, datasets: Array<{ id: string }> }
        | { __typename: 'Initiative', level: InitiativeLevel, startDate: string | null, endDate: string | null, datasets: Array<{ id: string }> }
        | { __typename: 'Learning', learningDate: string | null, datasets: Array<{ id: string }> }
        | { __typename: 'Organisation', sector: Sector, datasets: Array<{ id: string }> }
        | { __typename: 'Place', placeKind: PlaceKind, datasets: Array<{ id: string }> }
        | { __typename: 'Theme', datasets: Array<{ id: string }> }
       | null }>, edges: Array<{ id: string, type: RelationshipType, source: string, target: string, role: string | null, since: string | null, until: string | null }> } };

export type ExplorerNetworkQueryVariables = Exact<{
  filter?: NetworkFilter | null | undefined;
}>;


export type ExplorerNetworkQuery = { network: { truncated: boolean, cappedNodes: Array<string>, betweenness: { exact: boolean, sources: number } | null, nodes: Array<{ id: string, type: NodeType, label: string, degree: number | null, betweenness: number | null, community: number | null, node:
        | { __typename: 'Actor', personSector: Sector | null, datasets: Array<{ id: string }> }
        | { __typename: 'Commitment', commitmentStart: string | null, commitmentEnd: string | null, datasets: Array<{ id: string }> }
        | { __typename: 'ContractingProcess', datasets: Array<{ id: string }> }
        | { __typename: 'Event', eventStart: string, eventEnd: string | null, datasets: Array<{ id: string }> }
        | { __typename: 'Initiative', level: InitiativeLevel, startDate: string | null, endDate: string | null, datasets: Array<{ id: string }> }
        | { __typename: 'Learning', learningDate: string | null, datasets: Array<{ id: string }> }
        | { __typename: 'Organisation', sector: Sector, datasets: Array<{ id: string }> }
        | { __typename: 'Place', placeKind: PlaceKind, datasets: Array<{ id: string }> }
        | { __typename: 'Theme', datasets: Array<{ id: string }> }
       | null }>, edges: Array<{ id: string, type: RelationshipType, source: string, target: string, role: string | null, since: string | null, until: string | null }> } };

export type ExplorerPathQueryVariables = Exact<{
  from: string | number;
  to: string | number;
}>;


export type ExplorerPathQuery = { shortestPath: { length: number, nodes: Array<{ id: string, type: NodeType, label: string, degree: number | null, betweenness: number | null, community: number | null, node:
        | { __typename: 'Actor', personSector: Sector | null, datasets: Array<{ id: string }> }
        | { __typename: 'Commitment', commitmentStart: string | null, commitmentEnd: string | null, datasets: Array<{ id: string }> }
        | { __typename: 'ContractingProcess', datasets: Array<{ id: string }> }
        | { __typename: 'Event', eventStart: string, eventEnd: string | null, datasets: Array<{ id: string }> }
        | { __typename: 'Initiative', level: InitiativeLevel, startDate: string | null, endDate: string | null, datasets: Array<{ id: string }> }
        | { __typename: 'Learning', learningDate: string | null, datasets: Array<{ id: string }> }
        | { __typename: 'Organisation', sector: Sector, datasets: Array<{ id: string }> }
        | { __typename: 'Place', placeKind: PlaceKind, datasets: Array<{ id: string }> }
        | { __typename: 'Theme', datasets: Array<{ id: string }> }
       | null }>, edges: Array<{ id: string, type: RelationshipType, source: string, target: string, role: string | null, since: string | null, until: string | null }> } | null, connections: { shared: Array<{ relationship: string, relationshipFromA: RelationshipType, relationshipFromB: RelationshipType, node:
        | { __typename: 'Actor', id: string, label: string }
        | { __typename: 'Commitment', id: string, label: string }
        | { __typename: 'ContractingProcess', id: string, label: string }
        | { __typename: 'Event', id: string, label: string }
        | { __typename: 'Initiative', id: string, label: string }
        | { __typename: 'Learning', id: string, label: string }
        | { __typename: 'Organisation', id: string, label: string }
        | { __typename: 'Place', id: string, label: string }
        | { __typename: 'Theme', id: string, label: string }
       }> } };

export type ExplorerPeersQueryVariables = Exact<{
  initiativeId: string | number;
  first?: number | null | undefined;
  filter?: InitiativeScopeFilter | null | undefined;
}>;


export type ExplorerPeersQuery = { peers: Array<{ score: number, initiative: { id: string, label: string, level: InitiativeLevel }, reasons: Array<{ weight: number, kind: ReasonKind, text: string, evidence:
        | { __typename: 'Actor', id: string, label: string }
        | { __typename: 'Commitment', id: string, label: string }
        | { __typename: 'ContractingProcess', id: string, label: string }
        | { __typename: 'Event', id: string, label: string }
        | { __typename: 'Initiative', id: string, label: string }
        | { __typename: 'Learning', id: string, label: string }
        | { __typename: 'Organisation', id: string, label: string }
        | { __typename: 'Place', id: string, label: string }
        | { __typename: 'Theme', id: string, label: string }
       }> }> };

export type ExplorerSearchQueryVariables = Exact<{
  text: string;
  first: number;
}>;


export type ExplorerSearchQuery = { search: { totalCount: number, edges: Array<{ score: number, node:
        | { __typename: 'Actor', id: string, label: string }
        | { __typename: 'Commitment', id: string, label: string }
        | { __typename: 'ContractingProcess', id: string, label: string }
        | { __typename: 'Event', id: string, label: string }
        | { __typename: 'Initiative', id: string, label: string }
        | { __typename: 'Learning', id: string, label: string }
        | { __typename: 'Organisation', id: string, label: string }
        | { __typename: 'Place', id: string, label: string }
        | { __typename: 'Theme', id: string, label: string }
       }> } };

export const ExplorerContractingPageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerContractingPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContractingProcessRelationConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerContractingPageFragment, unknown>;
export const ExplorerGraphNodeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerGraphNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"betweenness"}},{"kind":"Field","name":{"kind":"Name","value":"community"}}]}}]} as unknown as DocumentNode<ExplorerGraphNodeFragment, unknown>;
export const ExplorerNodeFacetsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerNodeFacets"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"datasets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Initiative"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sector"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"personSector"},"name":{"kind":"Name","value":"sector"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Place"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"placeKind"},"name":{"kind":"Name","value":"kind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commitment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"commitmentStart"},"name":{"kind":"Name","value":"startDate"}},{"kind":"Field","alias":{"kind":"Name","value":"commitmentEnd"},"name":{"kind":"Name","value":"endDate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"eventStart"},"name":{"kind":"Name","value":"startDate"}},{"kind":"Field","alias":{"kind":"Name","value":"eventEnd"},"name":{"kind":"Name","value":"endDate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Learning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"learningDate"},"name":{"kind":"Name","value":"date"}}]}}]}}]} as unknown as DocumentNode<ExplorerNodeFacetsFragment, unknown>;
export const ExplorerDrawnNodeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerDrawnNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerGraphNode"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerNodeFacets"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerGraphNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"betweenness"}},{"kind":"Field","name":{"kind":"Name","value":"community"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerNodeFacets"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"datasets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Initiative"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sector"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"personSector"},"name":{"kind":"Name","value":"sector"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Place"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"placeKind"},"name":{"kind":"Name","value":"kind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commitment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"commitmentStart"},"name":{"kind":"Name","value":"startDate"}},{"kind":"Field","alias":{"kind":"Name","value":"commitmentEnd"},"name":{"kind":"Name","value":"endDate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"eventStart"},"name":{"kind":"Name","value":"startDate"}},{"kind":"Field","alias":{"kind":"Name","value":"eventEnd"},"name":{"kind":"Name","value":"endDate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Learning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"learningDate"},"name":{"kind":"Name","value":"date"}}]}}]}}]} as unknown as DocumentNode<ExplorerDrawnNodeFragment, unknown>;
export const ExplorerGraphEdgeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerGraphEdge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphEdge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}}]} as unknown as DocumentNode<ExplorerGraphEdgeFragment, unknown>;
export const ExplorerReasonFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerReason"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Reason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<ExplorerReasonFragment, unknown>;
export const ExplorerAdviceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerAdvice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"problem"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AdviceFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"advice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"problem"},"value":{"kind":"Variable","name":{"kind":"Name","value":"problem"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"learning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"initiative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"introduction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerDrawnNode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerGraphEdge"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerGraphNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"betweenness"}},{"kind":"Field","name":{"kind":"Name","value":"community"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerNodeFacets"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"datasets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Initiative"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sector"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"personSector"},"name":{"kind":"Name","value":"sector"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Place"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"placeKind"},"name":{"kind":"Name","value":"kind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commitment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"commitmentStart"},"name":{"kind":"Name","value":"startDate"}},{"kind":"Field","alias":{"kind":"Name","value":"commitmentEnd"},"name":{"kind":"Name","value":"endDate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"eventStart"},"name":{"kind":"Name","value":"startDate"}},{"kind":"Field","alias":{"kind":"Name","value":"eventEnd"},"name":{"kind":"Name","value":"endDate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Learning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"learningDate"},"name":{"kind":"Name","value":"date"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerReason"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Reason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerDrawnNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerGraphNode"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerNodeFacets"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerGraphEdge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphEdge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}}]} as unknown as DocumentNode<ExplorerAdviceQuery, ExplorerAdviceQueryVariables>;
export const ExplorerContractingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerContracting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"buyer"},"name":{"kind":"Name","value":"contracting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"EnumValue","value":"BUYER"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerContractingPage"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"procuringEntity"},"name":{"kind":"Name","value":"contracting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"EnumValue","value":"PROCURING_ENTITY"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerContractingPage"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"tenderer"},"name":{"kind":"Name","value":"contracting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"EnumValue","value":"TENDERER"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerContractingPage"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"supplier"},"name":{"kind":"Name","value":"contracting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"EnumValue","value":"SUPPLIER"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerContractingPage"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"funder"},"name":{"kind":"Name","value":"contracting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"EnumValue","value":"FUNDER"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerContractingPage"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerContractingPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContractingProcessRelationConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerContractingQuery, ExplorerContractingQueryVariables>;
export const ExplorerDatasetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerDatasets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"datasets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"format"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerDatasetsQuery, ExplorerDatasetsQueryVariables>;
export const ExplorerDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withPeers"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"uncertain"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","alias":{"kind":"Name","value":"organisationKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"identifiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"jobTitle"},"name":{"kind":"Name","value":"title"}},{"kind":"Field","alias":{"kind":"Name","value":"personSector"},"name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"bio"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Initiative"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","alias":{"kind":"Name","value":"initiativeStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"activities"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commitment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"actionPlan"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","alias":{"kind":"Name","value":"commitmentStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ambition"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Learning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","alias":{"kind":"Name","value":"learningKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"eventKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","alias":{"kind":"Name","value":"eventStart"},"name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"website"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Place"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"placeKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"isoCode"}},{"kind":"Field","name":{"kind":"Name","value":"globalSouth"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Theme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContractingProcess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ocid"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","alias":{"kind":"Name","value":"processStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"procurementMethod"}},{"kind":"Field","name":{"kind":"Name","value":"mainProcurementCategory"}},{"kind":"Field","name":{"kind":"Name","value":"awardedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"awardedCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"tenderStartDate"}},{"kind":"Field","name":{"kind":"Name","value":"tenderEndDate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerGraphEdge"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"peers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"initiativeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withPeers"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"initiative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerGraphEdge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphEdge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerReason"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Reason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<ExplorerDetailsQuery, ExplorerDetailsQueryVariables>;
export const ExplorerLatestChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerLatestChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latestSequence"}}]}}]}}]} as unknown as DocumentNode<ExplorerLatestChangeQuery, ExplorerLatestChangeQueryVariables>;
export const ExplorerNetworkChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ExplorerNetworkChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networkChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerNetworkChangedSubscription, ExplorerNetworkChangedSubscriptionVariables>;
export const ExplorerMapPlacesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerMapPlaces"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"places"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerMapPlacesQuery, ExplorerMapPlacesQueryVariables>;
export const ExplorerNeighbourhoodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerNeighbourhood"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"depth"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"depth"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"cappedNodes"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerDrawnNode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerGraphEdge"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerGraphNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"betweenness"}},{"kind":"Field","name":{"kind":"Name","value":"community"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerNodeFacets"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"datasets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Initiative"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sector"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"personSector"},"name":{"kind":"Name","value":"sector"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Place"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"placeKind"},"name":{"kind":"Name","value":"kind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commitment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"commitmentStart"},"name":{"kind":"Name","value":"startDate"}},{"kind":"Field","alias":{"kind":"Name","value":"commitmentEnd"},"name":{"kind":"Name","value":"endDate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"eventStart"},"name":{"kind":"Name","value":"startDate"}},{"kind":"Field","alias":{"kind":"Name","value":"eventEnd"},"name":{"kind":"Name","value":"endDate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Learning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"learningDate"},"name":{"kind":"Name","value":"date"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerDrawnNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerGraphNode"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerNodeFacets"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerGraphEdge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphEdge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}}]} as unknown as DocumentNode<ExplorerNeighbourhoodQuery, ExplorerNeighbourhoodQueryVariables>;
export const ExplorerNetworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerNetwork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"cappedNodes"}},{"kind":"Field","name":{"kind":"Name","value":"betweenness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"sources"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerDrawnNode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerGraphEdge"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerGraphNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"betweenness"}},{"kind":"Field","name":{"kind":"Name","value":"community"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerNodeFacets"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"datasets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Initiative"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sector"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"personSector"},"name":{"kind":"Name","value":"sector"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Place"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"placeKind"},"name":{"kind":"Name","value":"kind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commitment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"commitmentStart"},"name":{"kind":"Name","value":"startDate"}},{"kind":"Field","alias":{"kind":"Name","value":"commitmentEnd"},"name":{"kind":"Name","value":"endDate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"eventStart"},"name":{"kind":"Name","value":"startDate"}},{"kind":"Field","alias":{"kind":"Name","value":"eventEnd"},"name":{"kind":"Name","value":"endDate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Learning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"learningDate"},"name":{"kind":"Name","value":"date"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerDrawnNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerGraphNode"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerNodeFacets"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerGraphEdge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphEdge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}}]} as unknown as DocumentNode<ExplorerNetworkQuery, ExplorerNetworkQueryVariables>;
export const ExplorerPathDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerPath"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortestPath"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxLength"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerDrawnNode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerGraphEdge"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"connections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"a"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"b"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shared"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"relationshipFromA"}},{"kind":"Field","name":{"kind":"Name","value":"relationshipFromB"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerGraphNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"betweenness"}},{"kind":"Field","name":{"kind":"Name","value":"community"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerNodeFacets"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"datasets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Initiative"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sector"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"personSector"},"name":{"kind":"Name","value":"sector"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Place"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"placeKind"},"name":{"kind":"Name","value":"kind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commitment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"commitmentStart"},"name":{"kind":"Name","value":"startDate"}},{"kind":"Field","alias":{"kind":"Name","value":"commitmentEnd"},"name":{"kind":"Name","value":"endDate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"eventStart"},"name":{"kind":"Name","value":"startDate"}},{"kind":"Field","alias":{"kind":"Name","value":"eventEnd"},"name":{"kind":"Name","value":"endDate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Learning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"learningDate"},"name":{"kind":"Name","value":"date"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerDrawnNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerGraphNode"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerNodeFacets"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerGraphEdge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphEdge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}}]} as unknown as DocumentNode<ExplorerPathQuery, ExplorerPathQueryVariables>;
export const ExplorerPeersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerPeers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"initiativeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InitiativeScopeFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"peers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"initiativeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"initiativeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"initiative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerReason"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerReason"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Reason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<ExplorerPeersQuery, ExplorerPeersQueryVariables>;
export const ExplorerSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerSearchQuery, ExplorerSearchQueryVariables>;