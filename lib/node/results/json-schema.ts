/**
 * The JSON Schema of a report (public/report.schema.json), generated from the zod schema, the
 * single definition. Written by `npm run report:schema` (lib/node/collector/report-schema-cli.ts).
 */
import { z } from '../../shared/zod';
import { REPORT_BYTES, reportSchema } from '../../shared/results/report';

export function reportJsonSchema(): string {
  const schema = z.toJSONSchema(reportSchema, { io: 'input' });
  return `${JSON.stringify(
    {
      ...schema,
      $id: 'report.schema.json',
      title: 'Programme results report (POST /reports)',
      description: `One report, sent as exactly ${REPORT_BYTES} bytes of ASCII: the keys in this order, no whitespace, "pad" filled with "0"s to that length. Answers are randomized on the device (README, "Programme results").`,
    },
    null,
    2,
  )}\n`;
}
