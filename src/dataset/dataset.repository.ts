import type { Executor } from '../neo4j/executor.js';
import { int } from '../neo4j/convert.js';

/** A Dataset node as the API serves it (its restore image stays in the database). */
export interface DatasetRow {
  id: string;
  name: string;
  format: string;
  publisher: string | null;
  uris: string[];
  licence: string | null;
  files: { name: string; sha256: string }[];
  importedAt: string;
  importedBy: string;
  counts: { type: string; created: number; matched: number; updated: number; unchanged: number }[];
}

/**
 * One page of datasets by id (keyset: ids after `after`), with the total. One round trip;
 * `first + 1` rows are read to know whether another page follows.
 */
export async function findDatasets(executor: Executor, first: number, after: string | null): Promise<{ rows: DatasetRow[]; hasNextPage: boolean; totalCount: number }> {
  const [row] = await executor.read(
    // A sliced import under way (or broken) is `incomplete`: not listed until its last slice commits.
    `CALL { MATCH (d:Dataset) WHERE d.incomplete IS NULL RETURN count(d) AS total }
     CALL { MATCH (d:Dataset) WHERE d.incomplete IS NULL AND ($after IS NULL OR d.id > $after)
            WITH d ORDER BY d.id LIMIT $limit
            RETURN collect(d { .id, .name, .format, .publisher, .uris, .licence, .files, .sha256, .importedBy, .counts, importedAt: d.importedAt }) AS page }
     RETURN total, page`,
    { after, limit: int(first + 1) },
  );
  const page = (row?.page as Record<string, unknown>[]) ?? [];
  return { rows: page.slice(0, first).map(toDatasetRow), hasNextPage: page.length > first, totalCount: Number(row?.total ?? 0) };
}

/**
 * The datasets that brought or changed each node of `ids` (its `datasetIds`), by id, one list per
 * id in the order of `ids`: empty for a node no import touched and for an unknown id. One round
 * trip for all the ids (UNWIND), as a DataLoader batch function needs.
 */
export async function findDatasetsOfNodes(executor: Executor, ids: readonly string[]): Promise<DatasetRow[][]> {
  const rows = await executor.read(
    `UNWIND $ids AS id
     MATCH (n:Entity {id: id})
     RETURN id, COLLECT {
       UNWIND coalesce(n.datasetIds, []) AS datasetId
       MATCH (d:Dataset {id: datasetId}) WHERE d.incomplete IS NULL
       WITH d ORDER BY d.id
       RETURN d { .id, .name, .format, .publisher, .uris, .licence, .files, .sha256, .importedBy, .counts, importedAt: d.importedAt }
     } AS datasets`,
    { ids: [...ids] },
  );
  // UNWIND keeps no promise of order: rows go back to their ids.
  const byId = new Map(rows.map((r) => [r.id as string, (r.datasets as Record<string, unknown>[]).map(toDatasetRow)]));
  return ids.map((id) => byId.get(id) ?? []);
}

function toDatasetRow(d: Record<string, unknown>): DatasetRow {
  const names = (d.files as string[] | null) ?? [];
  const hashes = (d.sha256 as string[] | null) ?? [];
  const counts = JSON.parse((d.counts as string | null) ?? '{}') as Record<string, Omit<DatasetRow['counts'][number], 'type'>>;
  return {
    id: d.id as string,
    name: d.name as string,
    format: d.format as string,
    publisher: (d.publisher as string | null) ?? null,
    uris: (d.uris as string[] | null) ?? [],
    licence: (d.licence as string | null) ?? null,
    files: names.map((name, i) => ({ name, sha256: hashes[i] })),
    importedAt: d.importedAt as string,
    importedBy: d.importedBy as string,
    counts: Object.entries(counts).map(([type, c]) => ({ type, ...c })),
  };
}
