/**
 * Loads the reference data in data/reference/: the 342 municipalities of 2025 with province and
 * region per division (gemeenten.json), region names (regios.json), mergers 2015–2025
 * (samenvoegingen.csv), population 1-1-2024 (bevolking_2024.csv) and the CBS/PDOK topologies.
 * Paths resolve from this module's location, so the working directory does not matter; results are cached.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import type { Topology } from 'topojson-specification';
import type { Merger, Municipality, ReferenceDivision } from '../model/reference.ts';
import { LAYER_FILE_STEM, type TopologyLayer } from './layers.ts';
import { parseMergers } from './mergers.ts';
import { islandMunicipalities } from './islands.ts';

export type { TopologyLayer } from './layers.ts';
export { LAYER_FILE_STEM, TOPOLOGY_LAYERS } from './layers.ts';

export interface Reference {
  /** The 342 municipalities of 2025, sorted by code. */
  municipalities: Municipality[];
  byCode: Map<string, Municipality>;
  /** Region code → name per division. */
  regionNames: Record<ReferenceDivision, Record<string, string>>;
  mergers: Merger[];
  /** GM code → inhabitants on 1 January 2024. */
  population: Map<string, number>;
  /** GM code → CBS-based labour-market area of 2023 (data/pendel-2023/SOURCE.md); empty when not loaded. */
  labourMarketAreas2023?: Map<string, string>;
  /** Other names of 2025 municipalities (naamvarianten.csv: common, Frisian/Dutch, spellings); empty when not loaded. */
  nameVariants?: NameVariant[];
  /** Codes of municipalities without a land boundary with another (islands.ts); absent when not derived. */
  islands?: ReadonlySet<string>;
}

/** One row of data/reference/naamvarianten.csv. */
export interface NameVariant {
  variant: string;
  /** The CBS name of 2025 it stands for. */
  municipality: string;
  /** gangbaar | Fries | Nederlands | Engels | schrijfwijze */
  kind: string;
  source: string;
}

/** Absolute path of data/reference/ in the package. */
export const REFERENCE_DIR = fileURLToPath(new URL('../../data/reference/', import.meta.url));

function readText(name: string): string {
  return readFileSync(REFERENCE_DIR + name, 'utf8');
}

export interface ReferenceFiles {
  gemeentenJson: string;
  regiosJson: string;
  samenvoegingenCsv: string;
  bevolkingCsv: string;
  /** data/pendel-2023/nl_2023_areas_lma.csv (unit,area,residents); optional. */
  labourMarketAreasCsv?: string;
  /** data/reference/naamvarianten.csv (variant,gemeente,soort,bron); optional. */
  nameVariantsCsv?: string;
}

/** Builds a Reference from the file contents (pure; used by loadReference and tests). */
export function buildReference(files: ReferenceFiles): Reference {
  const municipalities = (JSON.parse(files.gemeentenJson) as Municipality[]).sort((a, b) =>
    a.code < b.code ? -1 : a.code > b.code ? 1 : 0,
  );
  const regionNames = JSON.parse(files.regiosJson) as Record<ReferenceDivision, Record<string, string>>;
  const rows = parse(files.bevolkingCsv, { columns: true, bom: true, skip_empty_lines: true }) as Record<string, string>[];
  const population = new Map<string, number>();
  for (const r of rows) population.set(r.code, Number(r.population));
  const areaRows = files.labourMarketAreasCsv ? (parse(files.labourMarketAreasCsv, { columns: true, bom: true, skip_empty_lines: true }) as Record<string, string>[]) : [];
  const labourMarketAreas2023 = new Map(areaRows.map((r) => [r.unit, r.area]));
  const variantRows = files.nameVariantsCsv ? (parse(files.nameVariantsCsv, { columns: true, bom: true, skip_empty_lines: true }) as Record<string, string>[]) : [];
  const nameVariants = variantRows.map((r) => ({ variant: r.variant, municipality: r.gemeente, kind: r.soort, source: r.bron }));
  return {
    municipalities,
    byCode: new Map(municipalities.map((m) => [m.code, m])),
    regionNames,
    mergers: parseMergers(files.samenvoegingenCsv),
    population,
    labourMarketAreas2023,
    nameVariants,
  };
}

let cachedReference: Reference | undefined;

/** The reference data (read once, then cached), with the island municipalities from the 2025 boundaries. */
export function loadReference(): Reference {
  cachedReference ??= {
    ...buildReference({
      gemeentenJson: readText('gemeenten.json'),
      regiosJson: readText('regios.json'),
      samenvoegingenCsv: readText('samenvoegingen.csv'),
      bevolkingCsv: readText('bevolking_2024.csv'),
      nameVariantsCsv: readText('naamvarianten.csv'),
      labourMarketAreasCsv: readFileSync(fileURLToPath(new URL('../../data/pendel-2023/nl_2023_areas_lma.csv', import.meta.url)), 'utf8'),
    }),
    islands: new Set(islandMunicipalities(loadTopology('gemeente'), LAYER_FILE_STEM.gemeente)),
  };
  return cachedReference;
}

const cachedTopologies = new Map<TopologyLayer, Topology>();

/**
 * WGS84 TopoJSON of one CBS/PDOK 2025 layer (object name `<stem>` from LAYER_FILE_STEM, e.g.
 * `gemeente_2025`; geometry id = statcode such as GM0363). Cached per layer.
 */
export function loadTopology(layer: TopologyLayer): Topology {
  let topology = cachedTopologies.get(layer);
  if (!topology) {
    const stem = LAYER_FILE_STEM[layer];
    if (!stem) throw new Error(`Unknown topology layer '${String(layer)}'`);
    topology = JSON.parse(readText(`cbs/${stem}.topojson`)) as Topology;
    cachedTopologies.set(layer, topology);
  }
  return topology;
}
