/**
 * Default geometry for the maps: the CBS 2025 layers from the reference (loadTopology), projected
 * to RD New once per process (geometryFromTopology caches per topology object, and loadTopology
 * caches the topology).
 */
import { loadTopology, type TopologyLayer } from '../../reference/index.ts';
import { geometryFromTopology, type MapGeometry } from './geometry.ts';

export function municipalityGeometry(): MapGeometry {
  return layerGeometry('gemeente');
}

export function layerGeometry(layer: TopologyLayer): MapGeometry {
  return geometryFromTopology(loadTopology(layer));
}
