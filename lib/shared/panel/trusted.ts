/**
 * Only the person drives the panel (S7). LinkedIn's page shares the DOM and can dispatch
 * clicks, input and key presses of its own; the browser marks those untrusted, and a page
 * cannot forge the flag. Every panel action checks it.
 */
export function byPerson(event: { nativeEvent?: Event; isTrusted?: boolean }): boolean {
  return (event.nativeEvent ?? event).isTrusted === true;
}
