/**
 * Norwegian (bokmål, with the nynorsk `framdrift`). chrono-node has no Norwegian, so every date
 * phrase here is read by the parsers that src/languages/dates builds from `dates`.
 */
import type { Language } from './types.ts';

export const nb: Language = {
  code: 'nb',
  headings: {
    excluded: [],
    attendance: [],
    done: ['ferdig(e|stilt)?', 'fullførte?', 'gjennomførte?'],
    taskList: ['to[- ]?do-liste', 'gjøremål', 'aksjons?punkter', 'aksjoner', 'oppfølging(spunkter)?'],
    plan: [
      'planlagte? aktiviteter',
      'planlagt f(re|ra)mdrift',
      'tentativ[e]? f(re|ra)mdrift',
      'kommende aktiviteter',
      'videre plan',
      // An activity such as `Videre arbeid med dev02 testanlegg` is no heading of a plan.
      'videre arbeid$',
      'neste steg',
      'neste uke',
      'arbeidsplan',
      '.*oppgaver',
      'dersom tid',
      'utestående',
      'forbedringer',
    ],
  },
  headingsAnywhere: {
    excluded: ['neste møte'],
    attendance: ['deltakere', 'til ?stede'],
    plan: ['neste uke'],
  },
  decisions: ['vedtak'],
  markers: [],
  trailingMarkers: [],
  status: {
    done: ['ferdig', 'ferdigstilt', 'fullført', 'gjort', 'utført'],
    open: ['pågår', 'påbegynt', 'under arbeid'],
  },
  columns: {
    task: ['oppgave', 'tiltak'],
    owner: ['ansvarlig', 'hvem'],
    due: ['frist', 'innen'],
    status: [],
    id: ['nr\\.?'],
  },
  dueWords: ['innen', 'til', 'frist', 'før', 'senest'],
  scheduleWords: ['på', 'den'],
  scheduleWeek: ['i uke'],
  dates: {
    months: [
      ['januar', 'jan'],
      ['februar', 'feb'],
      ['mars', 'mar'],
      ['april', 'apr'],
      ['mai'],
      ['juni', 'jun'],
      ['juli', 'jul'],
      ['august', 'aug'],
      ['september', 'sept', 'sep'],
      ['oktober', 'okt'],
      ['november', 'nov'],
      ['desember', 'des'],
    ],
    weekdays: [['mandag'], ['tirsdag'], ['onsdag'], ['torsdag'], ['fredag'], ['lørdag'], ['søndag']],
    tomorrow: ['i morgen', 'imorgen'],
    nextWeek: ['neste uke'],
    endOfMonth: ['slutten av måneden', 'utgangen av måneden'],
    endOfNamedMonth: ['slutten av {month}', 'utgangen av {month}'],
    week: ['uke'],
  },
  ownerJoins: ['og'],
  placeholders: ['ingen', 'ingenting'],
  nextMeeting: ['neste møte'],
  documents: ['referat'],
  bylines: ['av'],
  dateLabels: ['dato'],
  abbreviations: ['bl.a', 'f.eks', 'dvs', 'ca', 'evt', 'jf', 'jfr', 'inkl', 'ekskl', 'mht', 'iht', 'pga', 'nr'],
};
