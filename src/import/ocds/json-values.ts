import { Readable, pipeline } from 'node:stream';
import Parser from 'stream-json/Parser.js';
import Verifier from 'stream-json/utils/Verifier.js';

/** A token of stream-json's parser with packed values (keys, strings and numbers whole). */
interface Token {
  name: string;
  value?: string;
}

/** Builds one JSON value from tokens, as JSON.parse would; `done` once the value is closed. */
export class ValueBuilder {
  private readonly stack: (Record<string, unknown> | unknown[])[] = [];
  private key: string | null = null;
  value: unknown = undefined;
  done = false;

  /** Feeds one token. */
  push(token: Token): void {
    switch (token.name) {
      case 'startObject':
        return this.open({});
      case 'startArray':
        return this.open([]);
      case 'endObject':
      case 'endArray':
        return this.close();
      case 'keyValue':
        this.key = token.value!;
        return;
      case 'stringValue':
        return this.put(token.value);
      case 'numberValue':
        return this.put(Number(token.value));
      case 'nullValue':
        return this.put(null);
      case 'trueValue':
        return this.put(true);
      case 'falseValue':
        return this.put(false);
    }
  }

  private open(container: Record<string, unknown> | unknown[]): void {
    this.put(container);
    this.stack.push(container);
  }

  private close(): void {
    this.stack.pop();
    if (this.stack.length === 0) this.done = true;
  }

  private put(value: unknown): void {
    const parent = this.stack.at(-1);
    if (!parent) {
      this.value = value;
      if (typeof value !== 'object' || value === null) this.done = true;
    } else if (Array.isArray(parent)) parent.push(value);
    else parent[this.key!] = value;
  }
}

/**
 * The tokens of a stream of JSON texts: one value, several concatenated, or JSON Lines (the
 * parser's jsonStreaming mode). Memory stays bounded by the largest value its consumer builds.
 */
export async function* jsonTokens(text: AsyncIterable<string>): AsyncGenerator<Token> {
  const parser = new Parser({ jsonStreaming: true, packValues: true, streamValues: false });
  // pipeline hands an error of the text (not UTF-8, unreadable) to the parser, whose iterator throws it.
  pipeline(Readable.from(text, { objectMode: false }), parser, () => undefined);
  for await (const token of parser as AsyncIterable<Token>) yield token;
}

/** Where the first syntax error of a JSON text is, in characters, lines and columns; null when there is none. */
export async function locateSyntaxError(text: AsyncIterable<string>): Promise<{ offset: number; line: number; column: number } | null> {
  const verifier = new Verifier({ jsonStreaming: true });
  return new Promise((resolve) => {
    pipeline(Readable.from(text, { objectMode: false }), verifier, (error) => {
      const e = error as (Error & { offset?: number; line?: number; pos?: number }) | undefined | null;
      resolve(e && typeof e.offset === 'number' ? { offset: e.offset, line: e.line!, column: e.pos! } : null);
    });
  });
}
