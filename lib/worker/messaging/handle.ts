/**
 * The background's message router: validates every request with the protocol's zod schema,
 * checks the sender, and answers with a typed Result. Bad input is dropped with an error
 * result, never thrown (S2).
 */
import type { Browser } from 'wxt/browser';
import {
  protocol,
  type ErrorCode,
  type MessageName,
  type ParsedRequestOf,
  type ResponseOf,
  type Result,
  type SenderKind,
} from './protocol';

type Sender = Browser.runtime.MessageSender;

/** What a handler knows about who sent the message (already checked). */
export interface HandlerContext {
  kind: SenderKind;
  tabId: number | null;
  frameId: number | null;
  url: string | null;
}

export type Handler<N extends MessageName> = (
  request: ParsedRequestOf<N>,
  context: HandlerContext,
) => Promise<ResponseOf<N>> | ResponseOf<N>;

export type Handlers = { [N in MessageName]: Handler<N> };

const LINKEDIN_PAGE = /^https:\/\/www\.linkedin\.com\//;

/**
 * Classifies a sender, or returns null for anything we do not talk to: other extensions,
 * web pages, frames other than LinkedIn's top frame.
 */
export function classifySender(sender: Sender, extensionId: string, extensionOrigin: string): HandlerContext | null {
  if (sender.id !== extensionId) return null;
  const url = sender.url ?? null;
  if (url?.startsWith(extensionOrigin)) {
    return { kind: 'extension-page', tabId: sender.tab?.id ?? null, frameId: sender.frameId ?? null, url };
  }
  if (url && LINKEDIN_PAGE.test(url) && sender.tab?.id !== undefined && (sender.frameId ?? 0) === 0) {
    return { kind: 'linkedin', tabId: sender.tab.id, frameId: 0, url };
  }
  return null;
}

function fail(code: ErrorCode, message: string): Result<never> {
  return { ok: false, error: { code, message } };
}

function isMessageName(value: unknown): value is MessageName {
  return typeof value === 'string' && Object.hasOwn(protocol, value);
}

/** Builds the router. `extensionId`/`extensionOrigin` come from `browser.runtime`. */
export function createRouter(handlers: Handlers, extensionId: string, extensionOrigin: string) {
  return async function route(message: unknown, sender: Sender): Promise<Result<unknown>> {
    if (!message || typeof message !== 'object') return fail('invalid-request', 'A message must be an object.');
    const { type, payload } = message as { type?: unknown; payload?: unknown };
    if (!isMessageName(type)) return fail('unknown-message', `Unknown message type.`);
    const definition = protocol[type];
    const context = classifySender(sender, extensionId, extensionOrigin);
    if (!context || !(definition.from as readonly SenderKind[]).includes(context.kind)) {
      return fail('forbidden-sender', `"${type}" is not accepted from this sender.`);
    }
    const parsed = definition.request.safeParse(payload ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? issue.path.join('.') : 'payload';
      return fail('invalid-request', `${where}: ${issue?.message ?? 'invalid'}`);
    }
    try {
      const handler: Handler<MessageName> = handlers[type];
      const data = await handler(parsed.data, context);
      return { ok: true, data };
    } catch (error) {
      console.warn(`[advocacy] handler for ${type} failed`, error);
      return fail('internal', error instanceof Error ? error.message : 'Something went wrong.');
    }
  };
}
