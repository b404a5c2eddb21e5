/**
 * Sources as a person can follow them: a title, who published it, and a link. Sources are plain
 * strings today (another branch may make them `{ url, title, publisher }`; `describeSource` takes
 * both), written in a few shapes:
 * - an address: linked, its host shown ("opengovpartnership.org");
 * - "Title (https://…)": the title, linked to the address;
 * - "LOCI announcement, Hivos, 26 March 2019 (seed-documents/….txt)": the title and publisher; the
 *   repository's own file path means nothing to a reader and is left out;
 * - "owner/repo path/to/file.md": a file in a GitHub repository, linked there.
 * Only http(s) addresses become links.
 */
export interface StructuredSource {
  url?: string | null;
  title?: string | null;
  publisher?: string | null;
}

export interface SourceView {
  title: string;
  publisher: string | null;
  url: string | null;
}

const URL_PATTERN = /https?:\/\/[^\s)<>"]+/;
const GITHUB_FILE = /^([\w.-]+)\/([\w.-]+) (\S+)$/;

/** An address's host without "www." (the address itself when it does not parse). */
export const hostOf = (url: string) => {
  try {
    return new URL(url).host.replace(/^www\./, '');
  } catch {
    return url;
  }
};
const isHttp = (url: string | null | undefined): url is string => !!url && /^https?:\/\//i.test(url);

/** "Title, Publisher, Date" → the title and the rest as publisher. */
function splitTitle(text: string): { title: string; publisher: string | null } {
  const [title, ...rest] = text.split(', ');
  return { title: title.trim(), publisher: rest.length ? rest.join(', ').trim() : null };
}

/** What a reader is shown of one source: its title, publisher and (http(s) only) address. */
export function describeSource(source: string | StructuredSource): SourceView {
  if (typeof source !== 'string') {
    const url = isHttp(source.url) ? source.url : null;
    return { title: source.title?.trim() || (url ? hostOf(url) : 'Untitled source'), publisher: source.publisher?.trim() || null, url };
  }
  const text = source.trim();
  const match = URL_PATTERN.exec(text);
  if (match) {
    // Trailing punctuation belongs to the sentence, not the address.
    const url = match[0].replace(/[.,;:!?]+$/, '');
    const before = text.slice(0, match.index).replace(/[\s(]+$/, '');
    if (!before) return { title: hostOf(url), publisher: null, url };
    return { ...splitTitle(before), url };
  }
  // A file of this repository ("seed-documents/…"): the words before it say what it is.
  const local = /^(.*?)\s*\((?:seed-documents|seeds)\/[^)]*\)\s*$/.exec(text);
  if (local && local[1]) return { ...splitTitle(local[1]), url: null };
  const github = GITHUB_FILE.exec(text);
  if (github) {
    const [, owner, repo, file] = github;
    const name = file.split('/').pop()!.replace(/\.\w+$/, '').replace(/^\d{4}-\d{2}-\d{2}-/, '').replace(/[-_]+/g, ' ');
    return { title: name.charAt(0).toUpperCase() + name.slice(1), publisher: `${owner}/${repo} on GitHub`, url: `https://github.com/${owner}/${repo}/blob/HEAD/${file}` };
  }
  return { title: text, publisher: null, url: null };
}
