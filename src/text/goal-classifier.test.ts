import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GOAL_CLASSES } from '../model/enums.ts';
import { MANUAL_REASON, classifyGoal } from './goal-classifier.ts';

const label = (text: string) => classifyGoal(text).label;

describe('classifyGoal(text, manualLabel) — manual labels', () => {
  it('a manual label wins and says so', () => {
    const c = classifyGoal('Verbreding van de A20', 'PROCES');
    expect(c).toEqual({ label: 'PROCES', reden: MANUAL_REASON, woorden: [] });
    expect(MANUAL_REASON).toBe('Handmatig label uit de invoer');
  });
});

describe('classifyGoal — LOBBY (rule 1, beats place and process)', () => {
  it('asking the Rijk or province for money or decisions', () => {
    expect(label('Bij het Rijk aandringen op middelen voor de verbreding van de A20')).toBe('LOBBY');
    expect(label('Lobby voor de aanleg van de Lelylijn')).toBe('LOBBY');
    expect(label('Inzet richting Rijk voor extra woningbouw')).toBe('LOBBY');
    expect(label('Met middelen van het Rijk de dorpskernen versterken')).toBe('LOBBY');
    expect(label('Een Regio Deal aanvragen voor de Veenkoloniën')).toBe('LOBBY');
    expect(label('Wij roepen de provincie op de N279 te verdubbelen')).toBe('LOBBY');
    expect(label('De gemeenten pleiten voor behoud van de streekbus')).toBe('LOBBY');
  });
  it('a question put to "u" asks the addressed party for a decision', () => {
    expect(label('Bent u bereid de subsidie voor station Lisse beschikbaar te stellen?')).toBe('LOBBY');
    expect(label('Deelt u de mening dat de N35 verbreed moet worden?')).toBe('LOBBY');
    // A question without "u" or a statement to "u" is not a request.
    expect(label('Hoe zorgen we voor genoeg woningen?')).not.toBe('LOBBY');
    expect(label('Wij informeren u over de voortgang van de woningbouw')).not.toBe('LOBBY');
  });
  it('lists the asking words', () => {
    expect(classifyGoal('Lobby voor de aanleg van de Lelylijn').woorden).toEqual(['Lobby']);
  });
  it('a government named as actor without an ask is not lobby', () => {
    expect(label('De provincie en de gemeenten werken samen aan schone lucht')).toBe('ABSTRACT');
  });
});

describe('classifyGoal — PROCES (rule 2, beats a place)', () => {
  it('"het opstellen van een gebiedsvisie voor de Bommelerwaard" is PROCES despite the place', () => {
    const c = classifyGoal('Het opstellen van een gebiedsvisie voor de Bommelerwaard');
    expect(c.label).toBe('PROCES');
    expect(c.woorden).toEqual(['opstellen', 'gebiedsvisie']);
    expect(c.reden).toMatch(/Bommelerwaard/);
  });
  it('studies, explorations and coordination postpone the choice', () => {
    expect(label('Onderzoek naar een nieuwe spoorverbinding tussen Zwolle en Emmen')).toBe('PROCES');
    expect(label('Verkennen van zoekgebieden voor zonneparken')).toBe('PROCES');
    expect(label('Plannen voor bedrijventerreinen regionaal op elkaar afstemmen')).toBe('PROCES');
  });
  it('producing a strategy, programme or agenda', () => {
    expect(label('Een regionale woonstrategie ontwikkelen')).toBe('PROCES');
    expect(label('Vaststellen van een uitvoeringsprogramma klimaatadaptatie')).toBe('PROCES');
    expect(label('De regionale mobiliteitsagenda')).toBe('PROCES');
    expect(label('In de gebiedsvisie is beschreven welke polders vernat worden')).toBe('PROCES');
  });
  it('a policy document that is only the container of the goal does not count', () => {
    expect(label('Het doel van dit programma is meer groen in de wijken')).toBe('ABSTRACT');
  });
});

