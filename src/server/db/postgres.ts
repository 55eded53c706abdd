// PostgreSQL through node-postgres: a pool for queries, and one dedicated connection that holds
// the LISTENs (a pooled connection would lose them when released). The listener reconnects with
// backoff if the server restarts.
import pg from 'pg';
import type { Database, Queryable } from './database';

type Listeners = Map<string, Set<(payload: string) => void>>;

export async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  pool.on('error', () => {}); // an idle client lost its server: the next query reconnects
  await pool.query('SELECT 1');
  const listeners: Listeners = new Map();
  const listener = new ListenConnection(url, listeners);

  const query = async <Row>(sql: string, params?: unknown[]): Promise<Row[]> => (await pool.query(sql, params)).rows as Row[];
  return {
    kind: 'postgres',
    query,
    exec: async (sql) => void (await pool.query(sql)),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const scoped: Queryable = {
          query: async <Row>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as Row[],
          exec: async (sql) => void (await client.query(sql)),
        };
        const result = await work(scoped);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    async listen(channel, onPayload) {
      let set = listeners.get(channel);
      if (!set) listeners.set(channel, (set = new Set()));
      set.add(onPayload);
      await listener.ensure(channel);
      return async () => {
        set.delete(onPayload);
      };
    },
    async close() {
      await listener.close();
      await pool.end();
    },
  };
}

class ListenConnection {
  private client: pg.Client | undefined;
  private connecting: Promise<pg.Client> | undefined;
  private closed = false;

  constructor(
    private readonly url: string,
    private readonly listeners: Listeners,
  ) {}

  async ensure(channel: string): Promise<void> {
    const client = await this.connect();
    await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
  }

  private connect(): Promise<pg.Client> {
    if (this.client) return Promise.resolve(this.client);
    this.connecting ??= (async () => {
      const client = new pg.Client({ connectionString: this.url });
      client.on('notification', (message) => {
        for (const handler of this.listeners.get(message.channel) ?? []) handler(message.payload ?? '');
      });
      client.on('error', () => this.reconnectSoon(client));
      client.on('end', () => this.reconnectSoon(client));
      await client.connect();
      this.client = client;
      this.connecting = undefined;
      return client;
    })().catch((error: unknown) => {
      this.connecting = undefined;
      throw error;
    });
    return this.connecting;
  }

  private reconnectSoon(lost: pg.Client): void {
    if (this.closed || this.client !== lost) return;
    this.client = undefined;
    this.retry(500);
  }

  private retry(delayMs: number): void {
    setTimeout(() => {
      if (this.closed) return;
      Promise.all([...this.listeners.keys()].map((channel) => this.ensure(channel))).catch(() => this.retry(Math.min(delayMs * 2, 10_000)));
    }, delayMs).unref();
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.client?.end().catch(() => {});
  }
}
