/** Dutch display labels for the coded values the maps show (legal form, typology). */
export const LEGAL_FORM_LABEL: Record<string, string> = {
  WGR: 'Gemeenschappelijke regeling (Wgr)',
  PRIVAAT: 'Privaatrechtelijk',
  OVERIG: 'Overig / informeel',
};

export const TYPOLOGY_LABEL: Record<string, string> = {
  BESTUURLIJK: 'Bestuurlijk',
  ECONOMISCH: 'Economisch',
  LANDSCHAPPELIJK: 'Landschappelijk',
};

export const legalFormLabel = (v: string): string => LEGAL_FORM_LABEL[v] ?? v;
export const typologyLabel = (v: string | null): string => (v ? (TYPOLOGY_LABEL[v] ?? v) : 'Onbekend');
