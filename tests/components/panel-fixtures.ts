/** PanelData shaped like the background's answer, for the panel's component tests. */
import { composerDecision } from '@/lib/worker/feed/composer-decision';
import type { PanelData, Suggestion } from '@/lib/shared/feed/types';
import { DEFAULT_GUIDELINE_PARAMS } from '@/lib/shared/guidelines/types';
import { ALL_SWITCHES_ON } from '@/lib/shared/settings/composer-help';

export function suggestion(overrides: Partial<Suggestion> & { id: string }): Suggestion {
  return {
    title: `Title ${overrides.id}`,
    summary: `Summary ${overrides.id}`,
    url: `https://example.com/${overrides.id}`,
    trackedUrl: `https://example.com/${overrides.id}?utm_source=linkedin&utm_medium=employee-advocacy&utm_campaign=spring`,
    datePublished: '2026-11-01T00:00:00Z',
    expiresAt: null,
    campaign: 'spring',
    topics: [],
    audiences: [],
    hashtags: [],
    language: 'en',
    variants: [{ id: `${overrides.id}-en`, language: 'en', angle: null, text: `Text of ${overrides.id}` }],
    prompts: [],
    ...overrides,
  };
}

export function panelData(overrides: Partial<PanelData> = {}): PanelData {
  const features = overrides.features ?? ALL_SWITCHES_ON;
  return {
    // Every consent given; `withDecision` puts the worker's own decision in instead.
    help: {
      panel: true,
      suggestions: features.panel ? 'on' : 'switched-off',
      reminders: features.reminders,
      checks: features.draftChecks,
    },
    reminder: null,
    unavailable: null,
    organization: { name: 'Contoso', linkedinUrl: null, domains: ['example.com'] },
    policy: null,
    rules: DEFAULT_GUIDELINE_PARAMS,
    features,
    suggestions: [
      suggestion({
        id: 'old',
        title: 'Wind farm opens',
        datePublished: '2026-10-01T00:00:00Z',
        topics: ['energy'],
        campaign: 'autumn',
        hashtags: ['#energy', 'wind'],
        variants: [
          { id: 'old-en', language: 'en', angle: null, text: 'Our wind farm is open. #energy' },
          { id: 'old-da', language: 'da', angle: 'Hvad jeg lærte', text: 'Vores vindmøllepark er åbnet.' },
          { id: 'old-en-2', language: 'en', angle: 'For recruiters', text: 'We are hiring engineers for wind.' },
        ],
        prompts: [{ en: 'What did you learn from this?', da: 'Hvad lærte du af det?' }],
      }),
      suggestion({
        id: 'new',
        title: 'New office in Aarhus',
        datePublished: '2026-11-20T00:00:00Z',
        topics: ['people'],
      }),
    ],
    audiences: [],
    ...overrides,
  };
}

/**
 * `data` with the worker's own decision (lib/worker/feed/composer-decision.ts) from the stored consent,
 * preferences and reminder rotation, as the background's panel-data answer has it.
 */
export async function withDecision(data: PanelData): Promise<PanelData> {
  return { ...data, ...(await composerDecision(data.features, data.policy)) };
}
