/** English strings of the guidelines namespace. */
export const guidelines = {
  title: 'Guidelines',
  severity: {
    'heads-up': 'Heads-up',
    info: 'Tip',
  },
  findingsTitle: 'Before you post',
  findingsCount_one: '{{count}} thing to look at',
  findingsCount_other: '{{count}} things to look at',
  neverBlocks: 'Only advice: you decide what to post.',
  finding: {
    confidential: '“{{term}}” is on the list of things that stay internal for now.',
    disclosure: 'You mention {{name}}. Let readers know you work there, e.g. with “{{phrase}}”.',
    tracking:
      'Add the campaign tag to this link to {{host}}, so the team can see what sharing brings. Nothing about you is added.',
    'identical-copy':
      'Your draft is {{percent}} % the same as the suggestion. Add a line in your own words: identical posts read like ads.',
    criticism: 'This looks like an answer to criticism of the company. You don’t have to answer it yourself.',
    criticismContact: '{{name}} handles criticism: {{contact}}',
    'too-long': 'LinkedIn allows {{max}} characters; this is {{over}} too many.',
    hashtags: '{{count}} hashtags: the company suggests at most {{max}}.',
    shouting: '“{{text}}” is in capitals, which can read like shouting.',
    'styled-letters': 'Screen readers can’t read Unicode “bold” or “italic” letters (“{{text}}”).',
    fold: 'Only the first {{count}} characters show before “…see more”. It cuts after: “{{tail}}”',
  },
  fix: {
    removeTerm: 'Remove it',
    addDisclosure: 'Add “{{text}}”',
    addUtm: 'Add campaign tag',
    plainLetters: 'Use plain letters',
  },
  reminder: {
    title: 'A reminder',
    policyLink: 'Read the full policy',
    criticismContact: 'Criticism of the company? {{name}} handles it: {{contact}}',
    dismiss: 'Hide reminder',
  },
  comment: {
    label: 'Help for your comment',
    criticism: 'Criticism of {{organization}}? {{name}} answers it: {{contact}}. You don’t have to reply yourself.',
    criticismTeam:
      'Criticism of {{organization}}? Your company’s communications team answers it. You don’t have to reply yourself.',
    close: 'Close',
    neverWrites: 'Only advice: nothing is written into your comment, and you decide what to send.',
    talkingSearch: 'Search talking points',
    talkingNone: 'No talking point matches “{{query}}”.',
  },
};
