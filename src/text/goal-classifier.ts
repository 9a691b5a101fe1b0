/**
 * Explainable rule-based classifier for regional goal statements. Every goal gets exactly one class:
 *   LOCATIE  — names a concrete place, area or piece of infrastructure where a physical intervention
 *              is to happen;
 *   LOBBY    — asks other governments or parties for money, capacity or decisions;
 *   PROCES   — postpones the spatial choice by first producing policy: a vision, agenda, strategy,
 *              plan, programme, agreement, study or exploration;
 *   ABSTRACT — a general ambition without a place.
 * with a Dutch `reden` naming the rule and the `woorden` that decided it. Matching works on
 * normalised tokens and light stems (tokenise.ts, stem.ts) against word lists (lexicon.ts) and the
 * gazetteer (gazetteer.ts, places.ts).
 */
import type { GoalClass } from '../model/enums.ts';
import { GOAL_CLASSES } from '../model/enums.ts';
import { endsAsQuestion, tokenise, youIndex, type Token } from './tokenise.ts';
import { loadGazetteer, type Gazetteer } from './gazetteer.ts';
import { findPlaces, type PlaceMention } from './places.ts';
import { internalRequest } from './internal-request.ts';
import {
  ADDRESSEES, AREA_ACTIONS, ASK_VERBS, ASKED_RESOURCES, CONTAINER_HEADS, DEFINITE, DETERMINING_VERBS, DOCUMENT_VERBS, LOBBY_VERBS,
  OBJECT_NOUNS, OPEN_QUESTIONS, PHYSICAL_INTERVENTIONS, POLICY_OBJECTS, POSITIONING, PROCESS_WORDS, PRODUCING_VERBS, findLex, findSeparable,
  type LexItem,
} from './lexicon.ts';

export interface GoalClassification {
  label: GoalClass;
  reden: string;
  woorden: string[];
}

export const MANUAL_REASON = 'Handmatig label uit de invoer';

/** Unique raw words in text order. */
function words(tokens: Token[], indices: number[]): string[] {
  return [...new Set([...new Set(indices)].sort((a, b) => a - b).map((i) => tokens[i].raw))];
}

function quote(list: string[]): string {
  return list.map((w) => `'${w}'`).join(', ');
}

/** Matches of a word list, also in separable form ("uit te breiden", "stel ... op"). */
function findVerb(tokens: Token[], list: LexItem[], text: string): number[] {
  return [...new Set([...findLex(tokens, list), ...findSeparable(tokens, list, text)])].sort((a, b) => a - b);
}

/** Index of the first token with one of `norms` within `window` tokens after `i`, or -1. */
function after(tokens: Token[], i: number, window: number, test: (t: Token, j: number) => boolean): number {
  for (let j = i + 1; j <= Math.min(tokens.length - 1, i + window); j++) if (test(tokens[j], j)) return j;
  return -1;
}

function near(a: number[], b: number[], distance: number): [number, number] | null {
  for (const i of a) for (const j of b) if (i !== j && Math.abs(i - j) <= distance) return [i, j];
  return null;
}

// ── LOBBY ────────────────────────────────────────────────────────────────────────────────────────
const DEAL_VERBS = [...ASK_VERBS, { stem: 'binnenhal', mode: 'prefix' as const }, { stem: 'verkrijg', mode: 'prefix' as const }];

const LOWER_GOVERNMENTS = new Set(['gemeenten', 'gemeente', 'regios', 'waterschappen']);
const WANT_VERBS = new Set(['wil', 'willen', 'wilde', 'wilden', 'verwacht', 'verwachten', 'eist', 'eisen', 'hoopt', 'hopen']);
const MONEY = new Set(['euro', 'miljoen', 'miljard', 'geld', 'middelen', 'budget', 'bijdrage', 'financiering', 'compensatie']);
const POINTING = new Set(['wijzen', 'wijst', 'wees', 'wezen']);

