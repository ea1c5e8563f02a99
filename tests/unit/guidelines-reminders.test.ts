import { describe, expect, it } from 'vitest';
import { dismissReminder, reminderStateItem, takeReminder } from '@/lib/shared/guidelines/reminder-state';
import {
  BUILT_IN_REMINDERS,
  INITIAL_REMINDER_STATE,
  localize,
  pickReminder,
  remindersFor,
  safePolicyUrl,
  shouldShowReminder,
  type ReminderState,
} from '@/lib/shared/guidelines/reminders';
import { POLICY_TOPICS, type Policy, type PolicyReminder } from '@/lib/shared/guidelines/types';

const policy = (reminders: PolicyReminder[]): Policy => ({
  url: 'https://nordvind.example/policy',
  purpose: null,
  reminders,
  criticismContact: { name: 'Kommunikation', contact: 'presse@nordvind.example' },
});

describe('built-in reminders', () => {
  it('cover all five policy topics in Danish and English', () => {
    expect(BUILT_IN_REMINDERS.map((r) => r.topic).sort()).toEqual([...POLICY_TOPICS].sort());
    for (const reminder of BUILT_IN_REMINDERS) {
      expect(reminder.text.da).toBeTruthy();
      expect(reminder.text.en).toBeTruthy();
    }
  });

  it('are used only when the feed has no usable reminders', () => {
    expect(remindersFor(null)).toBe(BUILT_IN_REMINDERS);
    expect(remindersFor(policy([]))).toBe(BUILT_IN_REMINDERS);
    const own = [{ id: 'x', topic: 'positive' as const, text: { da: 'Hej' } }];
    expect(remindersFor(policy(own))).toEqual(own);
  });

  it('fall back to the other language', () => {
    expect(localize({ da: 'Hej' }, 'en')).toBe('Hej');
    expect(localize({ da: 'Hej', en: 'Hi' }, 'en')).toBe('Hi');
    expect(localize(null, 'da')).toBeNull();
  });
});

describe('rotation', () => {
  it('walks through the topics in order, wrapping around', () => {
    let state: ReminderState = INITIAL_REMINDER_STATE;
    const topics: string[] = [];
    for (let i = 0; i < 7; i++) {
      const picked = pickReminder(BUILT_IN_REMINDERS, state, new Date('2026-11-27T10:00:00Z'))!;
      topics.push(picked.reminder.topic);
      state = picked.next;
    }
    expect(topics).toEqual([...POLICY_TOPICS, 'purpose', 'positive']);
  });

  it('skips topics without reminders and takes turns within a topic', () => {
    const reminders: PolicyReminder[] = [
      { id: 'p1', topic: 'purpose', text: { en: 'one' } },
      { id: 'p2', topic: 'purpose', text: { en: 'two' } },
      { id: 'c1', topic: 'criticism', text: { en: 'three' } },
    ];
    let state = INITIAL_REMINDER_STATE;
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      const picked = pickReminder(reminders, state)!;
      ids.push(picked.reminder.id);
      state = picked.next;
    }
    expect(ids).toEqual(['p1', 'c1', 'p2', 'c1', 'p1', 'c1']);
    expect(pickReminder([], INITIAL_REMINDER_STATE)).toBeNull();
  });
});

describe('frequency', () => {
  const now = new Date(2026, 10, 27, 9, 0); // local time
  it('"always" and "never" do what they say', () => {
    expect(shouldShowReminder('always', now.toISOString(), now)).toBe(true);
    expect(shouldShowReminder('never', null, now)).toBe(false);
  });
  it('"daily" shows once per local calendar day', () => {
    expect(shouldShowReminder('daily', null, now)).toBe(true);
    expect(shouldShowReminder('daily', new Date(2026, 10, 27, 0, 5).toISOString(), now)).toBe(false);
    expect(shouldShowReminder('daily', new Date(2026, 10, 26, 23, 55).toISOString(), now)).toBe(true);
    expect(shouldShowReminder('daily', 'garbage', now)).toBe(true);
  });
});

describe('stored reminder state', () => {
  it('advances the rotation per composer opening and honours "daily"', async () => {
    const day = new Date(2026, 10, 27, 9, 0);
    const first = await takeReminder(null, 'daily', day);
    expect(first?.topic).toBe('purpose');
    expect(await takeReminder(null, 'daily', new Date(2026, 10, 27, 15, 0))).toBeNull();
    const next = await takeReminder(null, 'daily', new Date(2026, 10, 28, 8, 0));
    expect(next?.topic).toBe('positive');
    expect((await reminderStateItem.getValue()).nextTopicIndex).toBe(2);
  });

  it('records a dismissal without losing the rotation', async () => {
    await takeReminder(null, 'always');
    await dismissReminder(new Date('2026-11-27T10:00:00Z'));
    const state = await reminderStateItem.getValue();
    expect(state.dismissedAt).toBe('2026-11-27T10:00:00.000Z');
    expect(state.nextTopicIndex).toBe(1);
  });
});

describe('policy link', () => {
  it('allows https links only', () => {
    expect(safePolicyUrl('https://a.example/p')).toBe('https://a.example/p');
    expect(safePolicyUrl('javascript:alert(1)')).toBeNull();
    expect(safePolicyUrl('http://a.example')).toBeNull();
    expect(safePolicyUrl(null)).toBeNull();
  });
});
