import { describe, expect, it } from 'vitest';
import { applyFix, checkDraft, fixEdit, foldPosition, type CheckContext, type Finding } from '@/lib/guidelines/checks';
import { DEFAULT_GUIDELINE_PARAMS, type GuidelineParams } from '@/lib/guidelines/types';

const params: GuidelineParams = {
  ...DEFAULT_GUIDELINE_PARAMS,
  confidentialTerms: ['Projekt Blåhval', 'Blåhval', 'NV-X15', 'Project Sea Eagle'],
  mentionTerms: ['Nordvind', 'Nordvind Energi'],
  disclosurePhrases: ['#ansat', 'I work at Nordvind'],
  trackedDomains: ['nordvind.example'],
  utm: { source: 'linkedin', medium: 'employee-advocacy', campaign: 'vinter-2026' },
};
const da: CheckContext = { language: 'da', suggestions: [] };
const en: CheckContext = { language: 'en', suggestions: [] };

const ofKind = (findings: Finding[], kind: Finding['kind']) => findings.filter((finding) => finding.kind === kind);
const spanText = (draft: string, finding: Finding) => draft.slice(finding.span!.start, finding.span!.end);

describe('confidential terms', () => {
  it('finds a code name case- and accent-insensitively, with æøå transliterated, span in the original text', () => {
    const draft = 'Vi er i gang med PROJEKT BLAAHVAL – og det går godt.';
    const [finding] = ofKind(checkDraft(draft, params, da), 'confidential');
    expect(finding?.severity).toBe('heads-up');
    expect(spanText(draft, finding!)).toBe('PROJEKT BLAAHVAL');
  });

  it('finds the Danish spelling when the feed wrote the transliteration, and across a line break', () => {
    const feed = { ...params, confidentialTerms: ['projekt blaahval'] };
    const draft = 'Nyt fra Projekt\nBlåhval i dag';
    const [finding] = ofKind(checkDraft(draft, feed, da), 'confidential');
    expect(spanText(draft, finding!)).toBe('Projekt\nBlåhval');
  });

  it('finds English terms and terms with punctuation', () => {
    const draft = 'Our new turbine NV-X15 ships with Project Sea Eagle.';
    const found = ofKind(checkDraft(draft, params, en), 'confidential').map((f) => spanText(draft, f));
    expect(found).toEqual(['NV-X15', 'Project Sea Eagle']);
  });

  // Decision: whole words only. "Blåhvalen" (the blue whale) is another word, and flagging
  // every inflection would mostly produce false alarms on ordinary words.
  it('matches whole words only: no hit inside "Blåhvalen" or "NV-X150"', () => {
    const draft = 'Blåhvalen er verdens største dyr. Modellen NV-X150 er gammel.';
    expect(ofKind(checkDraft(draft, params, da), 'confidential')).toEqual([]);
  });

  it('fixes by removing the term without leaving a double space, and the fix clears the finding', () => {
    const draft = 'Spændende nyt om Blåhval i dag.';
    const finding = ofKind(checkDraft(draft, params, da), 'confidential')[0]!;
    const fixed = applyFix(draft, finding);
    expect(fixed).toBe('Spændende nyt om i dag.');
    expect(ofKind(checkDraft(fixed, params, da), 'confidential')).toEqual([]);
  });
});

describe('disclosure', () => {
  it('asks to disclose when the organization is mentioned, and appends the first phrase', () => {
    const draft = 'Godt arbejde af Nordvind Energi i år!';
    const finding = ofKind(checkDraft(draft, params, da), 'disclosure')[0]!;
    expect(finding.severity).toBe('heads-up');
    expect(spanText(draft, finding)).toBe('Nordvind');
    expect(finding.fix?.kind).toBe('append');
    const fixed = applyFix(draft, finding);
    expect(fixed).toBe('Godt arbejde af Nordvind Energi i år!\n\n#ansat');
    expect(ofKind(checkDraft(fixed, params, da), 'disclosure')).toEqual([]);
  });

  it('is quiet when a disclosure phrase is there, in any case', () => {
    expect(ofKind(checkDraft('i work at nordvind and love it', params, en), 'disclosure')).toEqual([]);
    expect(ofKind(checkDraft('Nordvind rocks #Ansat', params, da), 'disclosure')).toEqual([]);
  });

  it('uses the organization name from the context and a built-in phrase when the feed has none', () => {
    const feed = { ...params, mentionTerms: [], disclosurePhrases: [] };
    const draft = 'Proud of Contoso today';
    const finding = ofKind(checkDraft(draft, feed, { ...en, organizationName: 'Contoso' }), 'disclosure')[0]!;
    expect(applyFix(draft, finding)).toBe('Proud of Contoso today\n\n#employee');
  });

  it('does not count a hashtag that only starts with a phrase ("#ansatte")', () => {
    expect(ofKind(checkDraft('Nordvind søger #ansatte', params, da), 'disclosure')).toHaveLength(1);
  });
});

