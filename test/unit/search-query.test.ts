import { describe, expect, it } from 'vitest';
import { toLuceneQuery, toLuceneTerm } from '../../src/graph/search.repository.js';

describe('toLuceneTerm: a typed word as a Lucene term', () => {
  it.each([
    ['AND', '\\AND'],
    ['OR', '\\OR'],
    ['NOT', '\\NOT'],
    ['TO', '\\TO'],
    ['a:b', 'a\\:b'],
    ['((', '\\(\\('],
    ['*', '\\*'],
    ['&&', '\\&\\&'],
    ['back\\slash', 'back\\\\slash'],
  ])('escapes %j as %j', (word, term) => expect(toLuceneTerm(word)).toBe(term));

  it('leaves plain words and operator words in other cases alone (the parser reads only upper case as operators)', () => {
    for (const word of ['hivos', 'and', 'Or', 'nothing', 'ANDROID']) expect(toLuceneTerm(word)).toBe(word);
  });
});

describe('toLuceneQuery', () => {
  it('never leaves a bare operator word: every AND, OR and NOT in the query is one it wrote itself', () => {
    const query = toLuceneQuery('hivos OR NOT AND');
    // Its own operators stand between clauses: "x OR x*"; escaped user words carry a backslash.
    const bare = query.match(/(?<![\\\w])(AND|NOT)(?!\w)/g) ?? [];
    expect(bare).toEqual([]);
    expect(query).toContain('\\OR \\NOT (\\AND OR \\AND*)');
  });

  it('is empty for blank text', () => expect(toLuceneQuery('  \t ')).toBe(''));
});

describe('mapNeo4jError: a Lucene parse error that slips through', () => {
  it('is BAD_USER_INPUT naming `text`, not an internal error', async () => {
    const { Neo4jError } = await import('neo4j-driver');
    const { mapNeo4jError } = await import('../../src/errors.js');
    const lucene = new Neo4jError(
      "Failed to invoke procedure `db.index.fulltext.queryNodes`: Caused by: org.apache.lucene.queryparser.classic.ParseException: Cannot parse 'AND': Encountered \" <AND> \"AND \"\" at line 1, column 0.",
      'Neo.ClientError.Procedure.ProcedureCallFailed',
      '52N37',
      'error: procedure exception - procedure execution error',
    );
    const mapped = mapNeo4jError(lucene) as { extensions: Record<string, unknown> };
    expect(mapped.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
    // Any other failed procedure call stays what it was (masked later as an internal error).
    const other = new Neo4jError('Failed to invoke procedure `db.other`: Caused by: java.lang.IllegalStateException', 'Neo.ClientError.Procedure.ProcedureCallFailed', '52N37', '');
    expect(mapNeo4jError(other)).toBe(other);
  });
});
