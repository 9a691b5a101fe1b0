/**
 * Plain Dutch for how the analysis reached a result, for readers of the site and the guide. The
 * analysis records which rule fired and the words that made it fire; the rule numbers and the
 * technical wording belong on the method page (TYPOLOGY_RULES), the reader sees a sentence.
 */
import { GOAL_CLASSES, type GoalClass, type Typology } from '../model/enums.ts';
import type { GoalTestRecord } from '../text/goal-test-record.ts';
import type { TypologyCooperation, TypologyRule } from '../analysis/types.ts';
import { GOAL_CLASS_LABEL } from './components.ts';
import { formatCountOf, formatOf, joinDutch, plural } from './format.ts';

/** The typology rules in the order the analysis tries them (src/analysis/typology.ts), for the method page. */
export const TYPOLOGY_RULES: { rule: TypologyRule; typology: Typology; text: string }[] = [
  { rule: 'ECONOMISCH_CLUSTER', typology: 'ECONOMISCH', text: 'De naam of de agendatitel noemt een economisch cluster, zoals een greenport, brainport, haven of campus.' },
  { rule: 'LANDSCHAP_NAAM', typology: 'LANDSCHAPPELIJK', text: 'De naam of de agendatitel noemt een landschap, natuurgebied of water, zoals de Veluwe, een rivier of een veengebied.' },
  { rule: 'ECONOMISCHE_PARTNERS', typology: 'ECONOMISCH', text: 'Er doen minstens twee bedrijven, ondernemersorganisaties of onderwijs- en kennisinstellingen mee.' },
  { rule: 'ECONOMISCH_THEMA', typology: 'ECONOMISCH', text: 'Het enige thema van de agenda is ruimte voor economische sectoren.' },
  { rule: 'LANDSCHAP_THEMA', typology: 'LANDSCHAPPELIJK', text: 'De agenda gaat over natuur en verder alleen over water en bodem, landbouw of overige thema’s.' },
  { rule: 'STANDAARD', typology: 'BESTUURLIJK', text: 'Geen van de regels hierboven past: de agenda volgt dan een bestaande bestuurlijke indeling.' },
];

const TYPE_WORD: Record<Typology, string> = { BESTUURLIJK: 'bestuurlijk', ECONOMISCH: 'economisch', LANDSCHAPPELIJK: 'landschappelijk' };

/** The sentence for one rule with the words that fired, e.g. "De naam of de agendatitel noemt een landschap of water: ‘veluwe’." */
function ruleSentence(rule: TypologyRule, words: string[]): string {
  const quoted = joinDutch(words.map((w) => `‘${w}’`));
  switch (rule) {
    case 'ECONOMISCH_CLUSTER':
      return `De naam of de agendatitel noemt een economisch cluster${words.length ? `: ${quoted}` : ''}.`;
    case 'LANDSCHAP_NAAM':
      return `De naam of de agendatitel noemt een landschap of water${words.length ? `: ${quoted}` : ''}.`;
    case 'ECONOMISCHE_PARTNERS':
      return 'Er doen minstens twee bedrijven of kennisinstellingen mee als partner.';
    case 'STANDAARD':
      return 'Er is geen economisch cluster, landschap of groep economische partners gevonden; dan volgt de agenda een bestaande bestuurlijke indeling.';
    default:
      return TYPOLOGY_RULES.find((r) => r.rule === rule)?.text ?? '';
  }
}

/**
 * Why an agenda has its type, in plain Dutch, in the same words on the site and in the guide. A type
 * given in the dataset is said to be given; when the rules would choose another type, that is said
 * too, with the rules' reason.
 */
export function typologyExplanation(t: Pick<TypologyCooperation, 'given' | 'inferred' | 'rule' | 'words'>): string {
  const because = ruleSentence(t.rule, t.words);
  if (t.given === null) return `Afgeleid uit de gegevens. ${because}`;
  if (t.given === t.inferred) return `Opgegeven in de dataset; de regels komen op hetzelfde type uit. ${because}`;
  return `Opgegeven in de dataset. De regels zouden ‘${TYPE_WORD[t.inferred]}’ kiezen: ${because.charAt(0).toLowerCase()}${because.slice(1)}`;
}

/**
 * A goal's reason without the list of deciding words the classifier appends in parentheses
 * ("Profilering van een gebied ('topregio', 'op', 'de', 'kaart') is …" → "Profilering van een gebied
 * is …"); the words are returned separately for a details element. Class codes (ABSTRACT) become
 * their labels (‘algemene ambitie’).
 */
export function goalReasonText(g: { reason: string; words: string[] }): { text: string; words: string[] } {
  const text = g.reason
    .replace(/\b(LOCATIE|LOBBY|PROCES|ABSTRACT)\b/g, (code) => `‘${GOAL_CLASS_LABEL[code as GoalClass].toLowerCase()}’`)
    .replace(/\s*\((?:‘[^’]*’|'[^']*')(?:,\s*(?:‘[^’]*’|'[^']*'))*\)/g, '').replace(/\s+([.;:,])/g, '$1');
  return { text, words: g.words };
}

const CLASS_PLURAL: Record<GoalClass, string> = { LOCATIE: 'locatiekeuzes', LOBBY: 'lobbydoelen', PROCES: 'procesdoelen', ABSTRACT: 'algemene ambities' };

/**
 * How far the automatic goal classes can be trusted, with every count's base: the one-time score of
 * the shipped model on goals from documents it was not trained on, or that it has not been measured.
 */
export function goalReliability(e: GoalTestRecord | null): string {
  if (e === null) return 'Hoe vaak deze automatische indeling klopt, is voor het gebruikte model niet gemeten; lees de aandelen als een benadering.';
  const perClass = GOAL_CLASSES.map((c) => `${CLASS_PLURAL[c]} ${formatOf(e.perClass[c].recognised, e.perClass[c].labelled)}`);
  return (
    `De soort van een doel is automatisch bepaald. Op ${plural(e.goals, 'doel', 'doelen')} uit ${plural(e.documents, 'document', 'documenten')} die niet zijn gebruikt om de indeling te maken, ` +
    `gaf die in ${formatCountOf(e.correct, e.goals)} dezelfde soort als de handmatige indeling; herkend werden ${joinDutch(perClass)}. Lees de aandelen daarom als een benadering.`
  );
}