/**
 * Asks without a listed asking verb: "willen dat het kabinet ...", "vragen uw aandacht",
 * "het nieuwe kabinet moet 2 miljard euro uittrekken".
 */
function indirectAsk(tokens: Token[], addressees: number[], asks: number[]): number[] | null {
  const addressee = (t: Token, i: number) => addressees.includes(i) || t.norm === 'overheid';
  for (let i = 0; i < tokens.length; i++) {
    if (WANT_VERBS.has(tokens[i].norm) && tokens[i + 1]?.norm === 'dat') {
      const a = after(tokens, i + 1, 4, addressee);
      if (a >= 0) return [i, i + 1, a];
      const money = after(tokens, i + 1, 6, (t) => MONEY.has(t.norm));
      if (money >= 0) return [i, i + 1, money];
    }
  }
  // "het kabinet erop wijzen dat ...": pointing another government at something is asking it to act.
  for (let i = 0; i < tokens.length; i++) {
    if (!POINTING.has(tokens[i].norm) || addressees.length === 0) continue;
    const on = tokens.slice(Math.max(0, i - 3), i + 4).findIndex((t) => t.norm === 'erop' || t.norm === 'op');
    if (on >= 0 && !tokens.slice(Math.max(0, i - 5), i + 4).some((t) => LOWER_GOVERNMENTS.has(t.norm))) return [i, ...addressees];
  }
  for (const q of asks) {
    const at = after(tokens, q, 3, (t) => t.norm === 'aandacht');
    if (at >= 0) return [q, at];
  }
  for (const a of addressees) {
    const must = after(tokens, a, 3, (t) => t.norm === 'moet' || t.norm === 'moeten');
    const money = tokens.findIndex((t, j) => j > must && MONEY.has(t.norm));
    if (must >= 0 && money >= 0) return [a, must, money];
  }
  return null;
}

const IMPERATIVE_ASKS = new Set(['investeer', 'financier', 'geef', 'betaal', 'compenseer']);

const NOUN_BEFORE = new Set(['de', 'het', 'een', 'deze', 'die', 'dit', 'welke', 'elke', 'iedere', 'onze', 'hun', 'zijn', 'haar']);

/**
 * "vraag" as a noun, not the asking verb: after an article or an adjective ("de vraag naar woningen",
 * "een grote vraag") or in "vraag en aanbod". Demand on a market asks nobody for anything.
 */
function demandNoun(tokens: Token[], i: number): boolean {
  if (tokens[i].norm !== 'vraag') return false;
  const before = tokens[i - 1]?.norm ?? '';
  if (NOUN_BEFORE.has(before) || (before.endsWith('e') && before.length > 3 && !FINITE.has(before))) return true;
  return tokens[i + 1]?.norm === 'en' && tokens[i + 2]?.norm === 'aanbod';
}

/**
 * A goal that opens with the imperative of giving or paying ("Investeer in ...", "Geef stadsregio's ...",
 * "Zorg voor voldoende busverbindingen") addresses someone other than the writer: LOBBY without a named
 * addressee (docs/doelen.md, "Gebiedende wijs"). Imperatives of the region's own course ("Stel een visie
 * op", "Houd ... op peil") are left to the other rules.
 */
function imperativeAsk(tokens: Token[]): number[] | null {
  const first = tokens[0];
  if (!first?.capitalised) return null;
  if (IMPERATIVE_ASKS.has(first.norm)) return [0];
  if (first.norm === 'zorg' && (tokens[1]?.norm === 'voor' || tokens[1]?.norm === 'dat')) return [0, 1];
  return null;
}

const SUBMITTED = new Set(['ingediend', 'indienen', 'indient', 'indiende', 'indienden']);
const SERVE = new Set(['dienen', 'dient', 'diende', 'dienden']);