describe('classifyGoal — LOCATIE (rule 3)', () => {
  it('"A20" is a location', () => {
    expect(label('Verbreding van de A20')).toBe('LOCATIE');
    expect(classifyGoal('Verbreding van de A20').woorden).toEqual(['A20', 'Verbreding']);
  });
  it('"langs de Maas" is a location when something happens there', () => {
    expect(label('Nieuwe natuur ontwikkelen langs de Maas')).toBe('LOCATIE');
  });
  it('named nature areas, waters and landscapes with an action', () => {
    expect(label('Het Wolderwijd inrichten als recreatiegebied')).toBe('LOCATIE');
    expect(label('Realiseren van nieuwe natuur rondom de Reeuwijkse Plassen')).toBe('LOCATIE');
  });
  it('a municipality used as a place', () => {
    expect(label('Een nieuwe recyclingfabriek bouwen in Delfzijl')).toBe('LOCATIE');
  });
  it('named infrastructure counts by itself', () => {
    expect(label('De Amercentrale volledig van de kolen af')).toBe('LOCATIE');
    expect(label('Een snelle verbinding via de Nedersaksenlijn')).toBe('LOCATIE');
  });
  it('a region name needs a concrete physical intervention', () => {
    expect(label('Vakantieparken op de Veluwe herstructureren')).toBe('LOCATIE');
    expect(label('De Veluwe versterken als vrijetijdsregio')).toBe('ABSTRACT');
  });
});

describe('classifyGoal — ABSTRACT (rule 4) and traps', () => {
  it('"in de regio" is not a location', () => {
    const c = classifyGoal('Meer betaalbare woningen bouwen in de regio');
    expect(c.label).toBe('ABSTRACT');
    expect(c.woorden).toEqual([]);
  });
  it('the region\'s own name as a profile ("Twente als technologische topregio") is not a place', () => {
    const c = classifyGoal('Twente als technologische topregio (inter)nationaal op de kaart zetten');
    expect(c.label).toBe('ABSTRACT');
    expect(c.woorden).toContain('Twente');
    expect(c.reden).toMatch(/Profilering/);
  });
  it('branding a named area is not an intervention', () => {
    expect(label('Het Groene Hart profileren als recreatiegebied')).toBe('ABSTRACT');
  });
  it('municipalities named as actors do not make a location', () => {
    expect(label('De gemeenten Zaltbommel en Maasdriel verbeteren samen de bereikbaarheid')).toBe('ABSTRACT');
  });
  it('a general ambition and an empty text', () => {
    expect(classifyGoal('Zorgen voor een gezonde en veilige leefomgeving')).toEqual({
      label: 'ABSTRACT',
      reden: 'Geen concrete plek, geen verzoek aan anderen en geen beleidsproduct: een algemene ambitie.',
      woorden: [],
    });
    expect(label('')).toBe('ABSTRACT');
  });
});

describe('classifyGoal — totality', () => {
  it('returns exactly one of the four classes for any text, deterministically', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const a = classifyGoal(text);
        expect(GOAL_CLASSES).toContain(a.label);
        expect(classifyGoal(text)).toEqual(a);
        expect(a.reden.length).toBeGreaterThan(0);
      }),
      { numRuns: 300, seed: 5 },
    );
  });
});