describe('tracking', () => {
  it('offers the campaign UTM for an organization link, keeping its other parameters', () => {
    const draft = 'Læs mere: https://www.nordvind.example/nyt?id=7#top. Tak!';
    const finding = ofKind(checkDraft(draft, params, da), 'tracking')[0]!;
    expect(spanText(draft, finding)).toBe('https://www.nordvind.example/nyt?id=7#top');
    const fixed = applyFix(draft, finding);
    const url = new URL(fixed.slice(10, fixed.indexOf('. Tak')));
    expect(url.searchParams.get('id')).toBe('7');
    expect(url.hash).toBe('#top');
    expect(url.searchParams.get('utm_campaign')).toBe('vinter-2026');
    expect(url.searchParams.get('utm_source')).toBe('linkedin');
    // Only the three campaign-level values are added: nothing about the person.
    expect([...url.searchParams.keys()].sort()).toEqual(['id', 'utm_campaign', 'utm_medium', 'utm_source']);
    expect(ofKind(checkDraft(fixed, params, da), 'tracking')).toEqual([]);
  });

  it('ignores links that already carry UTM and links to other domains', () => {
    const draft = 'https://nordvind.example/a?utm_source=x and https://evil-nordvind.example/b and https://example.com';
    expect(ofKind(checkDraft(draft, params, en), 'tracking')).toEqual([]);
  });
});

describe('identical copy', () => {
  const suggestion = 'Vi har netop åbnet vores nye havvindmøllepark ud for Anholt. Læs mere om projektet her.';
  it('says "make it yours" when the draft is the suggestion', () => {
    const findings = checkDraft(suggestion, params, { ...da, suggestions: [suggestion] });
    expect(ofKind(findings, 'identical-copy')[0]?.values.percent).toBe(100);
  });
  it('is quiet once the person rewrote it, and honours the feed threshold', () => {
    const own = 'Jeg var med til at bygge den nye park ved Anholt, og jeg er stolt. Se selv.';
    expect(ofKind(checkDraft(own, params, { ...da, suggestions: [suggestion] }), 'identical-copy')).toEqual([]);
    const close = `${suggestion} Fedt!`;
    expect(
      ofKind(
        checkDraft(close, { ...params, similarityThreshold: 1 }, { ...da, suggestions: [suggestion] }),
        'identical-copy',
      ),
    ).toEqual([]);
    expect(ofKind(checkDraft(close, params, { ...da, suggestions: [suggestion] }), 'identical-copy')).toHaveLength(1);
  });
});

describe('criticism', () => {
  it('reminds who handles criticism when a reply to a complaint mentions the organization (da and en)', () => {
    expect(ofKind(checkDraft('Jeg forstår godt din klage over Nordvind', params, da), 'criticism')).toHaveLength(1);
    expect(ofKind(checkDraft('So sorry you are disappointed with Nordvind', params, en), 'criticism')).toHaveLength(1);
    expect(ofKind(checkDraft('Nordvind har dårlig service? Det er jeg ked af.', params, da), 'criticism')).toHaveLength(
      1,
    );
  });
  it('uses the feed keywords too, and stays quiet without an organization mention', () => {
    const feed = { ...params, criticismKeywords: { da: ['vrøvl'], en: [] } };
    expect(ofKind(checkDraft('Nordvind og vrøvl', feed, da), 'criticism')).toHaveLength(1);
    expect(ofKind(checkDraft('Min klage over vejret', params, da), 'criticism')).toEqual([]);
  });
});

