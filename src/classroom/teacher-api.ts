// The teacher's calls: create a session, then with its secret read, watch, export, end, delete.
import { apiCall, apiEvents, type ApiOptions } from './api';
import type { CreatedSession, Dashboard, SessionInfo } from './api-types';
import type { Activities } from './schemas';

export const createClassSession = (api: ApiOptions, activities: Activities) => apiCall<CreatedSession>(api, 'POST', '/sessions', { body: { activities } });

export class TeacherApi {
  constructor(
    private readonly api: ApiOptions,
    readonly sessionId: string,
    private readonly secret: string,
  ) {}

  private call<T>(method: string, path: string, body?: unknown): Promise<T> {
    return apiCall<T>(this.api, method, `/sessions/${this.sessionId}${path}`, { credential: this.secret, body });
  }

  session = () => this.call<SessionInfo>('GET', '');
  dashboard = () => this.call<Dashboard>('GET', '/dashboard');
  setActivities = (activities: Activities) => this.call<SessionInfo>('PUT', '/activities', activities);
  exportCsv = () => this.call<string>('GET', '/export.csv');
  end = () => this.call<SessionInfo>('POST', '/end');
  remove = () => this.call<void>('DELETE', '');

  /** The live dashboard: yields the current one at once, then after every change (throttled). */
  async *watch(signal?: AbortSignal): AsyncGenerator<Dashboard | { deleted: true }> {
    for await (const message of apiEvents(this.api, `/sessions/${this.sessionId}/events`, this.secret, signal)) {
      if (message.event === 'dashboard') yield JSON.parse(message.data) as Dashboard;
      else if (message.event === 'deleted') yield { deleted: true };
    }
  }
}
