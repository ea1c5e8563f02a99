/**
 * Programme results, the pure core (lib/shared/results, lib/worker/results, lib/node/results): the privacy parameters, the two
 * randomization layers, the report's fixed-length wire format, and the estimator checked by a
 * seeded simulation of 2,000 programmes of 200 people (issue 26.6).
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clampMinReports, estimateYes } from '@/lib/node/results/estimate';
import { reportJsonSchema } from '@/lib/node/results/json-schema';
import {
  EPSILON_LIFETIME,
  EPSILON_ONE_REPORT,
  F,
  MIN_REPORTS_FLOOR,
  P,
  P_STAR,
  Q,
  Q_STAR,
} from '@/lib/shared/results/params';
import { cryptoRandom, instantAnswer, permanentAnswer, type Bit } from '@/lib/worker/results/randomize';
import {
  addPeriods,
  encodeReport,
  isAcceptedPeriod,
  parseReport,
  periodEnd,
  periodOf,
  periodStart,
  previousPeriod,
  REPORT_BYTES,
  reportAnswers,
  type Report,
} from '@/lib/shared/results/report';

/** A seeded generator (mulberry32): the same run every time. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const report = (over: Partial<Report> = {}): Report => ({
  v: 1,
  period: '2026-11',
  any: 1,
  campaign: 'spring-launch',
  campaign_answer: 0,
  ...over,
});

describe('privacy parameters', () => {
  it('keeps the lifetime ε per question at most ln 9 and one report weaker still', () => {
    expect(EPSILON_LIFETIME).toBeLessThanOrEqual(Math.log(9));
    expect(EPSILON_LIFETIME).toBeCloseTo(Math.log(7), 12);
    expect(EPSILON_ONE_REPORT).toBeLessThan(EPSILON_LIFETIME);
    expect(EPSILON_ONE_REPORT).toBeCloseTo(Math.log(2.2), 12);
  });

  it('derives q* and p* from the two layers', () => {
    expect(Q_STAR).toBeCloseTo((1 - F / 2) * Q + (F / 2) * P, 12);
    expect(Q_STAR).toBeCloseTo(0.6875, 12);
    expect(P_STAR).toBeCloseTo(0.3125, 12);
  });

  it('randomizes with the stated probabilities (seeded, 200,000 draws)', () => {
    const random = seeded(7);
    const draws = 200_000;
    let permanentKept = 0;
    let instantOnes = 0;
    let effectiveOnes = 0;
    for (let i = 0; i < draws; i += 1) {
      if (permanentAnswer(true, random) === 1) permanentKept += 1;
      if (instantAnswer(0, random) === 1) instantOnes += 1;
      if (instantAnswer(permanentAnswer(false, random), random) === 1) effectiveOnes += 1;
    }
    // Five standard deviations of a proportion at 200,000 draws: about 0.005.
    expect(permanentKept / draws).toBeCloseTo(1 - F / 2, 2);
    expect(instantOnes / draws).toBeCloseTo(P, 2);
    expect(effectiveOnes / draws).toBeCloseTo(P_STAR, 2);
  });

  it('draws uniform numbers in [0, 1) from Web Crypto', () => {
    for (let i = 0; i < 1000; i += 1) {
      const value = cryptoRandom();
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });
});

describe('the report on the wire', () => {
  const campaignId = fc.stringMatching(/^[\w.-]{1,100}$/);
  const anyReport = fc.record({
    v: fc.constant(1 as const),
    period: fc
      .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }))
      .map(([year, month]) => `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`),
    any: fc.constantFrom<Bit>(0, 1),
    campaign: fc.oneof(fc.constant(''), campaignId),
    campaign_answer: fc.constantFrom<Bit>(0, 1),
  });

  it('has exactly the same byte length for every report, and reads back what was written', () => {
    fc.assert(
      fc.property(anyReport, (value) => {
        const text = encodeReport(value);
        expect(new TextEncoder().encode(text).length).toBe(REPORT_BYTES);
        expect(parseReport(text)).toEqual({ ok: true, report: value });
      }),
      { numRuns: 500 },
    );
  });

  it('pads the shortest and the longest campaign to the same length', () => {
    const none = encodeReport(report({ campaign: '' }));
    const longest = encodeReport(report({ campaign: 'x'.repeat(100) }));
    expect(none.length).toBe(REPORT_BYTES);
    expect(longest.length).toBe(REPORT_BYTES);
    expect(JSON.parse(none)).toMatchObject({ campaign: '', any: 1 });
  });

  it('refuses to encode what is not a report', () => {
    expect(() => encodeReport(report({ campaign: 'x'.repeat(101) }))).toThrow();
    expect(() => encodeReport(report({ campaign: 'a b' }))).toThrow();
    expect(() => encodeReport(report({ any: 2 as Bit }))).toThrow();
    expect(() => encodeReport(report({ period: '2026-13' }))).toThrow();
  });

  it('rejects non-binary answers, unknown keys, another encoding and other lengths', () => {
    const good = encodeReport(report());
    const same = (text: string) => text.padEnd(REPORT_BYTES, ' ').slice(0, REPORT_BYTES);
    const cases = {
      'non-binary any': good.replace('"any":1', '"any":2'),
      'answer as a string': same(good.replace('"any":1', '"any":"1"')),
      'answer as true': same(good.replace('"any":1', '"any":true')),
      'unknown key': same(good.replace('"pad":"0000000', '"x":1,"pad":"0')),
      'unknown version': good.replace('"v":1', '"v":2'),
      'bad period': good.replace('2026-11', '2026-13'),
      'bad campaign': good.replace('spring-launch', 'spring launch'),
      'padding with other characters': good.replace('"pad":"00', '"pad":"ab'),
      'trailing spaces instead of padding': same(good.replace(/0+"}$/, '"}')),
      'key order': same(
        `{"period":"2026-11","v":1,"any":1,"campaign":"spring-launch","campaign_answer":0,"pad":"${'0'.repeat(100)}"}`,
      ),
      'one byte short': good.slice(0, -1),
      'one byte long': `${good} `,
      oversized: good.repeat(40),
      'not JSON': 'x'.repeat(REPORT_BYTES),
      'non-ASCII': good.replace('spring-launch', 'spring-læunch').slice(0, REPORT_BYTES),
      empty: '',
    };
    for (const [name, text] of Object.entries(cases)) expect(parseReport(text).ok, name).toBe(false);
    expect(parseReport(good).ok).toBe(true);
  });

  it('counts the campaign question only when the report names a campaign', () => {
    expect(reportAnswers(report())).toEqual([
      { question: 'any', answer: 1 },
      { question: 'campaign:spring-launch', answer: 0 },
    ]);
    expect(reportAnswers(report({ campaign: '' }))).toEqual([{ question: 'any', answer: 1 }]);
  });

  it('has a committed JSON Schema that matches the zod schema', () => {
    expect(readFileSync('public/report.schema.json', 'utf8')).toBe(reportJsonSchema());
  });
});

describe('periods', () => {
  it('names calendar months in UTC and steps across years', () => {
    expect(periodOf(new Date('2026-11-30T23:59:59Z'))).toBe('2026-11');
    expect(periodOf(new Date('2026-12-01T00:00:00Z'))).toBe('2026-12');
    expect(previousPeriod(new Date('2027-01-02T10:00:00Z'))).toBe('2026-12');
    expect(addPeriods('2026-12', 1)).toBe('2027-01');
    expect(addPeriods('2026-01', -13)).toBe('2024-12');
    expect(periodStart('2026-02')).toBe(Date.UTC(2026, 1, 1));
    expect(periodEnd('2026-12')).toBe(Date.UTC(2027, 0, 1));
  });

  it('accepts the current month and the two before it, nothing further away', () => {
    const now = new Date('2026-12-02T08:00:00Z');
    expect(['2026-10', '2026-11', '2026-12'].map((p) => isAcceptedPeriod(p, now))).toEqual([true, true, true]);
    expect(['2026-09', '2027-01', '2036-12', '1999-12', '2026-1', 'x'].map((p) => isAcceptedPeriod(p, now))).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('the estimator', () => {
  it('gives no figure below the minimum, which is never under 20', () => {
    expect(estimateYes(19, 10)).toEqual({ n: 19, tooFew: true, minReports: 20 });
    expect(estimateYes(30, 10, 5)).toMatchObject({ tooFew: false });
    expect(estimateYes(30, 10, 40)).toEqual({ n: 30, tooFew: true, minReports: 40 });
    expect(clampMinReports(3)).toBe(MIN_REPORTS_FLOOR);
    expect(clampMinReports(undefined)).toBe(20);
    expect(clampMinReports(25.5)).toBe(26);
    expect(() => estimateYes(10, 11)).toThrow(RangeError);
  });

  it('inverts the expected count exactly and keeps the interval inside [0, n]', () => {
    const n = 1000;
    const yes = 300;
    const expectedOnes = yes * Q_STAR + (n - yes) * P_STAR;
    const result = estimateYes(n, Math.round(expectedOnes));
    if (result.tooFew) throw new Error('expected a figure');
    expect(result.estimate).toBeCloseTo(yes, 0);
    expect(result.low).toBeLessThan(yes);
    expect(result.high).toBeGreaterThan(yes);
    const none = estimateYes(n, 0);
    const all = estimateYes(n, n);
    if (none.tooFew || all.tooFew) throw new Error('expected a figure');
    expect([none.low, none.high]).toEqual([0, 0]);
    expect([all.low, all.high]).toEqual([n, n]);
  });

  it('is unbiased and its 95 % interval covers the truth 93–97 % of the time: 2,000 programmes of 200 people (seeded)', () => {
    const random = seeded(26);
    const programmes = 2000;
    const people = 200;
    for (const share of [0.5, 0.3, 0.1]) {
      let truths = 0;
      let estimates = 0;
      let covered = 0;
      for (let programme = 0; programme < programmes; programme += 1) {
        let yes = 0;
        let ones = 0;
        for (let person = 0; person < people; person += 1) {
          const shared = random() < share;
          if (shared) yes += 1;
          ones += instantAnswer(permanentAnswer(shared, random), random);
        }
        const result = estimateYes(people, ones);
        if (result.tooFew) throw new Error('200 reports are enough');
        truths += yes;
        estimates += result.estimate;
        if (result.low <= yes && yes <= result.high) covered += 1;
      }
      const meanTruth = truths / programmes;
      const meanEstimate = estimates / programmes;
      // Within 1 % of the truth where half the colleagues shared; within 1 percentage point of the
      // colleagues otherwise (the mean's own standard error is about 0.4 people).
      if (share === 0.5) expect(Math.abs(meanEstimate - meanTruth) / meanTruth, `share ${share}`).toBeLessThan(0.01);
      expect(Math.abs(meanEstimate - meanTruth) / people, `share ${share}`).toBeLessThan(0.01);
      expect(covered / programmes, `coverage at share ${share}`).toBeGreaterThanOrEqual(0.93);
      expect(covered / programmes, `coverage at share ${share}`).toBeLessThanOrEqual(0.97);
    }
  });
});
