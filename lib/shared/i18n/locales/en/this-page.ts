/**
 * English strings of "This page" in the popup: share the page the person is on, or suggest it to
 * the communications team (lib/shared/this-page, lib/worker/this-page). Informational wording only: no urging, no targets.
 */
export const thisPage = {
  heading: 'This page',
  share: 'Share this page on LinkedIn',
  shareHint: 'Opens LinkedIn’s composer with the link. You write the words and post it yourself.',
  opened: 'LinkedIn’s composer is open in a new tab.',
  notShareable: 'This page cannot be shared from here.',
  noPage: 'Open a web page to share it or suggest it.',
  failed: 'LinkedIn’s composer could not be opened: {{reason}}',
  suggest: 'Suggest this page to {{name}}',
  suggestHint: 'Opens a mail draft in your own mail program. Nothing is sent unless you send it.',
  mailSubject: 'Suggestion for our feed: {{title}}',
  mailBody: 'Hi,\n\nThis page could be worth sharing:\n\n{{title}}\n{{url}}\n',
};
