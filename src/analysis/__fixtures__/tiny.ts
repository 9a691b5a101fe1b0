/**
 * A hand-made six-municipality world for the analysis unit tests. Every expected value in the
 * *.test.ts files is worked out by hand from the tables below (see the comments there).
 */
import type { Cooperation, Dataset, NationalRegion } from '../../model/dataset.ts';
import type { Municipality } from '../../model/reference.ts';
import type { AnalysisReference } from '../util.ts';

function municipality(n: number, name: string, provincie: string, res: string): Municipality {
  const code = `GM000${n}`;
  return {
    code,
    name,
    province: provincie === 'PV01' ? 'Noordland' : 'Zuidland',
    regions: {
      provincie,
      res,
      arbeidsmarktregio: 'AM01',
      veiligheidsregio: provincie === 'PV01' ? 'VR01' : 'VR02',
      ggdregio: 'GG01',
      jeugdregio: 'JZ01',
      corop: provincie === 'PV01' ? 'CR01' : 'CR02',
    },
  };
}

/**
 * Municipalities: GM0001–GM0003 in Noordland (PV01), GM0004–GM0006 in Zuidland (PV02).
 * RES: ES01 = {1,2}, ES02 = {3,4,5,6}.
 */
export const tinyReference: AnalysisReference = {
  municipalities: [
    municipality(1, 'Aadorp', 'PV01', 'ES01'),
    municipality(2, 'Bedum', 'PV01', 'ES01'),
    municipality(3, 'Cadzand', 'PV01', 'ES02'),
    municipality(4, 'Dalen', 'PV02', 'ES02'),
    municipality(5, 'Eext', 'PV02', 'ES02'),
    municipality(6, 'Finsterwolde', 'PV02', 'ES02'),
  ],
  regionNames: {
    provincie: { PV01: 'Noordland', PV02: 'Zuidland' },
    res: { ES01: 'RES Noord', ES02: 'RES Zuid' },
    arbeidsmarktregio: { AM01: 'Arbeidsmarkt Eén' },
    veiligheidsregio: { VR01: 'Veiligheid Noord', VR02: 'Veiligheid Zuid' },
    ggdregio: { GG01: 'GGD Eén' },
    jeugdregio: { JZ01: 'Jeugd Eén' },
    corop: { CR01: 'COROP Noord', CR02: 'COROP Zuid' },
  },
};

export function coop(partial: Partial<Cooperation> & { id: string; municipalities: string[] }): Cooperation {
  return {
    name: partial.id,
    agendaTitle: null,
    agendaYear: null,
    legalForm: 'OVERIG',
    otherGovernments: [],
    partners: [],
    themes: [],
    typology: null,
    lifePhase: null,
    spatial: true,
    sources: [],
    extra: {},
    ...partial,
  };
}

/**
 * | id | spatial | form    | members      | themes                              | partners                                   | typology given |
 * | c1 | ja      | WGR     | 1,2,3        | Wonen, Mobiliteit                   | –                                          | –              |
 * | c2 | ja      | OVERIG  | 2,3          | Natuurbehoud, Overig                | Natuurmonumenten, Recreatieondernemers Noord | LANDSCHAPPELIJK |
 * | c3 | ja      | PRIVAAT | 4,5          | Ruimte voor economische sectoren    | Universiteit Oost, Kamer van Koophandel    | BESTUURLIJK    |
 * | c4 | ja      | OVERIG  | 1,2,3,4      | Mobiliteit                          | –                                          | –              |
 * | c5 | nee     | WGR     | 1,2          | –                                   | –                                          | –              |
 * | c6 | nee     | WGR     | 1,2,3,4,5    | Overig                              | –                                          | –              |
 * GM0006 is in no cooperation at all.
 */
export const tinyCooperations: Cooperation[] = [
  coop({ id: 'c1', name: 'Regio Noord', legalForm: 'WGR', municipalities: ['GM0001', 'GM0002', 'GM0003'], themes: ['Wonen', 'Mobiliteit'] }),
  coop({
    id: 'c2',
    name: 'Nationaal Park De Duinen',
    municipalities: ['GM0002', 'GM0003'],
    themes: ['Natuurbehoud', 'Overig'],
    partners: ['Natuurmonumenten', 'Recreatieondernemers Noord'],
    typology: 'LANDSCHAPPELIJK',
  }),
  coop({
    id: 'c3',
    name: 'Greenport Oost',
    legalForm: 'PRIVAAT',
    municipalities: ['GM0004', 'GM0005'],
    themes: ['Ruimte voor economische sectoren'],
    partners: ['Universiteit Oost', 'Kamer van Koophandel'],
    typology: 'BESTUURLIJK',
  }),
  coop({ id: 'c4', name: 'Mobiliteitsvisie Zuid', municipalities: ['GM0001', 'GM0002', 'GM0003', 'GM0004'], themes: ['Mobiliteit'] }),
  coop({ id: 'c5', name: 'Sociaal domein Noord', legalForm: 'WGR', municipalities: ['GM0001', 'GM0002'], spatial: false }),
  coop({ id: 'c6', name: 'Afvalschap', legalForm: 'WGR', municipalities: ['GM0001', 'GM0002', 'GM0003', 'GM0004', 'GM0005'], themes: ['Overig'], spatial: false }),
];

/** NOVEX: N1 = {2,3}, N2 = {4,5,6}, N3 = {} (no municipalities matched). */
export const tinyNationalRegions: NationalRegion[] = [
  { division: 'NOVEX', id: 'N1', name: 'Novex Noord', municipalities: ['GM0002', 'GM0003'], attribute: null, category: null, source: null, extra: {} },
  { division: 'NOVEX', id: 'N2', name: 'Novex Zuid', municipalities: ['GM0004', 'GM0005', 'GM0006'], attribute: null, category: null, source: null, extra: {} },
  { division: 'NOVEX', id: 'N3', name: 'Novex Leeg', municipalities: [], attribute: null, category: null, source: null, extra: {} },
];

export function tinyDataset(overrides: Partial<Dataset> = {}): Dataset {
  return {
    source: 'tiny',
    cooperations: tinyCooperations,
    goals: [
      { cooperationId: 'c1', theme: 'Wonen', text: 'Bouwen in Aadorp', source: null, label: null, extra: {} },
      { cooperationId: 'c4', theme: 'Mobiliteit', text: 'Beter OV', source: null, label: null, extra: {} },
    ],
    nationalRegions: tinyNationalRegions,
    nationalPolicies: [],
    commuting: null,
    sheets: [
      { sheet: 'samenwerkingen', file: 'samenwerkingen.csv', present: true, rowsRead: 7, rowsAccepted: 6, rowsRejected: 1 },
      { sheet: 'doelen', file: 'doelen.csv', present: true, rowsRead: 2, rowsAccepted: 2, rowsRejected: 0 },
    ],
    findings: [
      { severity: 'warning', file: 'samenwerkingen.csv', row: 3, column: 'gemeenten', value: 'x', message: 'm', hint: null },
      { severity: 'info', file: 'samenwerkingen.csv', row: 4, column: null, value: null, message: 'm', hint: null },
    ],
    ...overrides,
  };
}
