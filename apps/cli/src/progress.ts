/**
 * Progress for long stages: a live counter on a terminal, a single summary line in logs and CI
 * (Nx replays a cached task's log, so it should read well as a log).
 */
export class Progress {
  private done = 0;
  private lastDraw = 0;
  private readonly live = Boolean(process.stderr.isTTY) && !process.env['CI'];

  constructor(
    private readonly stage: string,
    private readonly total: number,
  ) {}

  tick(): void {
    this.done++;
    if (!this.live) return;
    const now = Date.now();
    if (now - this.lastDraw < 100 && this.done < this.total) return;
    this.lastDraw = now;
    process.stderr.write(`\r${this.stage}: ${this.done}/${this.total}`);
  }

  finish(summary: string): void {
    if (this.live) process.stderr.write('\r\x1b[K');
    console.log(`${this.stage}: ${summary}`);
  }
}
