/**
 * The two randomization layers (lib/shared/results/params.ts). `random` returns a uniform number in
 * [0, 1): the device passes one built on crypto.getRandomValues, the tests a seeded generator.
 */
import { F, P, Q } from '../../shared/results/params';

export type Bit = 0 | 1;

/**
 * The permanent randomized answer for one true answer: the truth with probability 1 − f,
 * otherwise a fair coin. Drawn once per (question, true answer) and kept (memoized) for as
 * long as the extension is installed, never drawn again.
 */
export function permanentAnswer(truth: boolean, random: () => number): Bit {
  if (random() < F) return random() < 0.5 ? 1 : 0;
  return truth ? 1 : 0;
}

/** The answer sent in one report: 1 with probability q if the permanent answer is 1, p if it is 0. */
export function instantAnswer(permanent: Bit, random: () => number): Bit {
  return random() < (permanent === 1 ? Q : P) ? 1 : 0;
}

/** A uniform number in [0, 1) from the platform's cryptographic generator (Web Crypto). */
export function cryptoRandom(): number {
  const words = new Uint32Array(2);
  globalThis.crypto.getRandomValues(words);
  // 53 random bits, as Math.random would have.
  return ((words[0]! >>> 5) * 67108864 + (words[1]! >>> 6)) / 9007199254740992;
}
