/**
 * One feed model (issue 23): the zod schema in lib/shared/feed/schema.ts is the one definition, and the
 * JSON Schema, the studio's field paths and feed.json's key order derive from it. A sample item
 * field is added to a copy of the schema: every derived piece must pick it up with no other
 * change, and the derived files in the repository must match the real schema. What a new item
 * field still touches by hand is the README's recipe (Architecture, "A new feed field"): the
 * schema, its studio form field, its texts (both languages), and its panel use (lib/shared/feed/normalize.ts
 * and `Suggestion` in lib/shared/feed/types.ts) — nothing else.
 */
import { describe, expect, it } from 'vitest';
import { feedJsonSchema } from '@/lib/node/feed/json-schema';
import { keyOrderOf } from '@/lib/node/feed/key-order';
import { relaxItem } from '@/lib/shared/feed/lenient';
import { feedItemSchema, feedSchema, itemAdvocacySchema, localizedSchema } from '@/lib/shared/feed/schema';
import { FEED_KEY_ORDER } from '@/lib/pages/studio/feed-key-order';
import type { FeedPath, PathsOf } from '@/lib/pages/studio/path';
import { canonical } from '@/lib/pages/studio/serialize';
import { z } from '@/lib/shared/zod';

/** The copy: the feed schema with one more item field, `_advocacy.sample_field` (issue 27 made `talking_points` real). */
const sampleAdvocacy = itemAdvocacySchema.extend({ sample_field: z.array(localizedSchema).max(5).optional() });
const sampleItem = z.object({ ...feedItemSchema.shape, _advocacy: sampleAdvocacy.optional() });
const sampleFeed = feedSchema.extend({ items: z.array(sampleItem).max(500) });

type SamplePath = PathsOf<z.input<typeof sampleFeed>>;
// Checked by tsc (npm run typecheck): the new field is a studio path at once, a typo is not.
const samplePath: SamplePath = ['items', 0, '_advocacy', 'sample_field', 1, 'da'];
// @ts-expect-error: the real schema has no such field yet, so the studio cannot address it.
const notYet: FeedPath = ['items', 0, '_advocacy', 'sample_field'];
// @ts-expect-error: a misspelled field fails tsc.
const misspelled: SamplePath = ['items', 0, '_advocacy', 'sample_fiel'];

const item = {
  id: 'a',
  url: 'https://example.com/a',
  title: 'A',
  _advocacy: {
    sample_field: [{ en: 'Why it matters' }],
    prompts: [{ en: 'What did you learn?' }],
    campaign: 'spring',
  },
};

describe('a new item field added to the schema', () => {
  it('is in the JSON Schema for editors', () => {
    const json = JSON.parse(feedJsonSchema(sampleFeed));
    const advocacy = json.properties.items.items.properties._advocacy;
    expect(Object.keys(advocacy.properties)).toContain('sample_field');
    expect(advocacy.properties.sample_field.type).toBe('array');
  });

  it('is written in its schema place by the studio, with no list to extend', () => {
    const order = keyOrderOf(JSON.parse(feedJsonSchema(sampleFeed)));
    const written = canonical({ items: [item] }, true, order) as { items: { _advocacy: object }[] };
    // Declared after `prompts`, and `campaign` before both: the schema's order, not the source's.
    expect(Object.keys(written.items[0]!._advocacy)).toEqual(['campaign', 'prompts', 'sample_field']);
    // With the real order (no such field) it would go last, alphabetically among unknown keys.
    expect(order).not.toEqual(FEED_KEY_ORDER);
  });

  it('reaches the schema through the liberal reading step, and the schema keeps it', () => {
    const relaxed = relaxItem(item, null);
    const parsed = sampleItem.parse(relaxed);
    expect(parsed._advocacy?.sample_field).toEqual([{ en: 'Why it matters' }]);
    // The real schema drops what it does not know (JSON Feed: unknown fields are ignored).
    expect(feedItemSchema.parse(relaxed)._advocacy).not.toHaveProperty('sample_field');
  });

  it('type-checks as a studio path (and a typo does not)', () => {
    expect(samplePath).toHaveLength(6);
    expect([notYet, misspelled]).toHaveLength(2);
  });
});

describe('the derived pieces in the repository', () => {
  it('match the schema: the studio key order (npm run feed:schema)', () => {
    expect(FEED_KEY_ORDER).toEqual(keyOrderOf(JSON.parse(feedJsonSchema())));
  });
});