/**
 * An application that is or will be submitted ("heeft een aanvraag ingediend", "De aanvraag wordt ... ingediend")
 * asks whoever grants it for money or a decision: LOBBY, also without a named addressee.
 */
function submittedApplication(tokens: Token[]): number[] | null {
  const application = tokens.findIndex((t) => t.norm.startsWith('aanvraag') || t.norm === 'aanvragen');
  if (application < 0) return null;
  // "ingediend", or separable "dienen ... in".
  const submitted = (t: Token, i: number) => SUBMITTED.has(t.norm) || (SERVE.has(t.norm) && after(tokens, i, 6, (n) => n.norm === 'in') >= 0);
  for (let i = Math.max(0, application - 8); i < Math.min(tokens.length, application + 13); i++) if (submitted(tokens[i], i)) return [application, i];
  return null;
}

function lobbySignal(tokens: Token[], text: string): number[] | null {
  const verbs = findLex(tokens, LOBBY_VERBS);
  if (verbs.length > 0) return verbs;
  const imperative = imperativeAsk(tokens);
  if (imperative) return imperative;
  const application = submittedApplication(tokens);
  if (application) return application;
  // A question put to "u" ("Bent u bereid ...?", "Deelt u de mening ...?"): Kamervragen and letters ask
  // the addressed minister or government for a decision (docs/doelen.md, "Verzoeken in vraagvorm").
  const you = youIndex(tokens);
  if (you >= 0 && endsAsQuestion(text)) return [you];
  // Separable "roepen ... op" ("Ze roepen het provinciaal bestuur op ...").
  const call = tokens.findIndex((t, i) => (t.stem === 'roep' || t.norm === 'roept' || t.stem === 'riep') && tokens.slice(i + 1, i + 7).some((n) => n.norm === 'op'));
  if (call >= 0) return [call, tokens.findIndex((n, j) => j > call && n.norm === 'op')];
  const addressees = findLex(tokens, ADDRESSEES);
  // "vraagt de provincie gemeenten een programma op te stellen": a higher government asking lower ones to make policy is PROCES.
  const asks = findVerb(tokens, ASK_VERBS, text).filter((q) => after(tokens, q, 5, (t) => LOWER_GOVERNMENTS.has(t.norm)) < 0 && !demandNoun(tokens, q));
  const indirect = indirectAsk(tokens, addressees, asks);
  if (indirect) return indirect;
  if (addressees.length === 0) {
    // "Regio Deal aanvragen": the Regio Deal is the Rijk's instrument, so the addressee is implied.
    const deal = tokens.findIndex((t, i) => t.norm === 'regio' && tokens[i + 1]?.norm === 'deal');
    if (deal >= 0) {
      const ask = findLex(tokens, DEAL_VERBS);
      if (ask.length > 0) return [deal, deal + 1, ...ask];
    }
    return null;
  }
  // An asking verb anywhere with another government named: "bij het Rijk aandringen", "toegezegd".
  if (asks.length > 0) return [...asks, ...addressees];
  // "inzet richting (het) Rijk".
  for (const a of addressees) {
    if (tokens[a - 1]?.norm === 'richting' || tokens[a - 2]?.norm === 'richting') return [a - (tokens[a - 1]?.norm === 'richting' ? 1 : 2), a];
  }
  // "middelen van het Rijk", "bijdrage vanuit de provincie".
  const resources = findLex(tokens, ASKED_RESOURCES);
  for (const r of resources) {
    for (const a of addressees) {
      if (a > r && a - r <= 3 && tokens.slice(r + 1, a).some((t) => t.norm === 'van' || t.norm === 'vanuit' || t.norm === 'door')) return [r, a];
    }
  }
  const compound = addressees.filter((a) => tokens[a].norm.startsWith('rijks'));
  if (compound.length > 0) return compound;
  return null;
}

