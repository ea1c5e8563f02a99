/** Writes public/report.schema.json from the zod schema:  npm run report:schema */
import { writeFileSync } from 'node:fs';
import { reportJsonSchema } from '../results/json-schema';

writeFileSync(new URL('../../../public/report.schema.json', import.meta.url), reportJsonSchema());
console.log('wrote public/report.schema.json');
