/**
 * The column dictionary of the dataset download: per sheet and column what it holds and in which
 * form, and the Dutch label of every code a column can carry. It is the read-me sheet of the XLSX
 * workbook (./export.ts), so a reader of the download needs neither the documentation nor the code.
 * The texts follow the input contract (docs/input.md); extra columns are the dataset's own.
 */
import type { SheetName } from '../ingest/columns.ts';
import { KNOWN_DIVISIONS } from '../model/enums.ts';
import { GOAL_CLASS_LABEL, LEGAL_FORM_LABEL, LIFE_PHASE_LABEL, STEERING_LABEL, TYPOLOGY_LABEL } from './components.ts';
import { DIVISION_LABEL } from './lookup.ts';

export type ColumnKind = 'tekst' | 'getal' | 'jaartal' | 'ja/nee' | 'lijst (gescheiden door ;)' | 'code';

export interface ColumnEntry {
  kind: ColumnKind;
  meaning: string;
}

const entry = (kind: ColumnKind, meaning: string): ColumnEntry => ({ kind, meaning });

export const SHEET_MEANING: Record<SheetName, string> = {
  samenwerkingen: 'Eén rij per samenwerkingsverband.',
  doelen: 'Eén rij per doel uit een agenda.',
  nationale_gebieden: 'Eén rij per gebied van een nationale gebiedsindeling.',
  nationaal_beleid: 'Eén rij per nationaal beleidsstuk.',
  pendel: 'Eén rij per woon-werkstroom tussen twee gemeenten.',
};

export const COLUMN_DICTIONARY: Record<SheetName, Record<string, ColumnEntry>> = {
  samenwerkingen: {
    id: entry('tekst', 'Unieke korte naam van de samenwerking; de doelen verwijzen ernaar.'),
    naam: entry('tekst', 'Naam van de samenwerking.'),
    agenda_titel: entry('tekst', 'Titel van de ruimtelijke agenda, visie of strategie (leeg: geen bekend).'),
    agenda_jaar: entry('jaartal', 'Jaar van de agenda (leeg: onbekend).'),
    rechtsvorm: entry('code', 'Rechtsvorm van de samenwerking; zie de codes hieronder.'),
    gemeenten: entry('lijst (gescheiden door ;)', 'Deelnemende gemeenten, met hun CBS-naam van 2025.'),
    overige_overheden: entry('lijst (gescheiden door ;)', 'Andere overheden die meedoen (provincies, waterschappen, het Rijk).'),
    partners: entry('lijst (gescheiden door ;)', 'Partners die geen overheid zijn.'),
    themas: entry('lijst (gescheiden door ;)', 'Thema’s van de agenda, uit de negen thema’s.'),
    typologie: entry('code', 'Logica van de regio zoals opgegeven (leeg: de analyse leidt die af); zie de codes hieronder.'),
    levensfase: entry('code', 'Fase van de samenwerking (leeg: niet vastgelegd); zie de codes hieronder.'),
    ruimtelijk: entry('ja/nee', 'ja: een ruimtelijke agenda (Kaart 2); nee: een andere samenwerking (alleen Kaart 1).'),
    bronnen: entry('lijst (gescheiden door ;)', 'Bronnen (webadressen) waarop de rij berust.'),
  },
  doelen: {
    samenwerking_id: entry('tekst', 'De id van de samenwerking in het tabblad samenwerkingen.'),
    thema: entry('tekst', 'Het thema waaronder het doel valt.'),
    tekst: entry('tekst', 'De tekst van het doel, zo letterlijk mogelijk uit de bron.'),
    bron: entry('tekst', 'Bron van het doel.'),
    label: entry('code', 'Soort doel zoals met de hand vastgesteld (leeg: de analyse deelt het in); zie de codes hieronder.'),
  },
  nationale_gebieden: {
    indeling: entry('code', 'De nationale gebiedsindeling; zie de codes hieronder (een andere waarde is een eigen indeling).'),
    gebied_id: entry('tekst', 'Id van het gebied binnen de indeling.'),
    gebied_naam: entry('tekst', 'Naam van het gebied.'),
    gemeenten: entry('lijst (gescheiden door ;)', 'Gemeenten in het gebied, met hun CBS-naam van 2025 (leeg: geen lijst bekend).'),
    kenmerk: entry('tekst', 'Vrij kenmerk van het gebied, bijvoorbeeld het soort NOVEX-gebied.'),
    categorie: entry('tekst', 'Categorie die de indeling aan het gebied geeft (zoals de regionale categorieën van de ontwerp-Nota Ruimte); één per gebied, leeg = geen categorie.'),
    bron: entry('tekst', 'Bron van het gebied.'),
  },
  nationaal_beleid: {
    id: entry('tekst', 'Unieke id van het beleidsstuk.'),
    titel: entry('tekst', 'Titel van het beleidsstuk.'),
    jaar: entry('jaartal', 'Jaar van het beleidsstuk (leeg: onbekend).'),
    thema: entry('lijst (gescheiden door ;)', 'Thema’s van het beleidsstuk.'),
    sturing: entry('code', 'Hoe het Rijk stuurt; zie de codes hieronder.'),
    gebiedsgericht: entry('ja/nee', 'ja: het stuk werkt met een eigen gebiedsindeling.'),
    toelichting: entry('tekst', 'Korte uitleg.'),
    bron: entry('tekst', 'Bron van het beleidsstuk.'),
  },
  pendel: {
    van: entry('tekst', 'Woongemeente (CBS-naam 2025).'),
    naar: entry('tekst', 'Werkgemeente (CBS-naam 2025).'),
    personen: entry('getal', 'Aantal werkenden dat van de woongemeente naar de werkgemeente reist.'),
    jaar: entry('jaartal', 'Jaar van de telling.'),
    toelichting: entry('tekst', 'Opmerking bij de stroom.'),
  },
};

/** An extra column of the dataset (outside the contract): kept as the dataset gave it. */
export const EXTRA_COLUMN: ColumnEntry = entry('tekst', 'Extra kolom uit de invoer, buiten het invoercontract; overgenomen zoals opgegeven.');

export interface CodeEntry {
  sheet: SheetName;
  column: string;
  code: string;
  label: string;
}

const codes = (sheet: SheetName, column: string, labels: Record<string, string>): CodeEntry[] => Object.entries(labels).map(([code, label]) => ({ sheet, column, code, label }));

/** Every code with its label, in the order of the sheets and columns that carry it. */
export function codeList(): CodeEntry[] {
  const divisions = Object.fromEntries(KNOWN_DIVISIONS.map((d) => [d, DIVISION_LABEL[d] ?? d]));
  return [
    ...codes('samenwerkingen', 'rechtsvorm', LEGAL_FORM_LABEL),
    ...codes('samenwerkingen', 'typologie', TYPOLOGY_LABEL),
    ...codes('samenwerkingen', 'levensfase', LIFE_PHASE_LABEL),
    ...codes('samenwerkingen', 'ruimtelijk', { ja: 'Ruimtelijke agenda', nee: 'Andere samenwerking' }),
    ...codes('doelen', 'label', GOAL_CLASS_LABEL),
    ...codes('nationale_gebieden', 'indeling', divisions),
    ...codes('nationaal_beleid', 'sturing', STEERING_LABEL),
  ];
}