// ── PROCES ───────────────────────────────────────────────────────────────────────────────────────
/** Policy objects that are only the container of the goal ("Het doel van dit plan is ...") are not counted. */
function policyObjects(tokens: Token[]): number[] {
  return findLex(tokens, POLICY_OBJECTS).filter((i) => {
    const t = tokens[i];
    // Acronyms count only in capitals (LOP, RAS, REKS, RES), "aanpak" only as a policy approach.
    if (['lop', 'ras', 'reks', 'res'].includes(t.norm) && t.raw !== t.raw.toUpperCase()) return false;
    if (t.norm === 'aanpak' && !['gezamenlijke', 'integrale', 'gebiedsgerichte', 'regionale', 'gezamenlijk', 'programmatische'].includes(tokens[i - 1]?.norm ?? '')) return false;
    const container = tokens.slice(Math.max(0, i - 3), i).some((p) => CONTAINER_HEADS.includes(p.norm)) && tokens[i - 1]?.norm !== 'een';
    return !container;
  });
}

const WORKING = new Set(['werk', 'werkt', 'werken', 'gewerkt', 'werkten']);
const ARTICLES = new Set(['de', 'het', 'een', 'deze', 'dit', 'onze']);
const FINITE = new Set(['is', 'zijn', 'wordt', 'worden', 'zet', 'zetten', 'draait', 'heeft', 'hebben', 'gaat', 'gaan', 'staat', 'kan', 'moet', 'wil', 'willen']);

const STEM_VERBS = new Set(['stem', 'stemt', 'stemmen', 'stemde', 'stemden']);

const BEZIEN = new Set(['bezien', 'beziet', 'bezie', 'bezag', 'bezagen']);

const STUDY_VERBS = new Set(['voeren', 'voert', 'voer', 'uitvoeren', 'uitgevoerd', 'doen', 'laten', 'gestart', 'starten', 'start']);

/** Research, exploration, deliberation or an open decision ("samen bepalen welke ..."): PROCES by itself. */
function directProcess(tokens: Token[], text: string): number[] {
  const direct = findVerb(tokens, PROCESS_WORDS, text);
  tokens.forEach((t, i) => {
    // The noun "onderzoek" is a study only with an object or a doing verb ("onderzoek naar", "een onderzoek", "voeren onderzoek uit").
    const doing = tokens.slice(Math.max(0, i - 3), i + 4).some((n) => STUDY_VERBS.has(n.norm));
    if (t.norm === 'onderzoek' && (['naar', 'of', 'hoe', 'om'].includes(tokens[i + 1]?.norm ?? '') || tokens[i - 1]?.norm === 'een' || doing)) direct.push(i);
    // "in kaart brengen", "met elkaar in gesprek".
    if (t.norm === 'in' && (tokens[i + 1]?.norm === 'kaart' || tokens[i + 1]?.norm === 'beeld') && after(tokens, i + 1, 2, (n) => n.stem.startsWith('breng') || n.norm === 'gebracht') >= 0) direct.push(i, i + 1);
    if (t.norm === 'in' && tokens[i + 1]?.norm === 'gesprek') direct.push(i, i + 1);
    // "We kijken of ...", "bekijken we hoe ...", "bezien of ...": an open question to be answered first.
    if (t.stem === 'kijk' || t.stem === 'bekijk' || BEZIEN.has(t.norm)) {
      const q = after(tokens, i, 2, (n) => n.norm === 'of' || OPEN_QUESTIONS.has(n.norm));
      if (q >= 0) direct.push(i, q);
    }
    // "We stemmen de waterpeilen ... af op deze functies": separable afstemmen with the particle mid-clause.
    if (STEM_VERBS.has(t.norm)) {
      const particle = after(tokens, i, 15, (n) => n.norm === 'af');
      if (particle >= 0) direct.push(i, particle);
    }
  });
  for (const d of findVerb(tokens, DETERMINING_VERBS, text)) {
    const particle = tokens[d].norm.startsWith('vast') || tokens[d].stem.startsWith('bepal') ? d : after(tokens, d, 8, (n) => n.norm === 'vast');
    // "berekenen of", "wil weten of": a yes/no question is as open as "welke" ("bepalen of een initiatief past"
    // is mostly a document that is applied, so "of" counts only after these two).
    const yesNo = tokens[d].stem.startsWith('bereken') || tokens[d].norm === 'weten';
    const q = after(tokens, Math.max(d, particle), 4, (n) => OPEN_QUESTIONS.has(n.norm) || n.norm === 'hoeveel' || (yesNo && n.norm === 'of'));
    if (q >= 0) direct.push(d, q);
  }
  return direct;
}

