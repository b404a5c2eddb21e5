import type { WriteTransaction } from '../neo4j/executor.js';
import type { Run } from './graph-state.repository.js';
import type { Counts } from './plan.js';
import type { FileFacts } from './source.js';
import { restoreBeforeImages, type RestoreImage } from './write.repository.js';

/**
 * The Dataset node: one per import name, the provenance of everything it brought (nodes and
 * relationships carry its id in `datasetIds`). Not an Entity: it is no part of the network, its
 * neighbourhoods, exports or search. It keeps the before-images of what it changed, so removing it
 * restores the graph.
 */
export interface DatasetFacts {
  id: string;
  name: string;
  format: string;
  publisher: string | null;
  uris: string[];
  licence: string | null;
  files: FileFacts[];
  importedBy: string;
  counts: Record<string, Counts>;
}

/** The dataset's stored restore image and file hashes, or null when there is no such dataset. */
export async function readDataset(run: Run, id: string): Promise<{ restore: RestoreImage; sha256: string[] } | null> {
  const [row] = await run('MATCH (d:Dataset {id: $id}) RETURN d.restore AS restore, d.sha256 AS sha256', { id });
  if (!row) return null;
  return { restore: JSON.parse((row.restore as string | null) ?? '{"nodes":[],"relationships":[]}'), sha256: (row.sha256 as string[] | null) ?? [] };
}

/** Creates or updates the Dataset node inside the import's transaction. */
export async function writeDataset(tx: WriteTransaction, facts: DatasetFacts, restore: RestoreImage): Promise<void> {
  await tx.run(
    `MERGE (d:Dataset {id: $id})
     SET d.name = $name, d.format = $format, d.publisher = $publisher, d.uris = $uris, d.licence = $licence,
         d.files = $files, d.sha256 = $sha256, d.importedAt = datetime(), d.importedBy = $importedBy,
         d.counts = $counts, d.restore = $restore`,
    {
      id: facts.id,
      name: facts.name,
      format: facts.format,
      publisher: facts.publisher,
      uris: facts.uris,
      licence: facts.licence,
      files: facts.files.map((f) => f.name),
      sha256: facts.files.map((f) => f.sha256),
      importedBy: facts.importedBy,
      counts: JSON.stringify(facts.counts),
      restore: JSON.stringify(restore),
    },
  );
}

/** What --remove did. */
export interface RemoveResult {
  restoredNodes: number;
  restoredRelationships: number;
  deletedNodes: number;
  deletedRelationships: number;
}

/**
 * Takes a dataset out inside one transaction: what it changed goes back to its before-image
 * (instants included, at full precision), what only it brought is deleted, and its id leaves
 * what other datasets also brought. Exact when datasets are removed newest first; a later
 * dataset's changes to the same record are overwritten by the older before-image.
 */
export async function removeDatasetIn(tx: WriteTransaction, id: string, restore: RestoreImage): Promise<RemoveResult> {
  await restoreBeforeImages(tx, restore);
  const [rels] = await tx.run(
    `MATCH ()-[r]->() WHERE $id IN r.datasetIds
     WITH r, [x IN r.datasetIds WHERE x <> $id] AS rest
     FOREACH (_ IN CASE WHEN size(rest) = 0 THEN [1] ELSE [] END | DELETE r)
     FOREACH (_ IN CASE WHEN size(rest) > 0 THEN [1] ELSE [] END | SET r.datasetIds = rest)
     RETURN count(CASE WHEN size(rest) = 0 THEN 1 END) AS deleted`,
    { id },
  );
  const [nodes] = await tx.run(
    `MATCH (n:Entity) WHERE $id IN n.datasetIds
     WITH n, [x IN n.datasetIds WHERE x <> $id] AS rest
     FOREACH (_ IN CASE WHEN size(rest) = 0 THEN [1] ELSE [] END | DETACH DELETE n)
     FOREACH (_ IN CASE WHEN size(rest) > 0 THEN [1] ELSE [] END | SET n.datasetIds = rest)
     RETURN count(CASE WHEN size(rest) = 0 THEN 1 END) AS deleted`,
    { id },
  );
  await tx.run('MATCH (d:Dataset {id: $id}) DELETE d', { id });
  return { restoredNodes: restore.nodes.length, restoredRelationships: restore.relationships.length, deletedNodes: Number(nodes?.deleted ?? 0), deletedRelationships: Number(rels?.deleted ?? 0) };
}
