/**
 * The CBS/PDOK 2025 boundary layers in data/reference/cbs/ and the reference division each
 * one describes. Layer name → file stem; the TopoJSON object inside is named `<stem>`.
 */
import type { ReferenceDivision } from '../model/reference.ts';

export type TopologyLayer = 'gemeente' | ReferenceDivision;

/** File stem (and TopoJSON object name) per layer, as published by cartomap/nl. */
export const LAYER_FILE_STEM: Record<TopologyLayer, string> = {
  gemeente: 'gemeente_2025',
  provincie: 'provincie_2025',
  res: 'regionale_energiestrategie_2025',
  arbeidsmarktregio: 'arbeidsmarktregio_2025',
  veiligheidsregio: 'veiligheidsregio_2025',
  ggdregio: 'ggdregio_2025',
  jeugdregio: 'jeugdregio_2025',
  corop: 'coropgebied_2025',
};

export const TOPOLOGY_LAYERS = Object.keys(LAYER_FILE_STEM) as TopologyLayer[];