describe('classifyGoal — signals added with the larger corpus', () => {
  it('separable verbs: "Stel een visie op", "op te stellen", "uit te breiden", "aan te leggen"', () => {
    expect(label('Stel een stedenbouwkundige visie op en houd rekening met de verbindingen.')).toBe('PROCES');
    expect(label('De provincie nodigt de gemeenten uit een visie op te stellen.')).toBe('PROCES');
    expect(label('Het aantal ligplaatsen bij de Oranjesluizen uit te breiden.')).toBe('LOCATIE');
  });
  it('a definite object without a name counts as a place with a physical intervention', () => {
    expect(label('Het plan is om de huidige rotonde om te bouwen naar een rotonde met 2 rijstroken.')).toBe('LOCATIE');
    expect(label('Daarna wordt de dijk weer verbreed.')).toBe('LOCATIE');
    // Without an intervention the object alone is not a location choice.
    expect(label('De dijk is mooi.')).toBe('ABSTRACT');
  });
  it('brooks, quays, roads and cycle paths are objects too, and raising, removing or dredging is an intervention', () => {
    expect(label('Het waterschap gaat de beek herstellen.')).toBe('LOCATIE');
    expect(label('Die dijken worden de komende jaren verhoogd.')).toBe('LOCATIE');
    expect(label('De kaden worden opgehoogd.')).toBe('LOCATIE');
    expect(label('In het voorjaar wordt het slib uit de haven gebaggerd.')).toBe('LOCATIE');
    expect(label('We leggen het fietspad langs het kanaal opnieuw aan.')).toBe('LOCATIE');
    expect(label('De hele weg wordt opnieuw opgebouwd.')).toBe('LOCATIE');
    // A kind of place or an adverb that ends like a road is no object.
    expect(label('Dat betekent dat we grofweg de helft van de woningen moeten verbeteren.')).toBe('ABSTRACT');
    expect(label('Beken zijn belangrijk voor de natuur.')).toBe('ABSTRACT');
  });
  it('asks without an asking verb: "willen dat de overheid", "het kabinet moet ... euro", "toe te zeggen"', () => {
    expect(label('De provincies willen dat de overheid snel duidelijkheid geeft.')).toBe('LOBBY');
    expect(label('Het nieuwe kabinet moet 2 miljard euro extra uittrekken voor woningbouw.')).toBe('LOBBY');
    expect(label('Het is aan de minister om het geld definitief toe te zeggen.')).toBe('LOBBY');
    expect(label('De provincies hebben de Kamer per brief opgeroepen.')).toBe('LOBBY');
  });
  it('a higher government asking lower ones to make policy is PROCES, not LOBBY', () => {
    expect(label('Op basis van de raming vraagt de provincie gemeenten een woningbouwprogramma op te stellen.')).toBe('PROCES');
  });
  it('open decisions and mapping are PROCES: "samen bepalen welke", "in kaart brengen", "we kijken of"', () => {
    expect(label('We bepalen samen welke bedrijfsterreinen ontwikkeld worden.')).toBe('PROCES');
    expect(label('Om samen in kaart te brengen wat er moet gebeuren.')).toBe('PROCES');
    expect(label('We kijken of snelle fietsroutes een aanvulling zijn.')).toBe('PROCES');
    // Applying an existing document is not: "de visie biedt het handvat om te bepalen of ...".
    expect(label('De visie biedt dan het handvat om te bepalen of een initiatief past in het dorp.')).toBe('ABSTRACT');
  });
  it('a study in the past participle, feasibility and deliberation are PROCES: "wordt onderzocht", "haalbaar", "overwogen"', () => {
    expect(label('Daarbij wordt de aanleg van een tweede ontsluiting onderzocht.')).toBe('PROCES');
    expect(label('De gemeente wil weten of een nieuwe sporthal haalbaar is.')).toBe('PROCES');
    expect(label('Voor de school wordt nieuwbouw overwogen.')).toBe('PROCES');
  });
  it('open questions after "kijken", "bekijken", "berekenen" and "weten" are PROCES; "bepalen of" stays out', () => {
    expect(label('We kijken hoe we wonen en werken kunnen combineren.')).toBe('PROCES');
    expect(label('Samen bekijken we welke percelen geschikt zijn.')).toBe('PROCES');
    expect(label('We berekenen hoeveel woningen er nodig zijn.')).toBe('PROCES');
    expect(label('We berekenen of de kaden hoog genoeg zijn.')).toBe('PROCES');
    // "bepalen of" applying a document stays ABSTRACT: asserted in the test above.
  });
  it('separable afstemmen with the particle mid-clause is PROCES: "we stemmen ... af op"', () => {
    expect(label('We stemmen het beheer van de sloten zo goed mogelijk af op de landbouw.')).toBe('PROCES');
  });
  it('"bezien of/hoe", a -vorming still to happen and a list of priorities are PROCES', () => {
    expect(label('Het college wil bezien of een gezamenlijk recreatieschap sneller werkt.')).toBe('PROCES');
    expect(label('We werken samen aan de visievorming voor het gebied rond het station.')).toBe('PROCES');
    expect(label('Het voorstel gaat ter besluitvorming naar de raad.')).toBe('PROCES');
    expect(label('Het waterschap maakt een prioriteitenlijst voor de zwakke dijkvakken.')).toBe('PROCES');
    // "bezien" without an open question is not a study.
    expect(label('Bezien vanuit de regio is dit een goede stap.')).toBe('ABSTRACT');
  });
  it('an imperative of giving or paying at the start asks someone else: LOBBY without a named addressee', () => {
    expect(label('Investeer in het openbaar vervoer in de kleine kernen')).toBe('LOBBY');
    expect(label('Geef gemeenten de ruimte om zelf te bouwen.')).toBe('LOBBY');
    expect(label('Zorg voor voldoende busverbindingen in de kleine kernen.')).toBe('LOBBY');
    // The region's own imperative course and the noun "zorg" are not asks.
    expect(label('Zorg en welzijn staan centraal in de dorpen.')).toBe('ABSTRACT');
    expect(label('Houd de woningbouwproductie op peil.')).toBe('ABSTRACT');
    expect(label('We investeren in het openbaar vervoer.')).not.toBe('LOBBY');
  });
  it('a submitted application is LOBBY; seeking, looking again and an analysis still to be made are PROCES', () => {
    expect(label('De regio heeft daarom een aanvraag ingediend.')).toBe('LOBBY');
    expect(label('De aanvraag wordt volgend jaar met een plan van aanpak ingediend.')).toBe('LOBBY');
    expect(label('De aanvraag dient om te laten zien wat de regio wil.')).toBe('ABSTRACT');
    expect(label('Verder zoekt het waterschap naar geschikte plekken voor waterberging.')).toBe('PROCES');
    expect(label('Over vijf jaar wordt de noodzaak van een tweede brug opnieuw bekeken.')).toBe('PROCES');
    expect(label('Er komt een regionale knelpuntenanalyse.')).toBe('PROCES');
  });
  it('an identity for a place is branding, and "van X tot en met Y" makes both municipalities places', () => {
    expect(label('Het stationsgebied krijgt een eigen identiteit.')).toBe('ABSTRACT');
    expect(label('We versterken 20 kilometer dijk van Bergen tot en met Amsterdam.')).toBe('LOCATIE');
  });
  it('a size with a unit of length or area is a concrete intervention: with a region it is LOCATIE, alone not', () => {
    expect(label('In de Alblasserwaard komt 300 hectare nieuwe natuur.')).toBe('LOCATIE');
    expect(label('In de Maasvallei komt er zo’n 1000 ha natuur bij.')).toBe('LOCATIE');
    // No place in the sentence: still no location choice; and a speed is not a size.
    expect(label('Het waterschap versterkt de komende jaren 59 kilometer dijk.')).toBe('ABSTRACT');
    expect(label('Op de Veluwe geldt straks 100 km/u.')).toBe('ABSTRACT');
  });
  it('"met het programma" is the holder of the goal, "met een gezamenlijke visie" the means', () => {
    expect(label('Met het Programma Natuur trekt de overheid 3 miljard euro uit voor natuurherstel.')).toBe('ABSTRACT');
    expect(label('Met een gezamenlijke visie werken we aan de regio.')).toBe('PROCES');
  });
});
