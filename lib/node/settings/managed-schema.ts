/**
 * Writes public/managed_schema.json from the one declaration of the organization's settings
 * (lib/shared/settings/managed-keys.ts):  npm run managed:schema
 * tests/unit/managed-settings.test.ts fails when the file and the declaration differ.
 */
import { writeFileSync } from 'node:fs';
import { managedSchemaText } from '../../shared/settings/managed-keys';

if (process.argv[1]?.endsWith('managed-schema.ts')) {
  writeFileSync(new URL('../../../public/managed_schema.json', import.meta.url), managedSchemaText());
  console.log('wrote public/managed_schema.json');
}
