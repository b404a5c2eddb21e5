/**
 * The process side of a benchmark server (@neo4j/graphql, driver floor): NEO4J_URI from the
 * environment, PORT (any free one by default) and HOST (127.0.0.1); prints `listening <port>`
 * once it accepts requests, and closes server and driver on SIGTERM or SIGINT.
 */
export function neo4jUriFromEnv(): string {
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error('NEO4J_URI is not set');
  return uri;
}

export async function serveUntilSignalled(
  server: { listen(port: number, host: string): Promise<number>; close(): Promise<void> },
  driver: { close(): Promise<void> },
): Promise<void> {
  const port = await server.listen(Number(process.env.PORT ?? 0), process.env.HOST ?? '127.0.0.1');
  console.log(`listening ${port}`);
  const stop = async () => {
    await server.close();
    await driver.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
}
