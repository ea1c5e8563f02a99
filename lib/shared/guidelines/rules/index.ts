/**
 * The registry: every guideline rule, one file each in this folder, named after its kind.
 * checkDraft runs them in this order (heads-ups are sorted first afterwards).
 * tests/unit/guideline-rules.test.ts checks every file here is listed and has its own tests.
 */
import type { GuidelineRule } from '../rule';
import { confidential } from './confidential';
import { criticism } from './criticism';
import { disclosure } from './disclosure';
import { fold } from './fold';
import { hashtags } from './hashtags';
import { identicalCopy } from './identical-copy';
import { shouting } from './shouting';
import { styledLetters } from './styled-letters';
import { tooLong } from './too-long';
import { tracking } from './tracking';

export const RULES: readonly GuidelineRule[] = [
  confidential,
  disclosure,
  criticism,
  tooLong,
  tracking,
  identicalCopy,
  hashtags,
  shouting,
  styledLetters,
  fold,
];