const CARRY = new Set(['voer', 'voert', 'voeren', 'voerde', 'voerden']);

/**
 * "voeren ... uit" is uitvoeren: carrying out a plan that exists ("We voeren de plannen uit") makes no
 * new policy product (docs/doelen.md: hanteren/toepassen of an existing document is not PROCES).
 */
function carriedOut(tokens: Token[], i: number): boolean {
  if (!CARRY.has(tokens[i].norm)) return false;
  for (let j = i + 1; j < Math.min(tokens.length, i + 10); j++) if (tokens[j].norm === 'uit') return true;
  return false;
}

const SEEKING = new Set(['zoeken', 'zoekt', 'zocht', 'zochten', 'gezocht']);

function processSignal(tokens: Token[], text: string): { indices: number[]; rule: string } | null {
  const direct = directProcess(tokens, text);
  // Separable "af te stemmen": af … stemmen.
  const af = tokens.findIndex((t, i) => t.norm === 'af' && tokens.slice(i + 1, i + 3).some((n) => n.stem === 'stemm' || n.norm === 'stemmen'));
  if (af >= 0) direct.push(af, af + (tokens[af + 1]?.norm === 'te' ? 2 : 1));
  const seek = tokens.findIndex((t) => t.stem === 'zoek' || SEEKING.has(t.norm));
  const towards = seek >= 0 ? after(tokens, seek, 3, (n) => n.norm === 'naar') : -1;
  if (towards >= 0) direct.push(seek, towards);
  // "op elkaar afstemmen / afgestemd worden": coordination is the goal (not "dat hierop is afgestemd").
  const mutual = tokens.findIndex((t, i) => t.norm === 'op' && tokens[i + 1]?.norm === 'elkaar' && /^af(gestemd|stemm|te)/.test(tokens[i + 2]?.norm ?? ''));
  if (mutual >= 0) direct.push(mutual, mutual + 1, mutual + 2);
  if (direct.length > 0) return { indices: direct, rule: 'onderzoek, verkenning of afstemming gaat aan de keuze vooraf' };
  // "Hierin staat waar en hoe ...": a document that holds the choice still to be made.
  const holder = tokens.findIndex((t) => ['hierin', 'daarin', 'waarin'].includes(t.norm));
  const says = holder >= 0 ? after(tokens, holder, 2, (n) => ['staat', 'staan', 'komt', 'komen'].includes(n.norm)) : -1;
  const question = says >= 0 ? after(tokens, says, 3, (n) => OPEN_QUESTIONS.has(n.norm)) : -1;
  if (question >= 0) return { indices: [holder, says, question], rule: 'het doel verwijst naar een beleidsdocument dat de keuze beschrijft' };
  const objects = policyObjects(tokens);
  if (objects.length === 0) return null;
  // "werken aan een beleidskader": working on a product is making it.
  const working = tokens.map((t, i) => (WORKING.has(t.norm) && after(tokens, i, 3, (n) => n.norm === 'aan') >= 0 ? i : -1)).filter((i) => i >= 0);
  const producing = [...findVerb(tokens, PRODUCING_VERBS, text).filter((i) => !carriedOut(tokens, i)), ...working];
  const pair = near(producing, objects, 6);
  if (pair) return { indices: pair, rule: 'het doel is eerst een beleidsproduct te maken' };
  const documents = findVerb(tokens, DOCUMENT_VERBS, text);
  const described = near(objects, documents, 5);
  if (described) return { indices: described, rule: 'het doel verwijst naar een beleidsdocument dat de keuze beschrijft' };
  // "met een gezamenlijke visie", "via de agenda": the policy product is the means.
  for (const o of objects) {
    // Only a new product ("met een gezamenlijke visie"); "met het programma ..." is the holder of the goal.
    const before = tokens.slice(Math.max(0, o - 5), o).map((t) => t.norm);
    const means = Math.max(before.lastIndexOf('met'), before.lastIndexOf('via'));
    if (means >= 0 && !before.slice(means + 1).some((w) => DEFINITE.has(w) || w === 'dit' || w === 'onze')) return { indices: [o], rule: 'een beleidsproduct is het middel' };
  }
  // A heading that is a policy product: "De regionale woonagenda", "Uitvoeringsagenda voor ...".
  let k = 0;
  while (k < tokens.length && (ARTICLES.has(tokens[k].norm) || (k < 3 && tokens[k].norm.endsWith('e') && !objects.includes(k)))) k++;
  if (objects.includes(k) && k <= 3 && tokens.length <= 15 && !tokens.some((t) => FINITE.has(t.norm))) return { indices: [k], rule: 'het doel is een beleidsproduct' };
  return null;
}

