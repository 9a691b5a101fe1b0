/** Public API of the map renderers (see README.md in this folder). */
import { fileURLToPath } from 'node:url';
export type { MapCommon, MapCooperation, MapMunicipality, MapResult, MapTable } from './types.ts';
export { baseMap, sequentialClasses, type AreaClass, type BaseMapInput } from './base.ts';
export { edgeStyle } from './edge-style.ts';
export { kaart1Map, type Kaart1Input, type Kaart1Data, type MapPair } from './kaart1.ts';
export { kaart2Map, type Kaart2Input } from './kaart2.ts';
export { LIST_SEPARATOR } from './filter-params.ts';
export { themeMaps, themeGridHtml, themeGridTable, type ThemeMap, type ThemeMapsInput, type ThemeGridOptions } from './themes.ts';
export { overlayMap, type OverlayInput, type OverlayRegion } from './overlay.ts';
export { cooperationMap, municipalityMap, type CooperationMapInput, type MunicipalityMapInput } from './single.ts';
export { figureHtml, tableHtml, MAP_CREDIT, type FigureOptions } from './svg.ts';
export { geometryFromTopology, dissolve, type MapGeometry } from './geometry.ts';
export { municipalityGeometry, layerGeometry } from './source.ts';

/** Client entry modules (bundle with Vite) per figure kind. */
export const MAP_CLIENT_ENTRIES = {
  areas: 'src/site/client/map-areas.ts',
  kaart1: 'src/site/client/map-kaart1.ts',
  kaart2: 'src/site/client/map-kaart2.ts',
  zoom: 'src/site/client/map-zoom.ts',
} as const;
/** The stylesheet every page with a map needs: its URL in the built site and its source file. */
export const MAP_STYLESHEET = '/assets/map.css';
export const MAP_CSS_FILE = fileURLToPath(new URL('./map.css', import.meta.url));
