import type { LearningKind } from '../../model/index.js';

/**
 * The words synthetic records are made of. Every name also says "Synthetic" (places,
 * organisations, people) or derives from a synthetic place, so no record can pass for a real one.
 */

export interface WorldRegionSpec {
  name: string;
  /** Share of the synthetic countries placed in this region. */
  weight: number;
  /** Whether its countries count as global South (null: decided per country). */
  globalSouth: boolean | null;
  /** Languages its learnings are written in, most common first. */
  languages: readonly string[];
}

export const WORLD_REGIONS: readonly WorldRegionSpec[] = [
  { name: 'Africa', weight: 28, globalSouth: true, languages: ['en', 'fr', 'pt', 'sw'] },
  { name: 'Asia', weight: 22, globalSouth: null, languages: ['en', 'id', 'ne', 'hi'] },
  { name: 'Europe', weight: 20, globalSouth: false, languages: ['en', 'uk', 'ka', 'ro'] },
  { name: 'Latin America and the Caribbean', weight: 17, globalSouth: true, languages: ['es', 'pt', 'en'] },
  { name: 'Middle East and North Africa', weight: 6, globalSouth: true, languages: ['ar', 'fr', 'en'] },
  { name: 'North America', weight: 2, globalSouth: false, languages: ['en', 'fr'] },
  { name: 'Oceania', weight: 5, globalSouth: null, languages: ['en'] },
];

/** Themes in clusters: initiatives of one country lean on one or two clusters. */
export const THEME_CLUSTERS: readonly { name: string; themes: readonly string[] }[] = [
  { name: 'service delivery', themes: ['education', 'health care', 'clean water', 'roads', 'waste collection', 'school meals'] },
  { name: 'infrastructure', themes: ['public works', 'social housing', 'street lighting', 'public transport', 'flood defences'] },
  { name: 'data and standards', themes: ['e-procurement', 'OCDS publication', 'contract registers', 'open data portals', 'data quality'] },
  { name: 'integrity', themes: ['beneficial ownership', 'red flags', 'conflict of interest', 'audit follow-up', 'anti-corruption'] },
  { name: 'participation', themes: ['citizen monitoring', 'participatory budgeting', 'feedback mechanisms', 'community audits', 'youth engagement'] },
  { name: 'inclusion', themes: ['women-owned businesses', 'small suppliers', 'local content', 'disability access', 'indigenous communities'] },
  { name: 'resilience', themes: ['emergency procurement', 'climate adaptation', 'green procurement', 'disaster recovery', 'medicines supply'] },
  { name: 'capacity', themes: ['training of trainers', 'procurement professionalisation', 'legal reform', 'peer exchange', 'research on sustainability'] },
];

export const INITIATIVE_NOUNS = ['reform', 'programme', 'pilot', 'portal', 'initiative', 'monitoring project', 'coalition', 'lab'] as const;

/** Plain-language findings per learning kind; the title pairs one with a theme and a place. */
export const LEARNING_PHRASES: Record<LearningKind, readonly string[]> = {
  SUCCESS: ['more bidders per tender', 'lower unit prices', 'faster payment of suppliers', 'contracts published on time', 'citizens reported problems that were fixed'],
  CHALLENGE: ['low supplier participation', 'incomplete contract data', 'resistance from procurement officers', 'no budget for the portal', 'staff turnover after elections'],
  FAILURE: ['portal abandoned after elections', 'monitoring reports ignored', 'data published but never used', 'pilot not scaled up', 'legal change blocked'],
  PRACTICE: ['weekly data clinics', 'joint monitoring visits', 'open tender calendar', 'standard contract templates', 'supplier help desk'],
  GUIDANCE: ['how to publish contracts in OCDS', 'how to set up citizen monitoring', 'how to write an OGP local commitment', 'how to run a red-flag check', 'how to train trainers'],
  EVIDENCE: ['savings measured over three years', 'survey of local suppliers', 'before-and-after study of prices', 'interviews with reformers', 'analysis of tender competition'],
};

export const LEARNING_KIND_WEIGHTS: Record<LearningKind, number> = {
  SUCCESS: 25,
  CHALLENGE: 25,
  FAILURE: 12,
  PRACTICE: 18,
  GUIDANCE: 10,
  EVIDENCE: 10,
};

export const ACTOR_TITLES = [
  'Procurement officer',
  'Open data lead',
  'Programme manager',
  'Civic tech developer',
  'Journalist',
  'Researcher',
  'Deputy mayor',
  'Community organiser',
  'Trainer',
  'Policy adviser',
] as const;

export const HUB_KINDS = [
  { kind: 'NETWORK', sector: 'CIVIL_SOCIETY', noun: 'Open Contracting Network' },
  { kind: 'FUNDER', sector: 'DONOR', noun: 'Transparency Fund' },
  { kind: 'MULTILATERAL', sector: 'MULTILATERAL', noun: 'Development Bank' },
  { kind: 'NGO', sector: 'CIVIL_SOCIETY', noun: 'Integrity Institute' },
  { kind: 'NGO', sector: 'CIVIL_SOCIETY', noun: 'Civic Data Lab' },
] as const;

export const LOCAL_ORG_KINDS = [
  { kind: 'NGO', sector: 'CIVIL_SOCIETY', noun: 'Citizens Watch', weight: 45 },
  { kind: 'COMPANY', sector: 'PRIVATE_SECTOR', noun: 'Business Association', weight: 20 },
  { kind: 'UNIVERSITY', sector: 'ACADEMIC', noun: 'University', weight: 15 },
  { kind: 'NGO', sector: 'CIVIL_SOCIETY', noun: 'Media Collective', weight: 12 },
  { kind: 'OTHER', sector: 'CIVIL_SOCIETY', noun: 'Residents Forum', weight: 8 },
] as const;