// ── LOCATIE ──────────────────────────────────────────────────────────────────────────────────────
/** Adverbs that end like a road ("grofweg", "onderweg"): no object. */
const NOT_OBJECTS = new Set(['grofweg', 'onderweg', 'halverwege']);

/** Definite concrete objects ("de dijk", "het stationsgebied", "deze rotonde"): a place without a name. */
function definiteObjects(tokens: Token[]): number[] {
  return findLex(tokens, OBJECT_NOUNS).filter((i) => !NOT_OBJECTS.has(tokens[i].norm) && (DEFINITE.has(tokens[i - 1]?.norm ?? '') || (DEFINITE.has(tokens[i - 2]?.norm ?? '') && !DEFINITE.has(tokens[i - 1]?.norm ?? '') && tokens[i - 1].norm.endsWith('e'))));
}

const MEASURE_UNITS = new Set(['hectare', 'ha', 'kilometer', 'kilometers', 'km', 'meter', 'vierkante']);

/**
 * A number with a unit of length or area ("300 hectare nieuwe natuur", "180 kilometer dijk"): a concrete thing
 * with a size is a physical intervention (docs/doelen.md, "Een plek met een werkwoord buiten de lijst"); it still
 * needs a place to be a location choice.
 */
function measuredThings(tokens: Token[]): number[] {
  // Not a speed ("100 km/u").
  const speed = (i: number) => tokens[i + 1]?.norm === 'u' || tokens[i + 1]?.norm === 'uur';
  return tokens.flatMap((t, i) => (/^\d/.test(t.norm) && MEASURE_UNITS.has(tokens[i + 1]?.norm ?? '') && !speed(i + 1) ? [i + 1] : []));
}

function locationSignal(tokens: Token[], places: PlaceMention[], text: string) {
  const objects = definiteObjects(tokens);
  const outside = (i: number) => !places.some((p) => i >= p.from && i < p.to) && !objects.includes(i);
  const actions = findVerb(tokens, AREA_ACTIONS, text).filter(outside);
  const physical = [...findVerb(tokens, PHYSICAL_INTERVENTIONS, text).filter(outside), ...measuredThings(tokens)];
  const positioning = findLex(tokens, POSITIONING);
  const emphatic = tokens.map((t, i) => (t.raw === 'hét' || t.raw === 'dé' ? i : -1)).filter((i) => i >= 0);
  const branding = [...positioning, ...emphatic];
  const opDeKaart = tokens.findIndex((t, i) => t.norm === 'op' && tokens[i + 1]?.norm === 'de' && tokens[i + 2]?.norm === 'kaart');
  if (opDeKaart >= 0) branding.push(opDeKaart, opDeKaart + 1, opDeKaart + 2);
  return { actions, physical, branding, objects };
}

