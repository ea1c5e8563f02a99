/** Danish UI strings, assembled from one file per namespace. */
import type { Messages } from '../messages';
import { common } from './da/common';
import { popup } from './da/popup';
import { options } from './da/options';
import { panel } from './da/panel';
import { guidelines } from './da/guidelines';
import { feed } from './da/feed';
import { thisPage } from './da/this-page';
import { featured } from './da/featured';
import { badge } from './da/badge';

export const da: Messages = { common, popup, options, panel, guidelines, feed, thisPage, featured, badge };
