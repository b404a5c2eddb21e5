/**
 * What an import reports about its input. A problem names where it is (file, and the record
 * index, row or byte offset within it) and which field, so a publisher can find and fix it.
 */
export interface Problem {
  file: string;
  /** "release 3", "record 0", "row 12", "offset 1041 (line 40, column 7)"; null for the file as a whole. */
  at: string | null;
  field: string | null;
  message: string;
}

/** A problem that refuses the whole import: nothing is written (exit code 1). */
export class ImportRefusedError extends Error {
  constructor(readonly problem: Problem) {
    super(describeProblem(problem));
    this.name = 'ImportRefusedError';
  }
}

/** A wrong command line (exit code 2). */
export class ImportUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportUsageError';
  }
}

/** One line for a person: `file.json, release 3, field ocid: is missing`. */
export function describeProblem(p: Problem): string {
  return [p.file, p.at, p.field && `field ${p.field}`].filter(Boolean).join(', ') + `: ${p.message}`;
}
