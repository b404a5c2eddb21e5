/** One thing an initiative shares with a possible peer, as the evidence query returns it. */
export interface Evidence {
  kind: 'THEME' | 'ORGANISATION' | 'CHAMPION' | 'NETWORK' | 'COMMITMENT' | 'PLACE' | 'APPLIED_ITS_LEARNING' | 'LEARNING_APPLIED_HERE' | 'LEARNING_ON_THEME';
  /** Id of the shared node (theme, organisation, learning...). */
  id: string;
  name: string;
  placeKind?: string;
  learningKind?: string;
  theme?: string;
}

export interface PeerEvidence {
  /** The possible peer. */
  id: string;
  /** Its level when it is the same as the asking initiative's, else null. */
  sameLevel: string | null;
  evidence: Evidence[];
}

export interface ScoredPeer {
  id: string;
  score: number;
  /** Strongest reason first. */
  reasons: string[];
}

/**
 * What each kind of evidence weighs: sharing the problem (theme) and the people working on it
 * weighs most, a network that every member shares least.
 */
export const WEIGHTS = {
  THEME: 3,
  ORGANISATION: 2,
  CHAMPION: 2,
  COMMITMENT: 2,
  APPLIED_ITS_LEARNING: 2,
  LEARNING_APPLIED_HERE: 2,
  LEARNING_ON_THEME: 1.5,
  NETWORK: 1,
  SAME_LEVEL: 0.5,
} as const;

/** Sharing a city says more than sharing a world region. */
const PLACE_WEIGHTS: Record<string, number> = { MUNICIPALITY: 2, CITY: 2, COUNTY: 1.5, REGION: 1.5, COUNTRY: 1, WORLD_REGION: 0.5 };

function reasonOf(e: Evidence): string {
  switch (e.kind) {
    case 'THEME':
      return `also works on ${e.name}`;
    case 'ORGANISATION':
      return `shares a partner organisation: ${e.name}`;
    case 'CHAMPION':
      return `shares a champion: ${e.name}`;
    case 'COMMITMENT':
      return `advances the same commitment: ${e.name}`;
    case 'NETWORK':
      return `also a member of ${e.name}`;
    case 'PLACE':
      return `also in ${e.name}`;
    case 'APPLIED_ITS_LEARNING':
      return `applied its learning "${e.name}"`;
    case 'LEARNING_APPLIED_HERE':
      return `is where the applied learning "${e.name}" came from`;
    case 'LEARNING_ON_THEME':
      return `has a ${(e.learningKind ?? 'learning').toLowerCase()} learning on ${e.theme}: "${e.name}"`;
  }
}

function weightOf(e: Evidence): number {
  return e.kind === 'PLACE' ? (PLACE_WEIGHTS[e.placeKind ?? ''] ?? 0.5) : WEIGHTS[e.kind];
}

/**
 * Scores possible peers and returns the best `first`: score = sum of the weights of distinct
 * evidence (only the most specific shared place counts; the same level counts only alongside
 * other evidence), rounded to 2 decimals; ordered by score descending, then id. Pure.
 */
export function scorePeers(candidates: readonly PeerEvidence[], first: number): ScoredPeer[] {
  const scored = candidates.map((c) => {
    const distinct = new Map(c.evidence.map((e) => [`${e.kind}|${e.id}`, e]));
    const places = [...distinct.values()].filter((e) => e.kind === 'PLACE').sort((x, y) => weightOf(y) - weightOf(x) || x.id.localeCompare(y.id));
    const kept = [...distinct.values()].filter((e) => e.kind !== 'PLACE').concat(places.slice(0, 1));
    const weighed = kept.map((e) => ({ reason: reasonOf(e), weight: weightOf(e) }));
    if (c.sameLevel && weighed.length > 0) weighed.push({ reason: `also a ${c.sameLevel.toLowerCase()} initiative`, weight: WEIGHTS.SAME_LEVEL });
    weighed.sort((x, y) => y.weight - x.weight || x.reason.localeCompare(y.reason));
    const score = Math.round(weighed.reduce((sum, w) => sum + w.weight, 0) * 100) / 100;
    return { id: c.id, score, reasons: weighed.map((w) => w.reason) };
  });
  return scored
    .filter((p) => p.score > 0)
    .sort((x, y) => y.score - x.score || x.id.localeCompare(y.id))
    .slice(0, first);
}
