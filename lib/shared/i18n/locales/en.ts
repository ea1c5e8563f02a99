/**
 * English UI strings: the reference for every other language (da.ts must have exactly the
 * same keys, enforced by its type and by tests/unit/i18n.test.ts). One namespace per surface,
 * one file each, so features grow without touching each other. Plurals use i18next's
 * suffixes (_one, _other), which map to Intl.PluralRules (Danish has the same two forms).
 */
import { common } from './en/common';
import { popup } from './en/popup';
import { options } from './en/options';
import { panel } from './en/panel';
import { guidelines } from './en/guidelines';
import { feed } from './en/feed';
import { thisPage } from './en/this-page';
import { featured } from './en/featured';
import { badge } from './en/badge';

export const en = { common, popup, options, panel, guidelines, feed, thisPage, featured, badge };
