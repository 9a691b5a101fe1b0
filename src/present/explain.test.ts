import { describe, expect, it } from 'vitest';
import { goalReasonText, goalReliability, typologyExplanation, TYPOLOGY_RULES } from './explain.ts';

describe('explain', () => {
  it('typologyExplanation says whether the type was given or derived, in words without rule numbers or codes', () => {
    expect(typologyExplanation({ given: null, inferred: 'LANDSCHAPPELIJK', rule: 'LANDSCHAP_NAAM', words: ['veluwe'] })).toBe(
      'Afgeleid uit de gegevens. De naam of de agendatitel noemt een landschap of water: ‘veluwe’.',
    );
    const given = typologyExplanation({ given: 'BESTUURLIJK', inferred: 'ECONOMISCH', rule: 'ECONOMISCH_CLUSTER', words: ['greenport', 'campus'] });
    expect(given).toBe('Opgegeven in de dataset. De regels zouden ‘economisch’ kiezen: de naam of de agendatitel noemt een economisch cluster: ‘greenport’ en ‘campus’.');
    for (const rule of TYPOLOGY_RULES) {
      const text = typologyExplanation({ given: null, inferred: rule.typology, rule: rule.rule, words: [] });
      expect(text).not.toMatch(/Regel \d|BESTUURLIJK|ECONOMISCH|LANDSCHAPPELIJK|hierboven/);
    }
  });

  it('typologyExplanation says when the given type agrees with the rules, and words the fallback rule without codes', () => {
    expect(typologyExplanation({ given: 'BESTUURLIJK', inferred: 'BESTUURLIJK', rule: 'STANDAARD', words: [] })).toBe(
      'Opgegeven in de dataset; de regels komen op hetzelfde type uit. Er is geen economisch cluster, landschap of groep economische partners gevonden; dan volgt de agenda een bestaande bestuurlijke indeling.',
    );
    expect(typologyExplanation({ given: null, inferred: 'ECONOMISCH', rule: 'ECONOMISCHE_PARTNERS', words: ['VNO-NCW'] })).toBe(
      'Afgeleid uit de gegevens. Er doen minstens twee bedrijven of kennisinstellingen mee als partner.',
    );
  });

  it('goalReasonText moves the quoted word list out of the sentence and turns class codes into labels', () => {
    expect(goalReasonText({ reason: "Profilering van een gebied ('topregio', 'op', 'de', 'kaart') is geen fysieke ingreep op een plek.", words: ['topregio'] })).toEqual({
      text: 'Profilering van een gebied is geen fysieke ingreep op een plek.',
      words: ['topregio'],
    });
    expect(goalReasonText({ reason: "Het geleerde model kiest ABSTRACT (zekerheid 84%); de regels zeiden LOCATIE: Noemt een streek ('Achterhoek').", words: [] }).text).toBe(
      'Het geleerde model kiest ‘algemene ambitie’ (zekerheid 84%); de regels zeiden ‘locatiekeuze’: Noemt een streek.',
    );
    // A quoted name that is part of the sentence stays.
    expect(goalReasonText({ reason: "'Twente' is een streeknaam.", words: [] }).text).toBe("'Twente' is een streeknaam.");
  });

  it('goalReliability gives the one-time test score with every base, per class, or says it was not measured', () => {
    const record = {
      model: 'x', testSet: 't.csv', goals: 200, documents: 60, correct: 150, macroF1: 0.74,
      perClass: { LOCATIE: { labelled: 40, recognised: 30 }, LOBBY: { labelled: 30, recognised: 21 }, PROCES: { labelled: 50, recognised: 35 }, ABSTRACT: { labelled: 80, recognised: 64 } },
    };
    expect(goalReliability(record)).toBe(
      'De soort van een doel is automatisch bepaald. Op 200 doelen uit 60 documenten die niet zijn gebruikt om de indeling te maken, gaf die in 150 van de 200 (75%) dezelfde soort als de handmatige indeling; ' +
        'herkend werden locatiekeuzes 30 van de 40, lobbydoelen 21 van de 30, procesdoelen 35 van de 50 en algemene ambities 64 van de 80. Lees de aandelen daarom als een benadering.',
    );
    expect(goalReliability(null)).toMatch(/niet gemeten/);
  });
});
