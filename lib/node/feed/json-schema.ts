/**
 * Generates public/feed.schema.json from the zod schema (the single definition), for
 * editors that validate feeds, and the studio's key order (lib/pages/studio/feed-key-order.ts)
 * from it:  npm run feed:schema
 */
import { writeFileSync } from 'node:fs';
import { z } from '../../shared/zod';
import { keyOrderModule, keyOrderOf } from './key-order';
import { feedSchema } from '../../shared/feed/schema';

/** The JSON Schema of `schema` (the feed's by default) as published. */
export function feedJsonSchema(schema: z.ZodType = feedSchema): string {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ ...json, $id: 'feed.schema.json', title: 'Advocacy feed (JSON Feed 1.1 + _advocacy)' }, null, 2)}\n`;
}

/** lib/pages/studio/feed-key-order.ts for `schema` (the feed's by default). */
export function feedKeyOrderModule(schema: z.ZodType = feedSchema): string {
  return keyOrderModule(keyOrderOf(JSON.parse(feedJsonSchema(schema))));
}

if (process.argv[1]?.endsWith('json-schema.ts')) {
  writeFileSync(new URL('../../../public/feed.schema.json', import.meta.url), feedJsonSchema());
  // Formatted as the project's Prettier would (the module is checked by `npm run lint`).
  const target = new URL('../../pages/studio/feed-key-order.ts', import.meta.url);
  const { format, resolveConfig } = await import('prettier');
  const options = { ...(await resolveConfig(target)), filepath: target.pathname };
  writeFileSync(target, await format(feedKeyOrderModule(), options));
  console.log('wrote public/feed.schema.json and lib/pages/studio/feed-key-order.ts');
}
