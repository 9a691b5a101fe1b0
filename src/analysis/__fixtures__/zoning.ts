/**
 * A synthetic zoning with categories over the tiny world (tiny.ts), for the zoning unit tests. It is
 * made up: no category of the real Nota Ruimte draft map is copied here.
 *
 * Division NOTA_RUIMTE (input order):
 * | id | category  | members | note                     |
 * | Z1 | Stedelijk | 1,2     |                          |
 * | Z3 | Landelijk | 5,6     |                          |
 * | Z2 | Stedelijk | 4       |                          |
 * | Z4 | Landelijk | –       | no members: not assessed |
 * | Z5 | –         | 3       | no category              |
 * The tiny NOVEX division (N1–N3) has no categories.
 *
 * Spatial agendas (tiny.ts): c1 {1,2,3} Wonen+Mobiliteit, c2 {2,3} Natuurbehoud+Overig,
 * c3 {4,5} Ruimte voor economische sectoren, c4 {1,2,3,4} Mobiliteit (c5, c6 are not spatial).
 * Goals, all labelled by hand (so none is uncertain):
 * | agenda | LOCATIE | PROCES | LOBBY | ABSTRACT |
 * | c1     | 1       | 1      |       |          |
 * | c2     |         |        |       | 1        |
 * | c3     | 1       |        |       |          |
 * | c4     |         |        | 1     |          |
 */
import type { Dataset, Goal, NationalRegion } from '../../model/dataset.ts';
import type { GoalClass } from '../../model/enums.ts';
import type { Theme } from '../../model/themes.ts';
import { tinyDataset, tinyNationalRegions } from './tiny.ts';

function area(id: string, category: string | null, members: number[]): NationalRegion {
  return { division: 'NOTA_RUIMTE', id, name: `Zone ${id}`, municipalities: members.map((n) => `GM000${n}`), attribute: null, category, source: null, extra: {} };
}

function goal(cooperationId: string, theme: Theme, label: GoalClass): Goal {
  return { cooperationId, theme, text: `${label} ${cooperationId}`, source: null, label, extra: {} };
}

export const zoningRegions: NationalRegion[] = [
  area('Z1', 'Stedelijk', [1, 2]),
  area('Z3', 'Landelijk', [5, 6]),
  area('Z2', 'Stedelijk', [4]),
  area('Z4', 'Landelijk', []),
  area('Z5', null, [3]),
];

export function zoningDataset(): Dataset {
  return tinyDataset({
    nationalRegions: [...tinyNationalRegions, ...zoningRegions],
    goals: [
      goal('c1', 'Wonen', 'LOCATIE'),
      goal('c1', 'Mobiliteit', 'PROCES'),
      goal('c2', 'Natuurbehoud', 'ABSTRACT'),
      goal('c3', 'Ruimte voor economische sectoren', 'LOCATIE'),
      goal('c4', 'Mobiliteit', 'LOBBY'),
    ],
  });
}
