/**
 * The send mock: answers messages as the background would. Each test file still declares
 * `vi.mock('@/lib/shared/messaging/send', () => ({ send: vi.fn() }))` itself (vi.mock is hoisted per file)
 * and hands the mocked `send` here.
 */
import type { Mock } from 'vitest';
import type { MessageName, Result } from '@/lib/worker/messaging/protocol';
import type { send } from '@/lib/shared/messaging/send';

export type Answer = Result<unknown> | ((payload: unknown) => Result<unknown> | Promise<Result<unknown>>);
export type Answers = Partial<Record<MessageName, Answer>>;

/** What an unmerged or unknown handler answers. */
export const UNAVAILABLE = { ok: false, error: { code: 'unknown-message', message: 'Unknown message type.' } } as const;

/** Makes `mock` answer each message from `answers`; anything else gets `otherwise(type)`. */
export function answerMessages(
  mock: Mock<typeof send>,
  answers: Answers,
  otherwise: (type: MessageName) => Result<unknown> = () => UNAVAILABLE,
): void {
  mock.mockImplementation((async (type: MessageName, payload: unknown) => {
    const found = answers[type];
    if (!found) return otherwise(type);
    return typeof found === 'function' ? found(payload) : found;
  }) as typeof send);
}
