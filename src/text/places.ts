/**
 * Place recognition in a tokenised goal text. A mention comes from the gazetteer (longest phrase
 * match; capitalised names must be capitalised in the text) or from a pattern: road numbers A1–A79
 * and N1–N999, "station X", "knooppunt X", "Nationaal Park X", "bedrijventerrein X", "langs/rondom
 * de X", "in het gebied X", "op het terrein X", and proper names ending in -plassen, -meer, -polder
 * and similar. Each mention gets a weight for the classifier:
 *   infra       — a named piece of infrastructure: a location by itself;
 *   gebied      — a named nature area, water or landscape, or a municipality used as a place
 *                 ("in Delfzijl", "tussen Almere en Zeewolde"): a location when the goal acts on it;
 *   streek      — a region name (Twente, Peel, Veluwe): only with a concrete physical intervention;
 *   bestuurlijk — a province, "regio X", or a municipality named as an actor ("de gemeenten
 *                 Zaltbommel en Maasdriel"): never a location.
 */
import type { Token } from './tokenise.ts';
import type { Gazetteer, PlaceKind } from './gazetteer.ts';

export type PlaceWeight = 'infra' | 'gebied' | 'streek' | 'bestuurlijk';

export interface PlaceMention {
  /** The words as written in the goal text. */
  text: string;
  kind: PlaceKind;
  /** List `soort` or the pattern that found it (e.g. "rijksweg", "patroon: langs de"). */
  detail: string;
  weight: PlaceWeight;
  /** Token range [from, to). */
  from: number;
  to: number;
}

const MOTORWAY = /^A(?:[1-9]|[1-7]\d)$/;
const PROVINCIAL_ROAD = /^N[1-9]\d{0,2}$/;
const NAME_SUFFIXES = ['plassen', 'plas', 'meer', 'kanaal', 'polder', 'waard', 'weerd', 'heide', 'duinen', 'bos', 'bossen', 'woud', 'gebied', 'vallei', 'dal', 'veen'];
/** Generic landscape words that end like a name but are not one. */
const SUFFIX_STOPLIST = new Set([
  'gebied', 'buitengebied', 'natuurgebied', 'veenweidegebied', 'poldergebied', 'watergebied', 'werkingsgebied',
  'samenwerkingsgebied', 'kerngebied', 'mijngebied', 'recreatiegebied', 'stroomgebied', 'landbouwgebied',
  'uitloopgebied', 'zoekgebied', 'plangebied', 'woongebied', 'havengebied', 'grensgebied', 'meer', 'bos',
  'bossen', 'polder', 'heide', 'duinen', 'dal', 'veen', 'vallei', 'plas', 'plassen', 'kanaal', 'waard',
]);
/** Words before a municipality name that make it a place rather than an actor. */
const LOCATIVE = new Set(['in', 'rond', 'rondom', 'bij', 'nabij', 'tussen', 'naar', 'tot', 'via', 'langs', 'richting', 'omgeving', 'steden', 'kernen', 'dorpen', 'stad', 'kern', 'dorp']);
const ACTOR_HEADS = new Set(['gemeente', 'gemeenten', 'provincie', 'provincies', 'regio', 'waterschap', 'hoogheemraadschap', 'veiligheidsregio', 'stuurgroep', 'college', 'colleges', 'gemeentebestuur', 'raad']);
const AREA_TRIGGERS: { words: string[]; detail: string }[] = [
  { words: ['langs', 'de'], detail: 'patroon: langs de' },
  { words: ['rondom', 'de'], detail: 'patroon: rondom de' },
  { words: ['rond', 'de'], detail: 'patroon: rond de' },
  { words: ['in', 'het', 'gebied'], detail: 'patroon: in het gebied' },
  { words: ['op', 'het', 'terrein'], detail: 'patroon: op het terrein' },
  { words: ['op', 'het', 'terrein', 'van'], detail: 'patroon: op het terrein van' },
];
const INFRA_TRIGGERS: { word: string; detail: string }[] = [
  { word: 'station', detail: 'patroon: station X' },
  { word: 'knooppunt', detail: 'patroon: knooppunt X' },
  { word: 'bedrijventerrein', detail: 'patroon: bedrijventerrein X' },
  { word: 'bedrijvenpark', detail: 'patroon: bedrijvenpark X' },
  { word: 'industrieterrein', detail: 'patroon: industrieterrein X' },
  { word: 'werklocatie', detail: 'patroon: werklocatie X' },
  { word: 'haven', detail: 'patroon: haven X' },
];
/** Lookups for the per-token loop (first trigger in list order per word, first words of area triggers). */
const INFRA_TRIGGER_BY_WORD = new Map<string, (typeof INFRA_TRIGGERS)[number]>();
for (const tr of INFRA_TRIGGERS) if (!INFRA_TRIGGER_BY_WORD.has(tr.word)) INFRA_TRIGGER_BY_WORD.set(tr.word, tr);
const AREA_TRIGGER_FIRST_WORDS = new Set(AREA_TRIGGERS.map((tr) => tr.words[0]));
const INFRA_WORDS = new Set(['stationsgebied', 'stationsgebieden', 'stationslocatie', 'stationsomgeving']);

