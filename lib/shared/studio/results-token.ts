/**
 * The collector's results token, kept only when the communications person ticks "Keep it on
 * this device" in the Results tab (issue 26): then in this browser's extension storage
 * (`storage.local`, key `studioResultsToken`), until they press "Forget the token" or delete
 * everything. Otherwise it lives in the page's memory and is gone when the studio closes.
 * It is never put in the person's data export (lib/worker/data).
 */
import { checkedFromVersion1, defineStoredItem } from '../settings';
import { textOrNull, type Reader } from '../settings/read';

export const RESULTS_TOKEN_KEY = 'studioResultsToken';
const readToken: Reader<string | null> = textOrNull(512);

export const resultsTokenItem = /* @__PURE__ */ defineStoredItem<string | null>(`local:${RESULTS_TOKEN_KEY}`, {
  fallback: null,
  read: readToken,
  version: 2,
  migrations: checkedFromVersion1(readToken),
});
