import path from 'node:path';
import { emptyProcess, mergeOrganisation, mergeProcess, type OrganisationDraft, type ProcessDraft } from '../drafts.js';
import { ImportRefusedError, type Problem } from '../problems.js';
import type { FileFacts } from '../source.js';
import { readOcdsFile } from './read.js';
import { readRelease } from './release.js';
import type { OcdsEntry, PackageMeta } from './split.js';

type Json = Record<string, unknown>;

/** Everything the OCDS files say, merged: one draft per ocid and per organisation key. */
export interface Collected {
  processes: Map<string, ProcessDraft>;
  organisations: Map<string, OrganisationDraft>;
  files: FileFacts[];
  packages: PackageMeta[];
  errors: Problem[];
  warnings: Problem[];
}

/** Past this many errors reading stops: the input is refused anyway, and a person reads the first ones. */
const MAX_ERRORS = 50;

/** Reads and merges OCDS files; calls `onEntry` after each release or record (progress). */
export async function collectOcds(files: string[], encoding: string | undefined, onEntry: () => void = () => undefined): Promise<Collected> {
  const out: Collected = { processes: new Map(), organisations: new Map(), files: [], packages: [], errors: [], warnings: [] };
  for (const file of files) {
    const facts: FileFacts = { name: path.basename(file), bytes: 0, sha256: '' };
    out.files.push(facts);
    const seenMeta = new Set<PackageMeta>();
    try {
      for await (const entry of readOcdsFile(file, encoding, facts)) {
        if (!seenMeta.has(entry.meta)) seenMeta.add(entry.meta);
        collectEntry(entry, facts.name, out);
        onEntry();
        if (out.errors.length >= MAX_ERRORS) break;
      }
    } catch (error) {
      if (!(error instanceof ImportRefusedError)) throw error;
      out.errors.push(error.problem);
    }
    out.packages.push(...[...seenMeta].filter((m) => Object.keys(m).length > 0));
    if (out.errors.length >= MAX_ERRORS) break;
  }
  return out;
}

/** The compiled release(s) an entry stands for, or a problem saying why it has none. */
function releasesOf(entry: OcdsEntry): { releases: Json[]; problem?: Omit<Problem, 'file' | 'at'> } {
  const v = entry.value;
  if (entry.kind === 'release') {
    if (Array.isArray(v.ocid) || Array.isArray(v.tag) === false && Array.isArray((v.tender as Json | undefined)?.title)) {
      return { releases: [], problem: { field: 'ocid', message: 'is a versioned release (values with their history); give compiled releases or records with compiledRelease' } };
    }
    return { releases: [v] };
  }
  const compiled = v.compiledRelease;
  if (typeof compiled === 'object' && compiled !== null) return { releases: [compiled as Json] };
  const embedded = (Array.isArray(v.releases) ? v.releases : []).filter((r): r is Json => typeof r === 'object' && r !== null && 'ocid' in r);
  if (embedded.length > 0) return { releases: embedded };
  if (v.versionedRelease !== undefined) {
    return { releases: [], problem: { field: 'compiledRelease', message: 'is missing: the record has only a versionedRelease, and a compiled release is needed' } };
  }
  return { releases: [], problem: { field: 'compiledRelease', message: 'is missing, and the record\'s releases are links, not releases' } };
}

function collectEntry(entry: OcdsEntry, file: string, out: Collected): void {
  const at = `${entry.kind} ${entry.index}`;
  const { releases, problem } = releasesOf(entry);
  if (problem) out.errors.push({ file, at, ...problem });
  for (const release of releases) {
    const ocid = typeof release.ocid === 'string' ? release.ocid.trim() : '';
    if (!ocid) {
      out.errors.push({ file, at, field: 'ocid', message: 'is missing: every release needs the ocid of its contracting process' });
      continue;
    }
    const read = readRelease(release, { source: entry.meta.uri ?? file });
    for (const e of read.errors) out.errors.push({ file, at, ...e });
    for (const u of read.notes.unresolvedIdentifiers) {
      out.warnings.push({ file, at, field: 'identifier', message: `identifier ${u} is of a register with no org-id.guide code: not stored, the organisation is matched by name` });
    }
    const process = out.processes.get(ocid) ?? emptyProcess(ocid);
    mergeProcess(process, read.process, read.releaseDate);
    out.processes.set(ocid, process);
    for (const org of read.organisations) {
      const seen = out.organisations.get(org.key);
      if (seen) mergeOrganisation(seen, org);
      else out.organisations.set(org.key, org);
    }
  }
}
