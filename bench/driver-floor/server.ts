import http from 'node:http';
import neo4j, { type Driver } from 'neo4j-driver';
import type { Run } from './cypher.js';
import { FLOOR_QUERIES } from './queries.js';
import { listen } from '../../src/http/listen.js';

export interface FloorServer {
  httpServer: http.Server;
  listen(port: number, host: string): Promise<number>;
  close(): Promise<void>;
}

/**
 * The driver floor: a bare node:http endpoint, `POST /op/<operation>` with the parameters as a
 * JSON body, answering the operation's canonical JSON from one hand-written Cypher statement.
 * No framework, no GraphQL: what is left is the driver, the database and JSON. Each answer
 * carries `x-db-round-trips` (statements run for it). `GET /health` answers without the database.
 */
export function createFloorServer({ driver, database = 'neo4j' }: { driver: Driver; database?: string }): FloorServer {
  const httpServer = http.createServer((req, res) => {
    void handle(req, res).catch((error: Error) => send(res, 500, { error: error.message }, 0));
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
    if (req.method === 'GET' && req.url === '/health') return send(res, 200, { status: 'ok' }, 0);
    const query = req.method === 'POST' && req.url?.startsWith('/op/') ? FLOOR_QUERIES[req.url.slice(4)] : undefined;
    if (!query) return send(res, 404, { error: 'unknown operation' }, 0);
    const params = JSON.parse((await readBody(req)) || '{}');
    let roundTrips = 0;
    // An auto-commit transaction: RUN and PULL in one network round trip, the cheapest read the
    // driver offers (a managed transaction adds BEGIN and a COMMIT round trip).
    const run: Run = async (cypher, parameters = {}) => {
      roundTrips += 1;
      const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
      try {
        const result = await session.run(cypher, parameters);
        return result.records.map((r) => r.toObject());
      } finally {
        await session.close();
      }
    };
    const answer = await query(run, params);
    send(res, 200, answer, roundTrips);
  }

  return {
    httpServer,
    listen: (port, host) => listen(httpServer, port, host),
    close: () =>
      new Promise((resolve) => {
        httpServer.close(() => resolve());
        httpServer.closeAllConnections();
      }),
  };
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: http.ServerResponse, status: number, body: unknown, roundTrips: number) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), 'x-db-round-trips': String(roundTrips) });
  res.end(text);
}