function weightOf(kind: PlaceKind, detail: string): PlaceWeight {
  // A business location is an area like a landscape: it needs an action on it ("Klavertje 4 ontwikkelen").
  if (kind === 'infrastructuur') return detail === 'werklocatie' ? 'gebied' : 'infra';
  if (kind === 'natuur' || kind === 'water' || kind === 'landschap') return 'gebied';
  if (kind === 'streek') return 'streek';
  return 'bestuurlijk';
}

function span(text: string, tokens: Token[], from: number, to: number): string {
  return text.slice(tokens[from].start, tokens[to - 1].end);
}

/** Extent of a capitalised name starting at i (e.g. "Halfweg Zwanenburg", "Maasvlakte 2"). */
function nameExtent(tokens: Token[], i: number): number {
  let j = i;
  while (j < tokens.length && (tokens[j].capitalised || (j > i && /^\d+$/.test(tokens[j].raw)))) j++;
  return j;
}

function matchGazetteer(tokens: Token[], i: number, gazetteer: Gazetteer) {
  const candidates = gazetteer.byFirstToken.get(tokens[i].norm);
  if (!candidates) return null;
  for (const entry of candidates) {
    if (i + entry.tokens.length > tokens.length) continue;
    if (entry.capitalised && !tokens[i].capitalised) continue;
    let ok = true;
    for (let k = 1; k < entry.tokens.length; k++) {
      if (tokens[i + k].norm !== entry.tokens[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return entry;
  }
  return null;
}

function startsWith(tokens: Token[], i: number, words: string[]): boolean {
  return words.every((w, k) => tokens[i + k]?.norm === w);
}

/** Is the municipality mention at [from, to) used as a place? */
function municipalityIsPlace(tokens: Token[], from: number, to: number, mentions: PlaceMention[]): boolean {
  const before = tokens[from - 1]?.norm;
  if (before === undefined) return false;
  if (ACTOR_HEADS.has(before)) return false;
  if (LOCATIVE.has(before)) return true;
  // "van Zwolle naar ...", "van Bergen tot en met Amsterdam": the ends of a stretch, and its far end.
  if (before === 'van' && tokens.slice(to, to + 4).some((t) => t.norm === 'naar' || t.norm === 'tot')) return true;
  if (before === 'met' && tokens[from - 2]?.norm === 'en' && tokens[from - 3]?.norm === 'tot') return true;
  // A list continues the role of its first member: "in Breda, Etten-Leur en Roosendaal".
  const previous = mentions[mentions.length - 1];
  const continuesList = previous !== undefined && (previous.to === from || (previous.to === from - 1 && before === 'en'));
  if (continuesList && previous.kind === 'gemeente') return previous.weight === 'gebied';
  return false;
}

function addMention(mentions: PlaceMention[], text: string, tokens: Token[], m: Omit<PlaceMention, 'text'>): void {
  mentions.push({ ...m, text: span(text, tokens, m.from, m.to) });
}

export function findPlaces(text: string, tokens: Token[], gazetteer: Gazetteer): PlaceMention[] {
  const mentions: PlaceMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    const first = t.raw.charCodeAt(0);
    // Road numbers start with A or N: test the patterns only then.
    if ((first === 65 || first === 78) && (MOTORWAY.test(t.raw) || PROVINCIAL_ROAD.test(t.raw))) {
      addMention(mentions, text, tokens, { kind: 'infrastructuur', detail: MOTORWAY.test(t.raw) ? 'rijksweg' : 'provinciale weg', weight: 'infra', from: i, to: i + 1 });
      i++;
      continue;
    }
    if (INFRA_WORDS.has(t.norm)) {
      addMention(mentions, text, tokens, { kind: 'infrastructuur', detail: 'stationsgebied', weight: 'infra', from: i, to: i + 1 });
      i++;
      continue;
    }
    const trigger = INFRA_TRIGGER_BY_WORD.get(t.norm);
    if (trigger && tokens[i + 1]?.capitalised) {
      const end = nameExtent(tokens, i + 1);
      addMention(mentions, text, tokens, { kind: 'infrastructuur', detail: trigger.detail, weight: 'infra', from: i, to: end });
      i = end;
      continue;
    }
    if ((t.norm === 'nationaal' || t.norm === 'nationale') && (tokens[i + 1]?.norm === 'park' || tokens[i + 1]?.norm === 'landschap') && tokens[i + 2]?.capitalised) {
      const end = nameExtent(tokens, i + 2);
      addMention(mentions, text, tokens, { kind: 'natuur', detail: 'patroon: Nationaal Park/Landschap X', weight: 'gebied', from: i, to: end });
      i = end;
      continue;
    }
    const entry = matchGazetteer(tokens, i, gazetteer);
    if (entry) {
      const to = i + entry.tokens.length;
      let weight = weightOf(entry.kind, entry.detail);
      const before = tokens[i - 1]?.norm;
      if (entry.kind === 'gemeente') weight = municipalityIsPlace(tokens, i, to, mentions) ? 'gebied' : 'bestuurlijk';
      if (entry.kind !== 'infrastructuur' && before !== undefined && ACTOR_HEADS.has(before)) weight = 'bestuurlijk';
      addMention(mentions, text, tokens, { kind: entry.kind, detail: entry.detail, weight, from: i, to });
      i = to;
      continue;
    }
    const area = AREA_TRIGGER_FIRST_WORDS.has(t.norm)
      ? AREA_TRIGGERS.filter((tr) => startsWith(tokens, i, tr.words)).sort((a, b) => b.words.length - a.words.length)[0]
      : undefined;
    if (area) {
      const nameStart = i + area.words.length;
      const named = tokens[nameStart];
      if (named?.capitalised && !gazetteer.byFirstToken.has(named.norm)) {
        const end = nameExtent(tokens, nameStart);
        addMention(mentions, text, tokens, { kind: 'landschap', detail: area.detail, weight: 'gebied', from: nameStart, to: end });
        i = end;
        continue;
      }
    }
    if (t.capitalised && !t.sentenceStart && !SUFFIX_STOPLIST.has(t.norm)) {
      const suffix = NAME_SUFFIXES.find((s) => t.norm.endsWith(s) && t.norm.length >= s.length + 3);
      if (suffix) {
        const kind: PlaceKind = ['plassen', 'plas', 'meer', 'kanaal'].includes(suffix) ? 'water' : 'landschap';
        addMention(mentions, text, tokens, { kind, detail: `naampatroon: -${suffix}`, weight: 'gebied', from: i, to: i + 1 });
        i++;
        continue;
      }
    }
    i++;
  }
  return mentions;
}
