// PGlite: PostgreSQL compiled to wasm, in this process, persisted to a data directory. One
// connection; PGlite queues concurrent queries and transactions itself.
import { PGlite } from '@electric-sql/pglite';
import type { Database, Queryable } from './database';

export async function openPglite(dataDir: string): Promise<Database> {
  const db = new PGlite(dataDir);
  await db.waitReady;
  const query = async <Row>(sql: string, params?: unknown[]): Promise<Row[]> => (await db.query<Row>(sql, params)).rows;
  return {
    kind: 'pglite',
    query,
    exec: async (sql) => void (await db.exec(sql)),
    transaction: (work) =>
      db.transaction(async (tx) => {
        const scoped: Queryable = {
          query: async <Row>(sql: string, params?: unknown[]) => (await tx.query<Row>(sql, params)).rows,
          exec: async (sql) => void (await tx.exec(sql)),
        };
        return work(scoped);
      }),
    async listen(channel, onPayload) {
      const unlisten = await db.listen(channel, onPayload);
      return unlisten;
    },
    close: () => db.close(),
  };
}