/**
 * Precedence, applied in this order; the first rule that fires decides:
 *  0. A manual label from the input (`doelen.label`) always wins.
 *  1. LOBBY beats everything: a goal that asks the Rijk, the province or Europe for money or a
 *     decision depends on someone else, even when it names a place (the A20 or a rail link) or a
 *     study ("het Rijk vragen om een MIRT-verkenning").
 *  2. PROCES beats a place: "het opstellen van een gebiedsvisie voor de Bommelerwaard" names a place
 *     but its deliverable is a vision, so the choice of where the spade goes is postponed.
 *  3. LOCATIE needs a place with enough weight (places.ts):
 *     - named infrastructure (A20, Lelylijn, Amercentrale, station X) counts by itself;
 *     - a named nature area, water, landscape or a municipality used as a place needs an action on
 *       it (ontwikkelen, versterken, aanleggen, herstellen, investeren, ...);
 *     - a region name (Twente, Achterhoek, Veluwe, Peel) needs a concrete physical intervention
 *       (vakantieparken, tuinbouw, dijk, fietspad, aanleg, herstructurering, ...): "Twente als
 *       technologische topregio" is about the whole region, not a place where something is built;
 *     - provinces, "de regio", "regio X" and municipalities named as actors never count;
 *     - branding of an area ("profileren", "positioneren", "topregio", "op de kaart", "hét/dé")
 *       without a concrete physical intervention is not a location choice.
 *  4. Otherwise ABSTRACT. Ties within a class do not arise: the first firing rule decides, and
 *     `woorden` lists the words of that rule only (for LOCATIE: the places and the action).
 */
export function classifyGoal(text: string, manualLabel: GoalClass | null = null, gazetteer: Gazetteer = loadGazetteer()): GoalClassification {
  if (manualLabel !== null && (GOAL_CLASSES as readonly string[]).includes(manualLabel)) {
    return { label: manualLabel, reden: MANUAL_REASON, woorden: [] };
  }
  return analyseGoalText(text, gazetteer).classification;
}

/** The rule classification plus the tokens and the rule signals that fired (features of the learned model, goal-model.ts). */
export interface GoalTextAnalysis {
  classification: GoalClassification;
  tokens: Token[];
  signals: string[];
  /** The places found in the text (places.ts), in text order. */
  places: PlaceMention[];
}

export function analyseGoalText(text: string, gazetteer: Gazetteer = loadGazetteer()): GoalTextAnalysis {
  const tokens = tokenise(text);
  if (tokens.length === 0) {
    return { classification: { label: 'ABSTRACT', reden: 'Lege tekst: geen plek, verzoek of beleidsproduct te vinden.', woorden: [] }, tokens, signals: [], places: [] };
  }
  // A council asking its own executive asks no one outside: no lobby signal (internal-request.ts).
  const internal = internalRequest(tokens);
  const lobby = internal ? null : lobbySignal(tokens, text);
  const places = findPlaces(text, tokens, gazetteer);
  const process = processSignal(tokens, text);
  const location = locationSignal(tokens, places, text);
  const signals = [
    lobby ? 'lobby' : '', internal ? 'intern-verzoek' : '', process ? 'proces' : '',
    ...new Set(places.map((p) => `plek-${p.weight}`)),
    location.actions.length > 0 ? 'handeling' : '', location.physical.length > 0 ? 'fysiek' : '', location.branding.length > 0 ? 'profilering' : '',
    location.objects.length > 0 ? 'plek-object' : '',
  ].filter((x) => x !== '');
  return { classification: decide(tokens, lobby, places, process, location), tokens, signals, places };
}

