/**
 * The tests' own query into the composer panel, the same in both browsers: the panel's shadow
 * root is closed to LinkedIn's page (S7), so the query runs in the extension's own script world
 * (Chromium: its isolated world over CDP, tests/e2e/panel-view.ts; Firefox: its content-script
 * sandbox over Marionette, tests/e2e-firefox/panel-view.ts), and clicks are real mouse input.
 */
type Text = string | RegExp;

/** A query like Playwright's getByRole / getByText / getByTestId, inside the panel. */
export interface PanelQuery {
  role?: string;
  name?: Text;
  text?: Text;
  testId?: string;
  selector?: string;
  /** Search only inside the first match of this query. */
  within?: PanelQuery;
  /** Which match (default the first; count() counts all). */
  nth?: number;
}

type Wire = Omit<PanelQuery, 'name' | 'text' | 'within'> & {
  name?: { s: string } | { re: string; flags: string };
  text?: { s: string } | { re: string; flags: string };
  within?: Wire;
};

const wireText = (text: Text | undefined) =>
  text === undefined ? undefined : typeof text === 'string' ? { s: text } : { re: text.source, flags: text.flags };
export const wire = (query: PanelQuery): Wire => ({
  ...query,
  name: wireText(query.name),
  text: wireText(query.text),
  within: query.within && wire(query.within),
});

// Runs in the extension's isolated world (Firefox: its content-script sandbox, see
// tests/e2e-firefox/panel-view.ts). Plain JS in a string: tsx would wrap inner functions
// in helpers that world lacks.
export const FIND = `(query, op) => {
  const root = globalThis[Symbol.for('advocacy.bridge')]?.panelRoot;
  if (!root || !root.host.isConnected) return op === 'count' || op === 'mounted' ? 0 : null;
  if (op === 'mounted') return 1;
  if (op === 'mark') { root.__testMark = true; return true; }
  if (op === 'marked') return root.__testMark === true;
  const ROLES = { list: 'ul,ol,[role=list]', listitem: 'li,[role=listitem]', button: 'button', heading: 'h1,h2,h3,h4,h5,h6,[role=heading]',
    searchbox: 'input[type=search]', alertdialog: '[role=alertdialog]', link: 'a[href]', radio: 'input[type=radio]', complementary: 'aside',
    textbox: 'textarea,input:not([type]),input[type=text]', status: '[role=status]', combobox: 'select', alert: '[role=alert]', region: 'section[aria-label]' };
  const clean = (s) => (s ?? '').replace(/\\s+/g, ' ').trim();
  // The panel's words are painted (components/painted-text.tsx: a span's data-text shown by
  // ::before); what a person sees is the text nodes and those, in order.
  const shown = (node) => {
    if (!node) return '';
    if (node.nodeType === 3) return node.data;
    if (node.nodeType !== 1 && node.nodeType !== 11) return '';
    const painted = node.nodeType === 1 ? node.getAttribute('data-text') : null;
    let text = painted ?? '';
    for (const child of node.childNodes) text += shown(child);
    return text;
  };
  // As Playwright: a string matches case-insensitively anywhere in the text, a RegExp as written.
  const matches = (value, text) => !text ? true : 's' in text ? clean(value).toLowerCase().includes(text.s.toLowerCase()) : new RegExp(text.re, text.flags).test(clean(value));
  const nameOf = (el) => {
    if (el.getAttribute('aria-label')) return el.getAttribute('aria-label');
    const ids = el.getAttribute('aria-labelledby');
    if (ids) return ids.split(' ').map((id) => shown(root.getElementById(id))).join(' ');
    if (el.labels && el.labels.length) return shown(el.labels[0]);
    return shown(el);
  };
  const resolve = (q) => {
    const scopes = q.within ? resolve(q.within).slice(0, 1) : [root];
    const selector = q.selector ?? (q.role ? ROLES[q.role] : q.testId ? '[data-testid="' + q.testId + '"]' : '*');
    let found = scopes.flatMap((scope) => [...scope.querySelectorAll(selector)]);
    if (q.name) found = found.filter((el) => matches(nameOf(el), q.name));
    if (q.text) {
      found = found.filter((el) => matches(shown(el), q.text));
      found = found.filter((el) => !found.some((other) => other !== el && el.contains(other)));
    }
    return q.nth === undefined ? found : found.slice(q.nth, q.nth + 1);
  };
  const all = resolve(query);
  if (op === 'count') return all.length;
  const el = all[0];
  if (!el) return null;
  if (op === 'text') return shown(el);
  if (op === 'innerText') return el.querySelector('[data-text]') ? shown(el) : el.innerText;
  if (op === 'value') return el.value;
  if (op === 'checked') return el.checked;
  if (op === 'focus') { el.focus(); return true; }
  if (op === 'box' || op === 'center') {
    if (op === 'center') el.scrollIntoView({ block: 'nearest' });
    const r = el.getBoundingClientRect();
    return op === 'box' ? { x: r.x, y: r.y, width: r.width, height: r.height } : { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  }
  return null;
}`;

type Point = { x: number; y: number };

/**
 * Where to click: the element's centre once it has stopped moving, as Playwright's own
 * "stable" check does. Parts of the panel can arrive after its list and push the cards down
 * (the guideline findings after their debounce; a reminder whose storage read took longer than
 * the cards wait for it); a click aimed before that lands on something else.
 */
async function stableCenter(locate: () => Promise<Point | null>, describe: string): Promise<Point> {
  let last = await locate();
  for (let tries = 0; tries < 50; tries += 1) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const now = await locate();
    if (last && now && now.x === last.x && now.y === last.y) return now;
    last = now;
  }
  throw new Error(`nothing steady to click in the panel: ${describe}`);
}

/** Any browser driver's mouse (playwright-core and puppeteer-core have the same `click`). */
interface WithMouse {
  mouse: { click(x: number, y: number): Promise<unknown> };
}

/**
 * What both browsers' panel views read and click the same way; each supplies `run`, which
 * evaluates FIND with a query and an operation in the extension's world of its page.
 */
export abstract class PanelReader<P extends WithMouse> {
  constructor(readonly page: P) {}

  /** FIND's answer for `query` and `op`; null (or 0 for count and mounted) when no panel world runs there. */
  protected abstract run<T>(query: PanelQuery, op: string): Promise<T | null>;

  /** 1 while a panel is mounted in the page (its host connected), else 0. */
  mounted(): Promise<number> {
    return this.run<number>({}, 'mounted').then((n) => n ?? 0);
  }
  count(query: PanelQuery): Promise<number> {
    return this.run<number>(query, 'count').then((n) => n ?? 0);
  }
  text(query: PanelQuery): Promise<string | null> {
    return this.run<string>(query, 'text');
  }
  innerText(query: PanelQuery): Promise<string | null> {
    return this.run<string>(query, 'innerText');
  }
  /** A real mouse click at the element's centre: a trusted event, as from the person. */
  async click(query: PanelQuery): Promise<void> {
    const center = await stableCenter(() => this.run<Point>(query, 'center'), JSON.stringify(wire(query)));
    await this.page.mouse.click(center.x, center.y);
  }
}
