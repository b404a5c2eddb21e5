import { NODE_TYPES, ENTITY_LABEL, LABEL_KEY, LABEL_PROPERTY } from '../model/index.js';
import type { Executor } from './executor.js';

/**
 * Database schema steps, applied in order, each once. A step is never edited after it has
 * shipped: a later change is a new step. Every statement is idempotent (`IF NOT EXISTS`), so a
 * half-applied step can simply run again. Applied steps are recorded as `(:Migration {id})`.
 */
export interface MigrationStep {
  id: string;
  description: string;
  statements: string[];
  /**
   * Data statements run after the schema statements, each again and again in its own transaction
   * until it returns `written: 0`: a large graph is changed in batches, not in one transaction
   * that must hold every change. Each must only touch what is still to do.
   */
  backfill?: string[];
}

/** Rows a backfill statement changes per transaction. */
const BACKFILL_BATCH = 10_000;

/** The types migration 003 indexed: fixed, since a shipped step never changes (006 widens it). */
const FIRST_FULLTEXT_LABELS = 'Organisation|Actor|Initiative|Commitment|Learning|Event|Place|Theme';
const fulltextLabels = NODE_TYPES.join('|');
const FULLTEXT_FIELDS = '[n.name, n.title, n.acronym, n.summary, n.description, n.body, n.bio]';
/** 010 adds contracting processes' ocids (searched as their parts: "ocds-213czf-000-00001" is four words). */
const FULLTEXT_FIELDS_WITH_OCID = '[n.name, n.title, n.acronym, n.summary, n.description, n.body, n.bio, n.ocid]';

/** Learnings' titles and summaries, English analyzer (stemming, English stop words). */
export const LEARNING_TEXT_INDEX = 'learning_text';
/** Learnings' titles, summaries and bodies, accents folded, no stemming. */
export const LEARNING_FOLDED_INDEX = 'learning_text_folded';
/** Initiatives' titles and summaries, English analyzer. */
export const INITIATIVE_TEXT_INDEX = 'initiative_text';

