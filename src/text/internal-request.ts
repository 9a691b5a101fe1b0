/**
 * A request inside one government: a council, its members or a motion asking their own executive
 * ("In deze motie hebben PS aan GS verzocht een verkenning te starten", "De raad vraagt het college
 * ... te onderzoeken"), or the executive asking its own council ("het college vraagt de raad een
 * krediet beschikbaar te stellen"). Such a request asks no party outside the cooperation for money,
 * capacity or a decision, so it is not LOBBY (docs/doelen.md, "Verzoeken binnen één overheid"); what
 * is asked decides the class. It stays LOBBY when the executive is asked to press someone outside
 * ("het college op te roepen bij de minister aan te dringen", "... actief te lobbyen").
 */
import type { Token } from './tokenise.ts';

/** Councils, their members and motions: who asks inside a government. */
const COUNCIL = new Set(['motie', 'moties', 'raad', 'gemeenteraad', 'staten', 'ps', 'fractie', 'fracties', 'raadslid', 'raadsleden', 'statenlid', 'statenleden']);
/** Executives: who is asked inside a government. */
const EXECUTIVE = new Set(['college', 'colleges', 'gs', 'wethouder', 'wethouders', 'gedeputeerde', 'gedeputeerden', 'burgemeester']);
/** Anyone outside the government itself; with one of these the request can still be lobby. */
const OUTSIDE = new Set([
  'rijk', 'rijksoverheid', 'kabinet', 'ministerie', 'minister', 'staatssecretaris', 'regering', 'kamer', 'europa', 'eu', 'brussel',
  'provincie', 'provincies', 'provinciaal', 'ns', 'prorail', 'rijkswaterstaat', 'instanties', 'overheden', 'toestemming', 'vng', 'vereniging', 'waterschap', 'waterschappen',
]);
/** A province's own council: there "de provincie" is the government itself, not someone outside. */
const PROVINCIAL_COUNCIL = new Set(['staten', 'ps', 'statenlid', 'statenleden']);
const PROVINCE = new Set(['provincie', 'provinciaal', 'provinciale']);

/** Verbs that carry a request outward from the executive. */
function pressesOutward(token: Token): boolean {
  return token.norm.startsWith('lobby') || token.norm.startsWith('aandring') || token.norm.startsWith('aangedrong');
}

function outside(token: Token, provincial: boolean): boolean {
  if (provincial && PROVINCE.has(token.norm)) return false;
  return OUTSIDE.has(token.norm) || token.norm.startsWith('rijks') || token.norm.startsWith('overheids') || token.norm.startsWith('subsidie');
}

/**
 * True when the goal's request goes from a council to its executive or back, and to no one outside. No asking
 * verb is looked for: a sentence that names only the two sides and asks nothing has no lobby signal to take away.
 */
export function internalRequest(tokens: Token[]): boolean {
  // "Gedeputeerde Staten" names the executive, not the council.
  const councils = tokens.filter((t, i) => COUNCIL.has(t.norm) && !(t.norm === 'staten' && tokens[i - 1]?.norm === 'gedeputeerde'));
  const executive = tokens.some((t) => EXECUTIVE.has(t.norm));
  if (councils.length === 0 || !executive) return false;
  const provincial = councils.some((t) => PROVINCIAL_COUNCIL.has(t.norm));
  return !tokens.some((t) => outside(t, provincial) || pressesOutward(t));
}
