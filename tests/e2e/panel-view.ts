/**
 * The tests' own way into the composer panel. Its shadow root is closed to LinkedIn's page (S7),
 * so neither a page script nor Playwright's locators can reach it. The extension's isolated world
 * holds the root (on the bridge); these helpers evaluate there through CDP — something no page
 * script can do — and click and type with real (trusted) mouse and keyboard input, as a person.
 */
import type { CDPSession, Page } from 'playwright-core';
import { FIND, PanelReader, wire, type PanelQuery } from '../helpers/panel-query';
import type { ExtensionSession } from './harness';

/** The panel in `page`, seen from the extension's isolated world. */
export class PanelView extends PanelReader<Page> {
  private cdp: CDPSession | null = null;
  private contexts: { id: number; origin: string; auxData?: { type?: string; frameId?: string } }[] = [];
  private mainFrame = '';

  constructor(
    private readonly session: Pick<ExtensionSession, 'context' | 'extensionId'>,
    page: Page,
  ) {
    super(page);
  }

  private async world(): Promise<number | null> {
    if (!this.cdp) {
      this.cdp = await this.session.context.newCDPSession(this.page);
      this.cdp.on('Runtime.executionContextCreated', (event: { context: PanelView['contexts'][number] }) =>
        this.contexts.push(event.context),
      );
      this.cdp.on('Runtime.executionContextDestroyed', (event: { executionContextId: number }) => {
        this.contexts = this.contexts.filter((c) => c.id !== event.executionContextId);
      });
      this.cdp.on('Runtime.executionContextsCleared', () => (this.contexts = []));
      const { frameTree } = (await this.cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
      this.mainFrame = frameTree.frame.id;
      await this.cdp.send('Runtime.enable');
    }
    const world = this.contexts.find(
      (c) =>
        c.auxData?.type === 'isolated' &&
        c.origin.includes(this.session.extensionId) &&
        c.auxData.frameId === this.mainFrame,
    );
    return world?.id ?? null;
  }

  protected async run<T>(query: PanelQuery, op: string): Promise<T | null> {
    const contextId = await this.world();
    if (contextId === null) return op === 'count' || op === 'mounted' ? (0 as T) : null;
    const { result, exceptionDetails } = (await this.cdp!.send('Runtime.evaluate', {
      expression: `(${FIND})(${JSON.stringify(wire(query))}, ${JSON.stringify(op)})`,
      contextId,
      returnByValue: true,
    })) as { result: { value: T }; exceptionDetails?: { text: string } };
    if (exceptionDetails) throw new Error(exceptionDetails.text);
    return result.value;
  }

  /** Evaluates `expression` in the extension's isolated world (benchmarks, demo). */
  async evaluate<T>(expression: string): Promise<T | null> {
    const contextId = await this.world();
    if (contextId === null) return null;
    const { result, exceptionDetails } = (await this.cdp!.send('Runtime.evaluate', {
      expression,
      contextId,
      awaitPromise: true,
      returnByValue: true,
    })) as { result: { value: T }; exceptionDetails?: { text: string } };
    if (exceptionDetails) throw new Error(exceptionDetails.text);
    return result.value;
  }

  /** Marks the current root (in our world only); a remount would bring an unmarked one. */
  async markRoot(): Promise<void> {
    await this.run({}, 'mark');
  }
  async rootMarked(): Promise<boolean> {
    return (await this.run<boolean>({}, 'marked')) === true;
  }
  value(query: PanelQuery): Promise<string | null> {
    return this.run<string>(query, 'value');
  }
  checked(query: PanelQuery): Promise<boolean | null> {
    return this.run<boolean>(query, 'checked');
  }
  box(query: PanelQuery): Promise<{ x: number; y: number; width: number; height: number } | null> {
    return this.run(query, 'box');
  }
  /** Focuses the element (no event a page could see differently from the person's Tab key). */
  async focus(query: PanelQuery): Promise<void> {
    if (!(await this.run(query, 'focus'))) throw new Error(`nothing to focus: ${JSON.stringify(wire(query))}`);
  }
  /** Clicks into a field, selects what is there and types `text` with the keyboard. */
  async fill(query: PanelQuery, text: string): Promise<void> {
    await this.click(query);
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.type(text);
  }
}

export function panelIn(session: Pick<ExtensionSession, 'context' | 'extensionId'>, page: Page): PanelView {
  return new PanelView(session, page);
}
