/**
 * Generates public/feed.schema.json from the zod schema (the single definition), for
 * editors that validate feeds:  npm run feed:schema
 */
import { writeFileSync } from 'node:fs';
import { z } from '../zod';
import { feedSchema } from './schema';

export function feedJsonSchema(): string {
  const schema = z.toJSONSchema(feedSchema, { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ ...schema, $id: 'feed.schema.json', title: 'Advocacy feed (JSON Feed 1.1 + _advocacy)' }, null, 2)}\n`;
}

if (process.argv[1]?.endsWith('json-schema.ts')) {
  writeFileSync(new URL('../../public/feed.schema.json', import.meta.url), feedJsonSchema());
  console.log('wrote public/feed.schema.json');
}
