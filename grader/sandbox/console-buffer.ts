// The console output a job keeps: at most `limit` characters, the rest counted as cut.
// The worker sends what is new with each message, so output survives a killed worker.
export class ConsoleBuffer {
  private text = '';
  private sent = 0;
  private cut = false;

  constructor(private readonly limit: number) {}

  /** Appends a chunk the prelude cut to `fullLength` characters or fewer. */
  write(chunk: string, fullLength: number): void {
    const room = this.limit - this.text.length;
    const kept = chunk.length > room ? chunk.slice(0, Math.max(0, room)) : chunk;
    this.text += kept;
    if (fullLength > kept.length) this.cut = true;
  }

  /** Characters kept so far. */
  get kept(): number {
    return this.text.length;
  }

  get truncated(): boolean {
    return this.cut;
  }

  /** The output written since the last call. */
  takeNew(): string {
    const fresh = this.text.slice(this.sent);
    this.sent = this.text.length;
    return fresh;
  }
}
