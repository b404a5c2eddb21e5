import type { Server } from 'node:http';

/** Starts `httpServer` on `port` (0: any free one) and `host`; resolves with the port it got, rejects if it cannot bind. */
export function listen(httpServer: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, host, () => resolve((httpServer.address() as { port: number }).port));
  });
}
