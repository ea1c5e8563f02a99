/**
 * The shape every language must fill: the English keys, any strings. In its own file so the
 * Danish strings can name it without importing the i18n runtime that imports them.
 */
import type { en } from './locales/en';

type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
export type Messages = DeepStrings<typeof en>;
