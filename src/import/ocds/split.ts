import { ValueBuilder } from './json-values.js';

/** What a package says about itself; filled as its keys arrive, so complete once the file is read. */
export interface PackageMeta {
  uri?: string;
  publisher?: { name?: string; uri?: string };
  license?: string;
  version?: string;
  publishedDate?: string;
}

/** One release or record of an OCDS file, with the package it came in (or an empty one, when bare). */
export interface OcdsEntry {
  kind: 'release' | 'record';
  value: Record<string, unknown>;
  /** Its position among the file's entries of the same kind: "release 3". */
  index: number;
  meta: PackageMeta;
}

/** Keys only a package has: once one is seen, a top-level object's `releases` are a package's. */
const PACKAGE_KEYS = new Set(['uri', 'publisher', 'publishedDate', 'license', 'publicationPolicy', 'extensions', 'packages', 'records', 'version']);
const ITEM_KEYS = new Set(['releases', 'records']);

interface Top {
  keys: Record<string, unknown>;
  meta: PackageMeta;
  isPackage: boolean;
  /** Releases seen before the object showed whether it is a package or a record. */
  pending: Record<string, unknown>[];
}

type Token = Parameters<ValueBuilder['push']>[0];

/**
 * Splits a stream of JSON tokens into OCDS releases and records: release packages and record
 * packages (their `releases` or `records` streamed one by one, never held whole), a bare release
 * or record, a top-level array of them, several of any of these concatenated or as JSON Lines.
 */
export class OcdsSplitter {
  private top: Top | null = null;
  private topArray = false;
  private key: string | null = null;
  private builder: ValueBuilder | null = null;
  /** Inside a package's `releases` or `records` array: which. */
  private items: string | null = null;
  private readonly counts = { release: 0, record: 0 };

  /** Feeds one token; returns the entries it completed (most tokens complete none). */
  push(token: Token): OcdsEntry[] {
    const out = this.dispatch(token);
    return this.heldOut.length > 0 ? [...this.heldOut.splice(0), ...out] : out;
  }

  private dispatch(token: Token): OcdsEntry[] {
    if (this.builder) return this.feed(token);
    if (this.items !== null) return this.inItems(token);
    if (this.top) return this.inObject(token);
    if (this.topArray) return this.inTopArray(token);
    return this.atTop(token);
  }

  private atTop(token: Token): OcdsEntry[] {
    if (token.name === 'startObject') this.top = { keys: {}, meta: {}, isPackage: false, pending: [] };
    else if (token.name === 'startArray') this.topArray = true;
    else throw new TypeError('is not OCDS: a JSON value at the top that is neither an object nor an array');
    return [];
  }

  private inTopArray(token: Token): OcdsEntry[] {
    if (token.name === 'endArray') {
      this.topArray = false;
      return [];
    }
    return this.startValue(token);
  }

  private inObject(token: Token): OcdsEntry[] {
    if (token.name === 'keyValue') {
      this.key = token.value!;
      return [];
    }
    if (token.name === 'endObject') return this.finishTop();
    if (token.name === 'startArray' && ITEM_KEYS.has(this.key!) && (this.key === 'records' || this.top!.isPackage || !('ocid' in this.top!.keys))) {
      if (this.key === 'records') this.markPackage();
      this.items = this.key;
      return [];
    }
    return this.startValue(token);
  }

  private inItems(token: Token): OcdsEntry[] {
    if (token.name === 'endArray') {
      this.items = null;
      return [];
    }
    return this.startValue(token);
  }

  private startValue(token: Token): OcdsEntry[] {
    this.builder = new ValueBuilder();
    return this.feed(token);
  }

  private feed(token: Token): OcdsEntry[] {
    const builder = this.builder!;
    builder.push(token);
    if (!builder.done) return [];
    this.builder = null;
    return this.place(builder.value);
  }

  /** Where a finished value goes: an item of a package, a key of the top object, an item of a top array. */
  private place(value: unknown): OcdsEntry[] {
    if (this.items !== null) return this.item(value as Record<string, unknown>);
    if (this.top) {
      this.top.keys[this.key!] = value;
      if (PACKAGE_KEYS.has(this.key!)) this.markPackage();
      if (this.key! in META_KEYS) (this.top.meta as Record<string, unknown>)[this.key!] = value;
      return [];
    }
    return [this.entry(isRecord(value) ? 'record' : 'release', value as Record<string, unknown>, {})];
  }

  private item(value: Record<string, unknown>): OcdsEntry[] {
    const top = this.top!;
    if (this.items === 'records') return [this.entry('record', value, top.meta)];
    if (top.isPackage) return [this.entry('release', value, top.meta)];
    top.pending.push(value);
    return [];
  }

  private markPackage(): void {
    const top = this.top!;
    if (top.isPackage) return;
    top.isPackage = true;
    // Releases held while the object's kind was unknown are a package's after all.
    const held = top.pending.splice(0);
    this.heldOut.push(...held.map((r) => this.entry('release', r, top.meta)));
  }

  /** Entries released by markPackage, handed out by push. */
  private readonly heldOut: OcdsEntry[] = [];

  private finishTop(): OcdsEntry[] {
    const top = this.top!;
    this.top = null;
    if (top.isPackage) return top.pending.map((r) => this.entry('release', r, top.meta));
    if (!('ocid' in top.keys) && top.pending.length > 0) return top.pending.map((r) => this.entry('release', r, top.meta));
    if (top.pending.length > 0) top.keys.releases = top.pending;
    return [this.entry(isRecord(top.keys) ? 'record' : 'release', top.keys, {})];
  }

  private entry(kind: 'release' | 'record', value: Record<string, unknown>, meta: PackageMeta): OcdsEntry {
    return { kind, value, meta, index: this.counts[kind]++ };
  }
}

const META_KEYS = { uri: 1, publisher: 1, license: 1, version: 1, publishedDate: 1 };

/** A record has `releases`, `compiledRelease` or `versionedRelease`; a release has none of them. */
function isRecord(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  return 'compiledRelease' in value || 'versionedRelease' in value || Array.isArray((value as { releases?: unknown }).releases);
}
