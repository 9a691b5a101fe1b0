/**
 * Display labels for the coded values the maps show. Typology uses the product's one label table;
 * the map legend keeps its own shorter legal-form wording.
 */
import { TYPOLOGY_LABEL } from '../components.ts';

const MAP_LEGAL_FORM_LABEL: Record<string, string> = {
  WGR: 'Gemeenschappelijke regeling (Wgr)',
  PRIVAAT: 'Privaatrechtelijk',
  OVERIG: 'Overig / informeel',
};

export const legalFormLabel = (v: string): string => MAP_LEGAL_FORM_LABEL[v] ?? v;
export const typologyLabel = (v: string | null): string => (v ? (TYPOLOGY_LABEL[v as keyof typeof TYPOLOGY_LABEL] ?? v) : 'Onbekend');
