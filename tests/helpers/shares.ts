/** Share records for tests: a complete, valid ShareEvent with whatever a test changes. */
import type { ShareEvent } from '@/lib/worker/db/types';

let counter = 0;

/** A post made from suggestion "item-1" in Danish; ids count up unless given. */
export function makeShare(overrides: Partial<ShareEvent> = {}): ShareEvent {
  counter += 1;
  return {
    id: `share_${String(counter).padStart(8, '0')}`,
    at: '2026-11-26T10:00:00.000Z',
    kind: 'post',
    suggestionId: 'item-1',
    suggestionTitle: 'Title',
    campaign: 'launch',
    language: 'da',
    changedRatio: 0.5,
    postUrl: null,
    sourceUrl: null,
    ...overrides,
  };
}