describe('form', () => {
  it('flags a post over 3,000 characters with the excess span', () => {
    const draft = 'a '.repeat(1600);
    const [finding] = ofKind(checkDraft(draft, params, en), 'too-long');
    expect(finding?.span).toEqual({ start: 3000, end: 3200 });
    expect(ofKind(checkDraft('a '.repeat(1500), params, en), 'too-long')).toEqual([]);
  });

  it('counts hashtags against the feed maximum (default 5)', () => {
    expect(ofKind(checkDraft('#a #b #c #d #e', params, en), 'hashtags')).toEqual([]);
    const [finding] = ofKind(checkDraft('#a #b #c #d #e #grøn', params, en), 'hashtags');
    expect(finding?.values).toEqual({ count: 6, max: 5 });
    expect(ofKind(checkDraft('#a #b', { ...params, maxHashtags: 1 }, en), 'hashtags')).toHaveLength(1);
    // Not hashtags: anchors in URLs' middle, numbers.
    expect(ofKind(checkDraft('#1 #2 #3 #4 #5 #6 x#y', params, en), 'hashtags')).toEqual([]);
  });

  it('notices shouting (3+ all-caps words, Danish letters included) but not an acronym', () => {
    const draft = 'Hej. DET ER HELT FANTASTISK ÆRLIGT. Ring til CEO og CFO.';
    const [finding] = ofKind(checkDraft(draft, params, da), 'shouting');
    expect(spanText(draft, finding!)).toBe('DET ER HELT FANTASTISK ÆRLIGT');
    expect(ofKind(checkDraft('We met the CEO at NASA today', params, en), 'shouting')).toEqual([]);
  });

  it('turns Unicode "bold" letters into plain ones', () => {
    const draft = 'Big news: 𝐍𝐲𝐭 𝐩𝐫𝐨𝐝𝐮𝐤𝐭 and 𝘪𝘵𝘢𝘭𝘪𝘤!';
    const findings = ofKind(checkDraft(draft, params, en), 'styled-letters');
    expect(findings).toHaveLength(2);
    let fixed = draft;
    for (const finding of findings.reverse()) fixed = applyFix(fixed, finding);
    expect(fixed).toBe('Big news: Nyt produkt and italic!');
  });

  it('shows where the "…see more" fold falls, only when something is hidden', () => {
    const draft = `${'Første linje med en god krog. '.repeat(10)}Resten.`;
    const [finding] = ofKind(checkDraft(draft, params, da), 'fold');
    expect(finding!.span!.end).toBeLessThanOrEqual(210);
    expect(draft[finding!.span!.end]).toBe(' ');
    expect(ofKind(checkDraft('Kort opslag.', params, da), 'fold')).toEqual([]);
    expect(foldPosition('a\nb\nc\nd')).toBe(5);
  });
});

describe('findings and fixes', () => {
  it('has no findings for an empty draft, and lists heads-ups before tips', () => {
    expect(checkDraft('   ', params, da)).toEqual([]);
    const findings = checkDraft('#a #b #c #d #e #f Blåhval', params, da);
    expect(findings.map((f) => f.severity)).toEqual(['heads-up', 'info']);
  });

  it('does nothing with a stale fix (the draft changed where it applies)', () => {
    const draft = 'Om Blåhval.';
    const finding = checkDraft(draft, params, da).find((f) => f.kind === 'confidential')!;
    expect(fixEdit('Noget helt andet', finding)).toBeNull();
    expect(applyFix('Noget helt andet', finding)).toBe('Noget helt andet');
    expect(fixEdit(draft, finding)).toEqual({ start: 2, end: 10, text: '' });
  });
});

describe('similarity used by the identical-copy rule', () => {
  it('equals textSimilarity from lib/text (same measure, computed faster)', async () => {
    const { textSimilarity } = await import('@/lib/text/similarity');
    const { diceSimilarity, wordBigrams } = await import('@/lib/guidelines/checks');
    const samples = [
      '',
      'Hej',
      'Hej med dig',
      'Vi har åbnet en ny park. Vi har åbnet!',
      'vi HAR åbnet en ny park',
      '#grøn energi #grøn',
    ];
    for (const a of samples)
      for (const b of samples)
        expect(diceSimilarity(wordBigrams(a), wordBigrams(b))).toBeCloseTo(textSimilarity(a, b), 10);
  });
});