export const MIGRATIONS: MigrationStep[] = [
  {
    id: '001-unique-ids',
    description: 'ids are unique across the graph and within each node type',
    statements: [
      `CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:${ENTITY_LABEL}) REQUIRE n.id IS UNIQUE`,
      ...NODE_TYPES.map((t) => `CREATE CONSTRAINT ${t.toLowerCase()}_id IF NOT EXISTS FOR (n:${t}) REQUIRE n.id IS UNIQUE`),
      'CREATE CONSTRAINT migration_id IF NOT EXISTS FOR (m:Migration) REQUIRE m.id IS UNIQUE',
    ],
  },
  {
    id: '002-list-indexes',
    description: 'indexes for the fields lists filter and sort on',
    statements: [
      'CREATE INDEX organisation_name IF NOT EXISTS FOR (n:Organisation) ON (n.name)',
      'CREATE INDEX organisation_sector IF NOT EXISTS FOR (n:Organisation) ON (n.sector)',
      'CREATE INDEX organisation_kind IF NOT EXISTS FOR (n:Organisation) ON (n.kind)',
      'CREATE INDEX actor_name IF NOT EXISTS FOR (n:Actor) ON (n.name)',
      'CREATE INDEX initiative_title IF NOT EXISTS FOR (n:Initiative) ON (n.title)',
      'CREATE INDEX initiative_level IF NOT EXISTS FOR (n:Initiative) ON (n.level)',
      'CREATE INDEX initiative_start IF NOT EXISTS FOR (n:Initiative) ON (n.startDate)',
      'CREATE INDEX commitment_title IF NOT EXISTS FOR (n:Commitment) ON (n.title)',
      'CREATE INDEX commitment_reference IF NOT EXISTS FOR (n:Commitment) ON (n.reference)',
      'CREATE INDEX learning_title IF NOT EXISTS FOR (n:Learning) ON (n.title)',
      'CREATE INDEX learning_kind IF NOT EXISTS FOR (n:Learning) ON (n.kind)',
      'CREATE INDEX event_name IF NOT EXISTS FOR (n:Event) ON (n.name)',
      'CREATE INDEX event_start IF NOT EXISTS FOR (n:Event) ON (n.startDate)',
      'CREATE INDEX place_name IF NOT EXISTS FOR (n:Place) ON (n.name)',
      'CREATE INDEX place_kind IF NOT EXISTS FOR (n:Place) ON (n.kind)',
      'CREATE INDEX theme_name IF NOT EXISTS FOR (n:Theme) ON (n.name)',
      `CREATE INDEX entity_synthetic IF NOT EXISTS FOR (n:${ENTITY_LABEL}) ON (n.synthetic)`,
    ],
  },
  {
    id: '003-fulltext',
    description: 'one full-text index over names, titles, summaries and learning bodies (search)',
    statements: [
      `CREATE FULLTEXT INDEX entity_text IF NOT EXISTS FOR (n:${FIRST_FULLTEXT_LABELS}) ON EACH ${FULLTEXT_FIELDS}`,
    ],
  },
  {
    id: '004-audit-trail',
    description: 'the audit trail (AuditEntry, not an Entity): unique ids, and indexes for auditLog filters and order',
    statements: [
      'CREATE CONSTRAINT audit_entry_id IF NOT EXISTS FOR (a:AuditEntry) REQUIRE a.id IS UNIQUE',
      'CREATE INDEX audit_entry_at IF NOT EXISTS FOR (a:AuditEntry) ON (a.at)',
      'CREATE INDEX audit_entry_node IF NOT EXISTS FOR (a:AuditEntry) ON (a.nodeId)',
      'CREATE INDEX audit_entry_target IF NOT EXISTS FOR (a:AuditEntry) ON (a.targetId)',
      'CREATE INDEX audit_entry_actor IF NOT EXISTS FOR (a:AuditEntry) ON (a.actor)',
    ],
  },
  {
    id: '005-label-keys',
    description: 'every node stores its label in lower case, indexed: search finds the nodes it can lift with one index seek',
    statements: [`CREATE INDEX entity_label_key IF NOT EXISTS FOR (n:${ENTITY_LABEL}) ON (n.${LABEL_KEY})`],
    backfill: NODE_TYPES.filter((t) => t !== 'ContractingProcess').map(
      (t) => `MATCH (n:${t}) WHERE n.${LABEL_KEY} IS NULL AND n.${LABEL_PROPERTY[t]} IS NOT NULL
              WITH n LIMIT ${BACKFILL_BATCH} SET n.${LABEL_KEY} = toLower(n.${LABEL_PROPERTY[t]}) RETURN count(n) AS written`,
    ),
  },
  {
    id: '006-write-locks',
    description: 'one WriteLock node per hierarchy (PART_OF, MEMBER_OF), unique by name: connect takes it to check for cycles race-free',
    statements: ['CREATE CONSTRAINT write_lock_name IF NOT EXISTS FOR (l:WriteLock) REQUIRE l.name IS UNIQUE'],
  },
  {
    id: '007-change-sequence',
    description: 'every audit entry gets a sequence number in commit order (the change feed reads entries after a sequence)',
    statements: [
      'CREATE CONSTRAINT change_sequence_name IF NOT EXISTS FOR (s:ChangeSequence) REQUIRE s.name IS UNIQUE',
      'CREATE CONSTRAINT audit_entry_seq IF NOT EXISTS FOR (a:AuditEntry) REQUIRE a.seq IS UNIQUE',
      "MERGE (s:ChangeSequence {name: 'audit'}) ON CREATE SET s.value = 0",
    ],
    // Entries written before this step are numbered in the order they were written.
    backfill: [
      `MATCH (s:ChangeSequence {name: 'audit'})
       MATCH (a:AuditEntry) WHERE a.seq IS NULL
       WITH s, a ORDER BY a.at, a.id LIMIT ${BACKFILL_BATCH}
       WITH s, collect(a) AS batch
       FOREACH (i IN range(0, size(batch) - 1) | SET (batch[i]).seq = s.value + i + 1)
       SET s.value = s.value + size(batch)
       RETURN size(batch) AS written`,
    ],
  },
  {
    id: '008-advice-text',
    description: 'full-text indexes for advice and peers: learnings in English (stemmed) and folded (accents removed), initiatives in English',
    // A schema may hold one full-text index only, so the folded one also covers `body`. English
    // stemming matches "resist" with "resistance"; folding matches "contratacion" with
    // "Contratación"; advice asks both (src/network/advice.repository.ts).
    statements: [
      `CREATE FULLTEXT INDEX ${LEARNING_TEXT_INDEX} IF NOT EXISTS FOR (n:Learning) ON EACH [n.title, n.summary] OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'english' } }`,
      `CREATE FULLTEXT INDEX ${LEARNING_FOLDED_INDEX} IF NOT EXISTS FOR (n:Learning) ON EACH [n.title, n.summary, n.body] OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-folding' } }`,
      `CREATE FULLTEXT INDEX ${INITIATIVE_TEXT_INDEX} IF NOT EXISTS FOR (n:Initiative) ON EACH [n.title, n.summary] OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'english' } }`,
    ],
  },
  {
    id: '009-contracting',
    description: 'contracting processes (unique ids and ocids, list indexes, in the full-text index) and datasets (unique ids)',
    statements: [
      'CREATE CONSTRAINT contractingprocess_id IF NOT EXISTS FOR (n:ContractingProcess) REQUIRE n.id IS UNIQUE',
      'CREATE CONSTRAINT contractingprocess_ocid IF NOT EXISTS FOR (n:ContractingProcess) REQUIRE n.ocid IS UNIQUE',
      'CREATE INDEX contractingprocess_title IF NOT EXISTS FOR (n:ContractingProcess) ON (n.title)',
      'CREATE INDEX contractingprocess_date IF NOT EXISTS FOR (n:ContractingProcess) ON (n.date)',
      'CREATE INDEX contractingprocess_method IF NOT EXISTS FOR (n:ContractingProcess) ON (n.procurementMethod)',
      'CREATE CONSTRAINT dataset_id IF NOT EXISTS FOR (d:Dataset) REQUIRE d.id IS UNIQUE',
      // A full-text index's labels cannot be altered: the one index search reads is made again with
      // every type. Dropping and creating are idempotent, so a half-applied step runs again safely.
      'DROP INDEX entity_text IF EXISTS',
      `CREATE FULLTEXT INDEX entity_text IF NOT EXISTS FOR (n:${fulltextLabels}) ON EACH ${FULLTEXT_FIELDS}`,
    ],
  },
  {
    id: '010-contracting-search',
    description: "search finds contracting processes by ocid too (beside their title and description): the full-text index gains `ocid`",
    // Fields of a full-text index cannot be altered either: made again, as in 009. Other types have
    // no ocid, so their scores are unchanged.
    statements: ['DROP INDEX entity_text IF EXISTS', `CREATE FULLTEXT INDEX entity_text IF NOT EXISTS FOR (n:${fulltextLabels}) ON EACH ${FULLTEXT_FIELDS_WITH_OCID}`],
  },
];

/**
 * Applies the steps not yet recorded, in order, and waits for new indexes to come online.
 * Returns the ids of the steps it applied (empty when the database was up to date).
 */
export async function migrate(executor: Executor, steps: MigrationStep[] = MIGRATIONS): Promise<string[]> {
  const rows = await executor.read('MATCH (m:Migration) RETURN m.id AS id');
  const done = new Set(rows.map((r) => r.id as string));
  const applied: string[] = [];
  for (const step of steps) {
    if (done.has(step.id)) continue;
    // Schema statements cannot share a transaction with data writes, so each runs on its own.
    for (const statement of step.statements) await executor.write((tx) => tx.run(statement));
    for (const statement of step.backfill ?? []) {
      let written: number;
      do written = Number((await executor.write((tx) => tx.run(statement)))[0]?.written ?? 0);
      while (written > 0);
    }
    await executor.write((tx) =>
      tx.run('MERGE (m:Migration {id: $id}) SET m.description = $description, m.appliedAt = datetime()', {
        id: step.id,
        description: step.description,
      }),
    );
    applied.push(step.id);
  }
  if (applied.length > 0) await executor.read('CALL db.awaitIndexes(300)');
  return applied;
}
