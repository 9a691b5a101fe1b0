/**
 * The national findings on the hand-made fixture (test/fixtures/site/fixture.ts): the generated
 * sentences carry the Analysis numbers with their denominators.
 */
import { describe, expect, it } from 'vitest';
import { fixtureSite } from '../../test/fixtures/site/fixture.ts';
import { createLookup } from './lookup.ts';
import { answerComparable, answerWhat, answerWhere, researchQuestions } from './findings.ts';

const l = createLookup(fixtureSite);
const text = (h: { value: string }) => h.value.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');

describe('national findings', () => {
  it('answerWhere: covered = 12 municipalities − 2 white spots; 5 edges at threshold 1; 3 clusters of ≥ 2', () => {
    const t = text(answerWhere(l));
    expect(t).toContain('10 van de 12 gemeenten doen mee');
    expect(t).toContain('2 gemeenten doen aan geen enkele ruimtelijke agenda mee');
    expect(t).toContain('delen 5 gemeenteparen er minstens 1');
    expect(t).toContain('3 clusters');
  });

  it('answerWhat: Wonen leads (2 agendas); 1/3 WGR = 33%; mean members 10/3 = 3,3 vs 5,25 = 5,3', () => {
    const t = text(answerWhat(l));
    expect(t).toContain('het thema Wonen (2 agenda’s)');
    // Every share names its count and denominator: 1 of the 3 spatial agendas per legal form.
    expect(t).toContain('Van de 3 ruimtelijke samenwerkingen is 33% (1) een gemeenschappelijke regeling');
    expect(t).toContain('33% (1 van de 3) heeft twee of meer partners buiten de overheid');
    // 1, 2 and 3 themes each 1/3: the tie goes to the smaller number.
    expect(t).toContain('Het vaakst behandelt een agenda 1 thema (33% van de 3 ruimtelijke agenda’s)');
    expect(t).toContain('Gemiddeld doen 3,3 gemeenten mee aan een ruimtelijke agenda, tegen 5,3');
    // Wonen has 1 goal, LOCATIE → 100%, the highest LOCATIE share.
    expect(t).toContain('het thema Wonen: 100% van de doelen bij dat thema (1 van de 1)');
  });

  it('answerComparable: one agenda of each type; 2 of 3 spatial agendas have a life phase', () => {
    const t = text(answerComparable(l));
    expect(t).toContain('1 bestuurlijk, 1 economisch en 1 landschappelijk');
    expect(t).toContain('Van 2 van de 3 ruimtelijke agenda’s is de levensfase bekend');
  });
});

describe('research questions', () => {
  it('are the four questions in order, each with its answer', () => {
    const qs = researchQuestions(l);
    expect(qs.map((q) => q.n)).toEqual([1, 2, 3, 4]);
    expect(text(qs[0].answer)).toContain('10 van de 12 gemeenten doen mee');
  });
});
