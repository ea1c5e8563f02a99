/**
 * A small Marionette client: Firefox's own automation protocol over TCP, messages framed as
 * `<length>:<json>`. Commands are `[0, id, name, params]`, answers `[1, id, error, result]`.
 * We need it because WebDriver BiDi does not reach extension pages yet (Mozilla bug 1755014):
 * Marionette drives moz-extension:// pages, installs the add-on and runs chrome-context checks.
 */
import { Socket, connect } from 'node:net';

export const ELEMENT_KEY = 'element-6066-11e4-a52e-4f735466cecf';
export type ElementRef = { [ELEMENT_KEY]: string };

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  name: string;
}

export class Marionette {
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private hello: ((value: unknown) => void) | null = null;

  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk) => this.receive(chunk));
    socket.on('close', () => {
      for (const waiting of this.pending.values())
        waiting.reject(new Error(`Marionette closed during ${waiting.name}`));
      this.pending.clear();
    });
  }

  /** Connects (retrying while Firefox starts) and reads the server's greeting. */
  static async connect(port: number, timeoutMs = 30_000): Promise<Marionette> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        const socket = await new Promise<Socket>((resolve, reject) => {
          const attempt = connect(port, '127.0.0.1', () => resolve(attempt));
          attempt.once('error', reject);
        });
        const client = new Marionette(socket);
        await new Promise((resolve) => (client.hello = resolve));
        return client;
      } catch (error) {
        if (Date.now() > deadline) throw new Error(`Marionette did not answer on port ${port}`, { cause: error });
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
  }

  private receive(chunk: Buffer) {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const colon = this.buffer.indexOf(0x3a);
      if (colon < 0) return;
      const length = Number(this.buffer.subarray(0, colon).toString('ascii'));
      if (this.buffer.length < colon + 1 + length) return;
      const body = JSON.parse(this.buffer.subarray(colon + 1, colon + 1 + length).toString('utf8')) as unknown;
      this.buffer = this.buffer.subarray(colon + 1 + length);
      if (this.hello) {
        this.hello(body);
        this.hello = null;
        continue;
      }
      const [, id, error, result] = body as [number, number, { error: string; message: string } | null, unknown];
      const waiting = this.pending.get(id);
      if (!waiting) continue;
      this.pending.delete(id);
      if (error) waiting.reject(new Error(`${waiting.name}: ${error.error}: ${error.message}`));
      else waiting.resolve(result);
    }
  }

  /** Sends one command and waits for its answer. */
  send<T = unknown>(name: string, params: Record<string, unknown> = {}): Promise<T> {
    const id = this.nextId++;
    const json = Buffer.from(JSON.stringify([0, id, name, params]), 'utf8');
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject, name });
      this.socket.write(Buffer.concat([Buffer.from(`${json.length}:`, 'ascii'), json]));
    });
  }

  /** Runs a script in the current context (content or chrome); `arguments` holds `args`. */
  async execute<T>(script: string, args: unknown[] = []): Promise<T> {
    const { value } = await this.send<{ value: T }>('WebDriver:ExecuteScript', { script, args });
    return value;
  }

  /** Like execute, but the script returns a promise (its value is the answer). */
  async executeAsync<T>(body: string, args: unknown[] = []): Promise<T> {
    const script = `const done = arguments[arguments.length - 1];
      (async (...args) => { ${body} })(...Array.from(arguments).slice(0, -1))
        .then((value) => done({ ok: true, value }), (error) => done({ ok: false, error: String(error && error.message || error) }));`;
    const { value } = await this.send<{ value: { ok: true; value: T } | { ok: false; error: string } }>(
      'WebDriver:ExecuteAsyncScript',
      { script, args },
    );
    if (!value.ok) throw new Error(value.error);
    return value.value;
  }

  async setContext(context: 'chrome' | 'content'): Promise<void> {
    await this.send('Marionette:SetContext', { value: context });
  }

  /** Runs `fn` with the chrome (browser-internal) context, then returns to content. */
  async inChrome<T>(fn: () => Promise<T>): Promise<T> {
    await this.setContext('chrome');
    try {
      return await fn();
    } finally {
      await this.setContext('content');
    }
  }

  async find(selector: string): Promise<ElementRef> {
    const { value } = await this.send<{ value: ElementRef }>('WebDriver:FindElement', {
      using: 'css selector',
      value: selector,
    });
    return value;
  }

  /** A trusted click (real input events) on the first element matching `selector`. */
  async click(selector: string): Promise<void> {
    const element = await this.find(selector);
    await this.send('WebDriver:ElementClick', { id: element[ELEMENT_KEY] });
  }

  /** A PNG of the current tab's viewport. */
  async screenshot(): Promise<Buffer> {
    const { value } = await this.send<{ value: string }>('WebDriver:TakeScreenshot', { full: false, hash: false });
    return Buffer.from(value, 'base64');
  }

  close(): void {
    this.socket.destroy();
  }
}
