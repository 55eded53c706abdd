// Runs an async job for the newest input only: while one runs, later inputs replace each other and
// the last one runs next (drawing sends many images; only the latest matters).

export class LatestOnly<I, O> {
  private running = false;
  private pending: { input: I } | null = null;
  private disposed = false;

  constructor(
    private readonly job: (input: I) => Promise<O>,
    private readonly onResult: (output: O, input: I) => void,
    private readonly onError: (error: unknown) => void,
  ) {}

  request(input: I): void {
    this.pending = { input };
    if (!this.running) void this.drain();
  }

  dispose(): void {
    this.disposed = true;
    this.pending = null;
  }

  private async drain(): Promise<void> {
    this.running = true;
    while (this.pending && !this.disposed) {
      const { input } = this.pending;
      this.pending = null;
      try {
        const output = await this.job(input);
        if (!this.disposed && !this.pending) this.onResult(output, input);
      } catch (error) {
        if (!this.disposed) this.onError(error);
      }
    }
    this.running = false;
  }
}
