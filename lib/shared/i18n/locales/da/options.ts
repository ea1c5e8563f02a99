/** Danish strings of the options namespace (same keys as en/options.ts, checked by type). */
import type { Messages } from '../../messages';

export const options: Messages['options'] = {
  title: 'Indstillinger',
  documentTitle: 'Advocacy til LinkedIn: indstillinger',
  introAgain: 'Vis introduktionen igen',
  onboarding: {
    heading: 'Velkommen. Du bestemmer, hvad der sker.',
    intro:
      'Udvidelsen hjælper dig med at dele nyt fra din virksomhed på LinkedIn med dine egne ord. Der sker intet på LinkedIn, før du selv slår noget til herunder.',
    doesTitle: 'Det gør den',
    does1: 'Viser forslag til opslag fra din virksomhed ved siden af LinkedIns egen opslagsboks.',
    does2: 'Minder dig om virksomhedens retningslinjer for sociale medier, mens du skriver.',
    does3: 'Hvis du vil, gemmer den en privat oversigt over det, du har delt, så du kan se dine egne tal.',
    storesTitle: 'Det gemmer den',
    stores:
      'Dine valg på denne side og, kun hvis du slår det til, en note om hver deling: hvornår, hvilket forslag, og hvor meget du ændrede det. Aldrig den tekst, du skrev. Alt bliver på denne enhed, i denne browser.',
    neverTitle: 'Det gør den aldrig',
    never1: 'Slår op for dig. Det er altid dig, der trykker på LinkedIns Opslå-knap.',
    never2:
      'Rapporterer til din arbejdsgiver. Intet om dig forlader denne enhed; vælger du “Tæl mine delinger anonymt med”, kun et månedligt ja/nej byttet tilfældigt om, som intet siger om dig alene.',
    never3: 'Sammenligner dig med kolleger. Der er ingen ranglister, point eller mål.',
    choicesTitle: 'Dine valg',
    choicesIntro: 'Alt er slået fra, indtil du slår det til. Du kan altid ombestemme dig i indstillingerne.',
    done: 'Færdig, gå til indstillingerne',
  },
  consent: {
    heading: 'Det giver du lov til',
    intro:
      'Hver kontakt gælder for sig og er slået fra, indtil du slår den til. Slår du en fra, virker det med det samme, også i LinkedIn-faner, der allerede er åbne.',
    panel: {
      label: 'Vis forslag til opslag i LinkedIns opslagsboks',
      description:
        'Et panel ved siden af opslagsboksen med virksomhedens forslag. Intet kommer ind i dit opslag, før du vælger et forslag, og det er altid dig, der trykker Opslå.',
    },
    reminders: {
      label: 'Vis påmindelser om retningslinjerne, mens jeg skriver',
      description: 'Korte, venlige påmindelser fra virksomhedens retningslinjer for sociale medier, mens du skriver.',
    },
    commentHelp: {
      label: 'Hjælp også i kommentarfelter',
      description:
        'Når du skriver en kommentar på LinkedIn, kan en lille boks ved siden af fortælle, hvem i virksomheden der svarer på kritik, så du ikke selv behøver at svare, og tjekke din kommentar for fortrolige ord, manglende oplysning om din tilknytning, versaler og pyntebogstaver. Den læser opslaget, du svarer på, og din kommentar kun på denne enhed, mens du skriver; intet gemmes eller sendes, og den skriver eller slår aldrig noget op.',
      needsReminders: 'Virker kun, mens “Vis påmindelser om retningslinjerne, mens jeg skriver” er slået til.',
    },
    recordShares: {
      label: 'Gem en privat oversigt over mine delinger',
      description:
        'Når du slår noget op, noterer udvidelsen hvornår, hvilket forslag og hvor meget du ændrede det (for en side, du deler med “Del denne side”, dens adresse), aldrig din tekst. Det bliver på denne enhed, og kun du ser det, i pop op-vinduet.',
    },
    countResults: {
      label: 'Tæl mine delinger anonymt med for programmet',
      description:
        'En gang om måneden, nogle dage efter månedens udgang, sendes én kort rapport til {{collector}}: ja eller nej til, om du delte noget i måneden, og ja eller nej for én kampagne, der trækkes tilfældigt. Hvert svar byttes tilfældigt om, før det sendes: 1 ud af {{coin}} af dine svar erstattes for altid af et plat-eller-krone, og hver rapport slår igen, så et sandt “ja” kommer frem som ja {{yes}} % af gangene, og et sandt “nej” alligevel kommer frem som ja {{no}} % af gangene. Ingen kan se af dine rapporter, hvad du gjorde; kun summen over mange kolleger siger noget. Intet navn, intet id, ingen dag eller tid, intet sprog. Svarene beregnes ud fra din private oversigt. Hver rapport, der er sendt, står under “Hvad der blev sendt”.',
    },
    on: 'Slået til siden {{date}} (politik version {{version}})',
    offSince: 'Slået fra siden {{date}}',
    off: 'Slået fra',
    outdated: 'Du sagde ja under politik version {{version}}. Bekræft venligst igen.',
    outdatedBanner: 'Vi har ændret, hvad vi gemmer. Bekræft venligst igen',
    outdatedDetail:
      'Valg fra en tidligere version gælder ikke længere, så de kontakter er slået fra. Slå det til igen, som du stadig ønsker.',
    deleteOffer_one:
      'Din oversigt er slået fra. Intet nyt bliver gemt. Vil du også slette den {{count}} deling, der allerede er gemt på denne enhed?',
    deleteOffer_other:
      'Din oversigt er slået fra. Intet nyt bliver gemt. Vil du også slette de {{count}} delinger, der allerede er gemt på denne enhed?',
    deleteShares: 'Slet mine delinger',
    keepShares: 'Behold dem',
    sharesDeleted_one: '{{count}} deling blev slettet.',
    sharesDeleted_other: '{{count}} delinger blev slettet.',
  },
  employer: {
    heading: 'Det ser din arbejdsgiver',
    lead: 'Intet om dig.',
    body1:
      'Intet forlader denne enhed, bortset fra hentningen af virksomhedens feed med forslag, fra adressen under “Her kommer forslagene fra”, og, kun hvis du slår “Tæl mine delinger anonymt med” til, én rapport om måneden, hvis svar er byttet tilfældigt om (vist under “Hvad der blev sendt”). Virksomheden ser summer over mange kolleger, aldrig dit svar.',
    body2:
      'Den hentning er ens for alle medarbejdere: ingen cookies, intet id, den samme adresse. Virksomheden kan ikke se, hvem der hentede den, eller om du har delt noget.',
    body3:
      'Links i forslagene har de samme kampagnemærker for alle, aldrig noget om dig. Dine valg og din oversigt bliver i denne browser, indtil du sletter dem.',
  },
  feed: {
    heading: 'Her kommer forslagene fra',
    checkingManaged: 'Tjekker din organisations indstillinger…',
    sourceDemo: 'Det indbyggede demo-feed. Der hentes intet.',
    sourceCustom: 'Din virksomheds feed.',
    sourceManaged: 'Din organisations feed.',
    urlLabel: 'Feed-adresse',
    urlHint:
      'Den https://-adresse, du har fået af kommunikationsafdelingen, eller virksomhedens hjemmeside eller nyhedsside: feedet, den linker til, findes for dig.',
    managed: 'Valgt af din organisation',
    managedHint: 'Din it-afdeling har valgt dette feed. Du kan se det, men ikke ændre det.',
    test: 'Test og gem',
    testing: 'Tester…',
    useDemo: 'Brug demo-feedet',
    demoRestored: 'Du bruger demo-feedet igen.',
    invalid: {
      empty: 'Skriv først feedets adresse.',
      invalid: 'Det er ikke en webadresse. Den skal ligne https://example.com/feed.json',
      'not-https': 'Adressen skal begynde med https://. Feedet hentes altid over en sikker forbindelse.',
      'loopback-ip':
        'Brug http://localhost i stedet for 127.0.0.1 til et feed på din egen computer (for eksempel http://localhost:8080/feed.json).',
    },
    saved_one: 'Gemt. Fandt {{count}} forslag i “{{title}}”.',
    saved_other: 'Gemt. Fandt {{count}} forslag i “{{title}}”.',
    format: 'Læst som {{format}}.',
    skipped_one: '{{count}} element blev sprunget over:',
    skipped_other: '{{count}} elementer blev sprunget over:',
    failed: 'Ikke gemt. Der er et problem med feedet:',
    needsPermission:
      'Serveren på {{origin}} lader ikke udvidelser læse feedet af sig selv. Hvis du stoler på den, kan du give udvidelsen lov til at læse derfra. Browseren beder dig bekræfte.',
    grant: 'Tillad læsning fra {{origin}}',
    denied: 'Du gav ikke lov, så feedet blev ikke gemt.',
    unavailable: 'Udvidelsen kunne ikke teste feedet: {{message}}',
    syncNow: 'Se efter nye forslag nu',
    syncing: 'Ser efter…',
    statusHeading: 'Status',
    statusNever: 'Ikke opdateret endnu.',
    statusOk_one: 'Opdateret {{date}}: {{count}} forslag.',
    statusOk_other: 'Opdateret {{date}}: {{count}} forslag.',
    statusError: 'Den seneste opdatering mislykkedes: {{message}}',
    statusUnavailable: 'Feedets status er ikke tilgængelig: {{message}}',
    discoveredMany: '{{page}} linker til flere feeds. Vælg det med virksomhedens nyheder:',
    useFeed: 'Brug dette feed',
    foundOn: 'Fundet på {{page}}. Feedets egen adresse er gemt: {{url}}',
    feedUntitled: '(uden titel)',
  },
  prefs: {
    heading: 'Målgruppe og sprog',
    audiences: 'Vis mig forslag til',
    audiencesHint:
      'Grupper, som virksomhedens feed tilbyder. Vælger du ingen, ser du alt. Forslag til alle vises altid.',
    audiencesNone: 'Dit feed har ingen grupper at vælge imellem.',
    audiencesError: 'Grupperne kunne ikke hentes: {{message}}',
    uiLanguage: 'Sprog i denne brugerflade',
    uiAuto: 'Automatisk (browserens sprog)',
    uiDa: 'Dansk',
    uiEn: 'English',
    suggestionLanguages: 'Sprog i forslagene',
    suggestionLanguagesHint: 'Vælger du ingen, får du forslag på brugerfladens sprog.',
    langDa: 'Dansk',
    langEn: 'Engelsk',
    reminderFrequency: 'Vis påmindelser om retningslinjerne',
    freqAlways: 'Hver gang jeg skriver',
    freqDaily: 'Én gang om dagen',
    freqNever: 'Aldrig',
    recordUnsuggested: 'Gem også opslag, jeg skriver uden et forslag',
    recordUnsuggestedHint: 'Gælder kun, mens “Gem en privat oversigt over mine delinger” er slået til.',
    syncPeriod: 'Se efter nye forslag',
    syncEvery_one: 'Hver time',
    syncEvery_other: 'Hver {{count}}. time',
  },
  sent: {
    heading: 'Hvad der blev sendt',
    intro:
      'Hver rapport, “Tæl mine delinger anonymt med” har sendt fra denne enhed, præcis som den blev sendt. "any" er det tilfældigt ombyttede svar på “delte noget i måneden”, "campaign_answer" svaret for den nævnte kampagne; 1 er ja, 0 er nej, efter den tilfældige ombytning. Nullerne til sidst gør blot alle rapporter lige lange.',
    none: 'Intet er blevet sendt.',
    next: 'Rapporten om {{month}} er planlagt til {{date}}.',
    entry: '{{date}}: rapporten om {{month}}, til {{host}}',
  },
  data: {
    heading: 'Dine data',
    summary_one: '{{count}} deling er gemt på denne enhed.',
    summary_other: '{{count}} delinger er gemt på denne enhed.',
    span: 'Fra {{first}} til {{last}}.',
    summaryUnavailable: 'Oversigten kunne ikke læses: {{message}}',
    exportHint:
      'Indstillinger, samtykkehistorik, delinger og de sendte rapporter (hvis nogen). Browseren gemmer filerne; intet sendes nogen steder hen.',
    exportJson: 'Eksportér alt (JSON)',
    exportCsv: 'Eksportér delinger (CSV)',
    exported_one: 'Eksporterede {{count}} deling.',
    exported_other: 'Eksporterede {{count}} delinger.',
    deleteAll: 'Slet alt',
    deleteHint:
      'Fjerner dine delinger, din samtykkehistorik og dine indstillinger fra denne enhed. Alle kontakter bliver slået fra.',
    confirmTitle: 'Slet alt?',
    confirmText_one:
      'Det sletter {{count}} deling, din samtykkehistorik og alle indstillinger på denne enhed. Det kan ikke fortrydes.',
    confirmText_other:
      'Det sletter {{count}} delinger, din samtykkehistorik og alle indstillinger på denne enhed. Det kan ikke fortrydes.',
    confirm: 'Ja, slet alt',
    cancel: 'Annullér',
    deleted: 'Alt er slettet. Alle kontakter er slået fra.',
    failed: 'Det lykkedes ikke: {{message}}',
  },
  studio: {
    heading: 'Til kommunikationsfolk',
    text: 'Lav og tjek virksomhedens feed i Feed-studiet: formularer i stedet for JSON, en forhåndsvisning som medarbejderne vil se den, og en feed.json til udgivelse. Det kører kun på denne enhed.',
    link: 'Åbn Feed-studiet',
  },
  orgPolicy: {
    problem: 'Din organisations indstilling for {{name}} kunne ikke bruges: {{reason}}',
    problemsHint: 'Alt andet virker som normalt. Din it-afdeling kan rette indstillingen; intet om dig sendes til dem.',
    names: {
      feedUrl: 'feedets adresse (feedUrl)',
      resultsCollector: 'resultatindsamlerens adresse (resultsCollector)',
      panelAllowed: 'forslagspanelet (panelAllowed)',
      remindersAllowed: 'påmindelserne om retningslinjer (remindersAllowed)',
      commentHelperAllowed: 'kommentarhjælperen (commentHelperAllowed)',
      resultsCountingAllowed: 'optællingen af resultater (resultsCountingAllowed)',
      unknown: '“{{key}}”',
    },
    reasons: {
      'wrong-type': 'værdien er ikke af den rigtige slags.',
      'not-https': 'adressen skal begynde med https://.',
      'not-a-url': 'det er ikke en webadresse.',
      'unknown-key': 'udvidelsen har ingen sådan indstilling.',
    },
    offByOrg:
      'Din organisation har slået dette fra for alle, så det forbliver slået fra. Dit eget svar gemmes, hvis de slår det til igen.',
    offByOrgLabel: 'Slået fra af din organisation',
  },
};
