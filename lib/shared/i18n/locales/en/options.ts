/** English strings of the options namespace. */
export const options = {
  title: 'Settings',
  documentTitle: 'Advocacy for LinkedIn: settings',
  introAgain: 'Show the introduction again',
  onboarding: {
    heading: 'Welcome. You decide what happens.',
    intro:
      "This extension helps you share your company's news on LinkedIn, in your own words. Nothing happens on LinkedIn until you switch something on below.",
    doesTitle: 'What it does',
    does1: "Shows suggested posts from your company beside LinkedIn's own post composer.",
    does2: "Reminds you of your company's social media guidelines while you write.",
    does3: 'If you want, keeps a private record of what you shared, so you can see your own numbers.',
    storesTitle: 'What it stores',
    stores:
      'Your choices on this page and, only if you switch it on, a note of each share: when, which suggestion, and how much you changed it. Never the text you wrote. Everything stays on this device, in this browser.',
    neverTitle: 'What it never does',
    never1: "Post for you. You always press LinkedIn's Post button yourself.",
    never2:
      'Report to your employer. Nothing about you leaves this device; if you choose “Count my sharing anonymously”, only a monthly yes/no swapped at random, which says nothing about you alone.',
    never3: 'Rank you against colleagues. There are no leaderboards, points or targets.',
    choicesTitle: 'Your choices',
    choicesIntro: 'Everything is off until you switch it on. You can change your mind at any time in the settings.',
    done: 'Done, go to the settings',
  },
  consent: {
    heading: 'What you allow',
    intro:
      'Each switch is separate and off until you turn it on. Turning one off takes effect at once, also in LinkedIn tabs that are already open.',
    panel: {
      label: "Show suggested posts in LinkedIn's composer",
      description:
        'A panel beside the composer with your company’s suggestions. Nothing goes into your post until you pick a suggestion, and you always press Post yourself.',
    },
    reminders: {
      label: 'Show guideline reminders while I write',
      description: "Short, friendly reminders from your company's social media guidelines while you write a post.",
    },
    commentHelp: {
      label: 'Also help in comment boxes',
      description:
        'When you write a comment on LinkedIn, a small box beside it can tell you who at your company answers criticism, so you don’t have to reply yourself, and check your comment for confidential words, a missing disclosure, capitals and styled letters. It reads the post you answer and your comment on this device only, while you write; nothing is kept or sent, and it never writes or posts anything.',
      needsReminders: 'Works only while “Show guideline reminders while I write” is on.',
    },
    recordShares: {
      label: 'Keep a private record of my shares',
      description:
        'When you post, the extension notes when, which suggestion and how much you changed it (for a page you share with “Share this page”, its address), never your text. It stays on this device and only you see it, in the popup.',
    },
    countResults: {
      label: 'Count my sharing anonymously for the programme',
      description:
        'Once a month, a few days after the month ends, one short report goes to {{collector}}: yes or no for whether you shared anything that month, and yes or no for one campaign drawn at random. Each answer is swapped at random before it leaves: 1 in {{coin}} of your answers is replaced for good by a coin toss, and each report tosses again, so a true “yes” arrives as yes {{yes}} % of the time and a true “no” still arrives as yes {{no}} % of the time. Nobody can tell from your reports what you did; only the total over many colleagues says something. No name, no id, no day or time, no language. The answers are computed from your private record. Every report sent is listed under “What was sent”.',
    },
    on: 'On since {{date}} (policy version {{version}})',
    offSince: 'Off since {{date}}',
    off: 'Off',
    outdated: 'You said yes under policy version {{version}}. Please confirm again.',
    outdatedBanner: 'We changed what we store — please confirm again',
    outdatedDetail:
      'Choices made under an earlier version no longer count, so those switches are off. Switch on again what you still want.',
    deleteOffer_one:
      'Your record is off. Nothing new is recorded. Also delete the {{count}} share already stored on this device?',
    deleteOffer_other:
      'Your record is off. Nothing new is recorded. Also delete the {{count}} shares already stored on this device?',
    deleteShares: 'Delete my shares',
    keepShares: 'Keep them',
    sharesDeleted_one: '{{count}} share was deleted.',
    sharesDeleted_other: '{{count}} shares were deleted.',
  },
  employer: {
    heading: 'What your employer sees',
    lead: 'Nothing about you.',
    body1:
      "Nothing leaves this device except the download of your company's feed of suggestions, from the address shown under “Where suggestions come from”, and, only if you switch on “Count my sharing anonymously”, one report a month whose answers are swapped at random (listed under “What was sent”). Your company sees totals over many colleagues, never your answer.",
    body2:
      'That download is the same for every employee: no cookies, no identifier, the same address. Your company cannot tell who downloaded it, or whether you shared anything.',
    body3:
      'Links in suggestions carry the same campaign tags for everyone, never anything about you. Your choices and your record stay in this browser until you delete them.',
  },
  feed: {
    heading: 'Where suggestions come from',
    checkingManaged: "Checking your organization's settings…",
    sourceDemo: 'The built-in demo feed. Nothing is downloaded.',
    sourceCustom: "Your company's feed.",
    sourceManaged: "Your organization's feed.",
    urlLabel: 'Feed URL',
    urlHint:
      'The https:// address your communications team gave you, or your company’s website or newsroom page: the feed it links to is found for you.',
    managed: 'Set by your organization',
    managedHint: 'Your IT department chose this feed. You can see it but not change it.',
    test: 'Test and save',
    testing: 'Testing…',
    useDemo: 'Use the demo feed',
    demoRestored: 'You are using the demo feed again.',
    invalid: {
      empty: 'Enter the feed’s address first.',
      invalid: 'That is not a web address. It should look like https://example.com/feed.json',
      'not-https': 'The address must start with https://. The feed is only ever fetched securely.',
      'loopback-ip':
        'Use http://localhost instead of 127.0.0.1 for a feed on your own computer (for example http://localhost:8080/feed.json).',
    },
    saved_one: 'Saved. Found {{count}} suggestion in “{{title}}”.',
    saved_other: 'Saved. Found {{count}} suggestions in “{{title}}”.',
    format: 'Read as {{format}}.',
    skipped_one: '{{count}} item was skipped:',
    skipped_other: '{{count}} items were skipped:',
    failed: 'Not saved. The feed has a problem:',
    needsPermission:
      'The server at {{origin}} does not let extensions read the feed on their own. If you trust it, allow this extension to read from it. Your browser will ask you to confirm.',
    grant: 'Allow reading from {{origin}}',
    denied: 'You did not allow it, so the feed was not saved.',
    unavailable: 'The extension could not test the feed: {{message}}',
    syncNow: 'Check for new suggestions now',
    syncing: 'Checking…',
    statusHeading: 'Status',
    statusNever: 'Not updated yet.',
    statusOk_one: 'Updated {{date}}: {{count}} suggestion.',
    statusOk_other: 'Updated {{date}}: {{count}} suggestions.',
    statusError: 'The last update failed: {{message}}',
    statusUnavailable: 'The feed status is not available: {{message}}',
    discoveredMany: '{{page}} links to several feeds. Choose the one with your company’s news:',
    useFeed: 'Use this feed',
    foundOn: 'Found on {{page}}. The feed’s own address is saved: {{url}}',
    feedUntitled: '(no title)',
  },
  prefs: {
    heading: 'Audience and language',
    audiences: 'Show me suggestions for',
    audiencesHint:
      'Groups offered by your company’s feed. None chosen: you see everything. Suggestions for everyone always show.',
    audiencesNone: 'Your feed offers no groups to choose from.',
    audiencesError: 'The groups could not be loaded: {{message}}',
    uiLanguage: 'Language of this interface',
    uiAuto: 'Automatic (the browser’s language)',
    uiDa: 'Dansk',
    uiEn: 'English',
    suggestionLanguages: 'Languages of suggestions',
    suggestionLanguagesHint: 'None chosen: suggestions in the interface language.',
    langDa: 'Danish',
    langEn: 'English',
    reminderFrequency: 'Show guideline reminders',
    freqAlways: 'Every time I write',
    freqDaily: 'Once a day',
    freqNever: 'Never',
    recordUnsuggested: 'Also record posts I write without a suggestion',
    recordUnsuggestedHint: 'Only applies while “Keep a private record of my shares” is on.',
    syncPeriod: 'Check for new suggestions',
    syncEvery_one: 'Every hour',
    syncEvery_other: 'Every {{count}} hours',
  },
  sent: {
    heading: 'What was sent',
    intro:
      'Every report “Count my sharing anonymously” sent from this device, exactly as it left. "any" is the randomized answer to “shared anything that month”, "campaign_answer" the one for the campaign named; 1 is yes, 0 is no, after the random swapping. The zeros at the end only make every report the same length.',
    none: 'Nothing has been sent.',
    next: 'The report about {{month}} is planned for {{date}}.',
    entry: '{{date}}: the report about {{month}}, to {{host}}',
  },
  data: {
    heading: 'Your data',
    summary_one: '{{count}} share is recorded on this device.',
    summary_other: '{{count}} shares are recorded on this device.',
    span: 'From {{first}} to {{last}}.',
    summaryUnavailable: 'The record could not be read: {{message}}',
    exportHint:
      'Settings, consent history, share records and the reports sent (if any). Your browser saves the files; nothing is sent anywhere.',
    exportJson: 'Export everything (JSON)',
    exportCsv: 'Export share records (CSV)',
    exported_one: 'Exported {{count}} share.',
    exported_other: 'Exported {{count}} shares.',
    deleteAll: 'Delete everything',
    deleteHint:
      'Removes your share records, consent history and settings from this device. Every switch goes back to off.',
    confirmTitle: 'Delete everything?',
    confirmText_one:
      'This deletes {{count}} share record, your consent history and all settings on this device. It cannot be undone.',
    confirmText_other:
      'This deletes {{count}} share records, your consent history and all settings on this device. It cannot be undone.',
    confirm: 'Yes, delete everything',
    cancel: 'Cancel',
    deleted: 'Everything was deleted. Every switch is off.',
    failed: 'That did not work: {{message}}',
  },
  studio: {
    heading: 'For communications teams',
    text: 'Make and check your company’s feed in the Feed studio: forms instead of JSON, a preview as employees will see it, and a feed.json to publish. It runs on this device only.',
    link: 'Open the Feed studio',
  },
  orgPolicy: {
    problem: "Your organization's setting for {{name}} could not be used: {{reason}}",
    problemsHint:
      'Everything else works as usual. Your IT department can correct the setting; nothing about you is sent to them.',
    names: {
      feedUrl: 'the feed address (feedUrl)',
      resultsCollector: 'the results collector address (resultsCollector)',
      panelAllowed: 'the suggestions panel (panelAllowed)',
      remindersAllowed: 'the guideline reminders (remindersAllowed)',
      commentHelperAllowed: 'the comment helper (commentHelperAllowed)',
      resultsCountingAllowed: 'the results counting (resultsCountingAllowed)',
      unknown: '“{{key}}”',
    },
    reasons: {
      'wrong-type': 'it is not the right kind of value.',
      'not-https': 'the address must start with https://.',
      'not-a-url': 'it is not a web address.',
      'unknown-key': 'this extension has no such setting.',
    },
    offByOrg:
      'Your organization has switched this off for everyone, so it stays off. Your own answer is kept for if they switch it back on.',
    offByOrgLabel: 'Switched off by your organization',
  },
};
