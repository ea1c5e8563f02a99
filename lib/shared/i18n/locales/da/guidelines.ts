/** Danish strings of the guidelines namespace (same keys as en/guidelines.ts, checked by type). */
import type { Messages } from '../../messages';

export const guidelines: Messages['guidelines'] = {
  title: 'Retningslinjer',
  severity: {
    'heads-up': 'Vær opmærksom',
    info: 'Tip',
  },
  findingsTitle: 'Før du deler',
  findingsCount_one: '{{count}} ting at se på',
  findingsCount_other: '{{count}} ting at se på',
  neverBlocks: 'Kun gode råd – du bestemmer selv, hvad du deler.',
  finding: {
    confidential: '“{{term}}” står på listen over ting, der er interne indtil videre.',
    disclosure: 'Du nævner {{name}}. Fortæl læserne, at du arbejder der, fx med “{{phrase}}”.',
    tracking:
      'Sæt kampagnemærket på linket til {{host}}, så holdet kan se, hvad delingen giver. Der kommer intet om dig med.',
    'identical-copy':
      'Dit udkast er {{percent}} % det samme som forslaget. Skriv en linje med dine egne ord – ens opslag ligner reklamer.',
    criticism: 'Det ligner et svar på kritik af virksomheden. Du behøver ikke svare selv.',
    criticismContact: '{{name}} tager sig af kritik: {{contact}}',
    'too-long': 'LinkedIn tillader {{max}} tegn; her er {{over}} for mange.',
    hashtags: '{{count}} hashtags – virksomheden anbefaler højst {{max}}.',
    shouting: '“{{text}}” står med store bogstaver, og det kan virke som at råbe.',
    'styled-letters': 'Skærmlæsere kan ikke læse Unicode-“fed” eller -“kursiv” skrift (“{{text}}”).',
    fold: 'Kun de første {{count}} tegn vises før “…se mere”. Der klippes efter: “{{tail}}”',
  },
  fix: {
    removeTerm: 'Fjern det',
    addDisclosure: 'Tilføj “{{text}}”',
    addUtm: 'Tilføj kampagnemærke',
    plainLetters: 'Brug almindelige bogstaver',
  },
  reminder: {
    title: 'Husk',
    policyLink: 'Læs hele politikken',
    criticismContact: 'Kritik af virksomheden? {{name}} tager sig af den: {{contact}}',
    dismiss: 'Skjul påmindelse',
  },
  comment: {
    label: 'Hjælp til din kommentar',
    criticism: 'Kritik af {{organization}}? {{name}} svarer på den: {{contact}}. Du behøver ikke selv at svare.',
    criticismTeam:
      'Kritik af {{organization}}? Virksomhedens kommunikationsfolk svarer på den. Du behøver ikke selv at svare.',
    close: 'Luk',
    neverWrites: 'Kun et råd: intet skrives ind i din kommentar, og du bestemmer, hvad du sender.',
    talkingSearch: 'Søg i talepunkter',
    talkingNone: 'Intet talepunkt passer til “{{query}}”.',
  },
};