function decide(tokens: Token[], lobby: number[] | null, places: PlaceMention[], process: { indices: number[]; rule: string } | null, location: ReturnType<typeof locationSignal>): GoalClassification {
  if (lobby) {
    const w = words(tokens, lobby);
    return { label: 'LOBBY', reden: `Vraagt andere overheden of partijen om geld, capaciteit of besluiten (${quote(w)}); lobby gaat voor plek en proces.`, woorden: w };
  }

  if (process) {
    const w = words(tokens, process.indices);
    const placeNote = places.some((p) => p.weight !== 'bestuurlijk') ? ` Dat gaat voor de genoemde plek (${quote(places.filter((p) => p.weight !== 'bestuurlijk').map((p) => p.text))}).` : '';
    return { label: 'PROCES', reden: `De ruimtelijke keuze wordt uitgesteld: ${process.rule} (${quote(w)}).${placeNote}`, woorden: w };
  }

  const { actions, physical, branding } = location;
  const infra = places.filter((p) => p.weight === 'infra');
  const areas = places.filter((p) => p.weight === 'gebied');
  const regions = places.filter((p) => p.weight === 'streek');
  const brandingOnly = branding.length > 0 && physical.length === 0;
  if (!brandingOnly) {
    if (infra.length > 0) {
      const w = [...infra.map((p) => p.text), ...words(tokens, [...physical, ...actions])];
      return { label: 'LOCATIE', reden: `Noemt concrete infrastructuur (${quote(infra.map((p) => p.text))}) waar de ingreep plaatsvindt.`, woorden: [...new Set(w)] };
    }
    if (areas.length > 0 && (actions.length > 0 || physical.length > 0)) {
      const act = words(tokens, [...physical, ...actions]);
      return { label: 'LOCATIE', reden: `Noemt een concreet gebied of een concrete plek (${quote(areas.map((p) => p.text))}) met een ingreep erin (${quote(act)}).`, woorden: [...new Set([...areas.map((p) => p.text), ...act])] };
    }
    if (location.objects.length > 0 && (actions.length > 0 || physical.length > 0)) {
      const objects = words(tokens, location.objects);
      const act = words(tokens, [...physical, ...actions]);
      return { label: 'LOCATIE', reden: `Noemt een bepaald object (${quote(objects)}) met een fysieke ingreep erop (${quote(act)}).`, woorden: [...new Set([...objects, ...act])] };
    }
    if (regions.length > 0 && physical.length > 0) {
      const act = words(tokens, physical);
      return { label: 'LOCATIE', reden: `Noemt een streek (${quote(regions.map((p) => p.text))}) met een concrete fysieke ingreep (${quote(act)}).`, woorden: [...new Set([...regions.map((p) => p.text), ...act])] };
    }
  }

  const named = places.filter((p) => p.weight !== 'bestuurlijk');
  if (named.length > 0 && brandingOnly) {
    const w = [...named.map((p) => p.text), ...words(tokens, branding)];
    return { label: 'ABSTRACT', reden: `Profilering van een gebied (${quote(words(tokens, branding))}) is geen fysieke ingreep op een plek.`, woorden: [...new Set(w)] };
  }
  if (regions.length > 0 && areas.length === 0 && infra.length === 0) {
    return { label: 'ABSTRACT', reden: `${quote(regions.map((p) => p.text))} is een streek- of regionaam; zonder concrete fysieke ingreep is dat geen locatiekeuze.`, woorden: regions.map((p) => p.text) };
  }
  if (named.length > 0) {
    return { label: 'ABSTRACT', reden: `Noemt ${quote(named.map((p) => p.text))}, maar zonder ingreep op die plek: een algemene ambitie.`, woorden: named.map((p) => p.text) };
  }
  return { label: 'ABSTRACT', reden: 'Geen concrete plek, geen verzoek aan anderen en geen beleidsproduct: een algemene ambitie.', woorden: [] };
}
