import { RELATIONSHIP_TYPES, type RelationshipType } from '../model/index.js';

/** How one end of a relationship sees the other: A reaches a neighbour along `type`, outward or inward. */
export interface Reach {
  type: RelationshipType;
  /** True when A is the relationship's start node (A -[type]-> neighbour). */
  outgoing: boolean;
}

/**
 * What the neighbour is to the node that reaches it, in a few words: [outgoing, incoming].
 * `PARTNER_IN` outgoing: A is a partner in it, so it is A's "partner initiative"; incoming: it is
 * a partner in A, so it is A's "partner organisation".
 */
const ROLE_WORDS: Record<RelationshipType, [string, string]> = {
  WORKS_AT: ['employer', 'staff member'],
  COORDINATES: ['coordinated initiative', 'coordinator'],
  PARTNER_IN: ['partner initiative', 'partner organisation'],
  CHAMPIONS: ['championed initiative', 'champion'],
  MEMBER_OF: ['network', 'member initiative'],
  MADE: ['commitment made', 'commitment maker'],
  ADVANCES: ['commitment advanced', 'initiative advancing it'],
  LEARNED: ['learning', 'initiative it came from'],
  AUTHORED: ['authored learning', 'author'],
  APPLIED: ['applied learning', 'initiative applying it'],
  ABOUT: ['theme', 'work on the theme'],
  LOCATED_IN: ['place', 'presence in the place'],
  PART_OF: ['larger place', 'place within'],
  ORGANISED: ['organised event', 'organiser'],
  ATTENDED: ['event attended', 'attendee'],
  PRESENTED_AT: ['event presented at', 'learning presented'],
  BUYER_OF: ['process bought', 'buyer'],
  PROCURING_ENTITY_OF: ['process procured', 'procuring entity'],
  TENDERED_FOR: ['process tendered for', 'tenderer'],
  AWARDED: ['process awarded', 'supplier'],
  FUNDED: ['process funded', 'funder'],
};

/** The words for what a neighbour is to the node reaching it: "partner initiative". */
export function roleWords(reach: Reach): string {
  return ROLE_WORDS[reach.type][reach.outgoing ? 0 : 1];
}

/**
 * Plain words for a neighbour A and B share: "common partner initiative" when both reach it the
 * same way, else "coordinated initiative of A, partner initiative of B".
 */
export function describeShared(fromA: Reach, fromB: Reach): string {
  const a = roleWords(fromA);
  const b = roleWords(fromB);
  return a === b ? `common ${a}` : `${a} of A, ${b} of B`;
}

/**
 * Of the ways A reaches one neighbour, the one to name: the first in the model's order of
 * relationship types (strong ties such as WORKS_AT and COORDINATES come first), outgoing first.
 */
export function pickReach(reaches: readonly Reach[]): Reach {
  const rank = (r: Reach) => RELATIONSHIP_TYPES.indexOf(r.type) * 2 + (r.outgoing ? 0 : 1);
  return [...reaches].sort((x, y) => rank(x) - rank(y))[0];
}
