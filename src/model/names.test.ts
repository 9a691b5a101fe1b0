import { describe, expect, it } from 'vitest';
import { divisionSlug, idProblem, MAX_ID_BYTES } from './names.ts';

describe('idProblem', () => {
  it('accepts the ids of the example data and short accented ids', () => {
    for (const id of ['regio-twente', 'RES-01-achterhoek', 's1', 'Súdwest_Fryslân', 'regio (oud)', 'a.b']) expect(idProblem(id), id).toBeNull();
  });

  it('refuses . and .., path separators, control characters and Windows names', () => {
    expect(idProblem('.')).toMatch(/verwijst naar een map/);
    expect(idProblem('..')).toMatch(/verwijst naar een map/);
    expect(idProblem('../../x')).toMatch(/mapscheidingstekens/);
    expect(idProblem('a\\b')).toMatch(/mapscheidingstekens/);
    expect(idProblem('a\u001b[2Jb')).toMatch(/U\+001B \(stuurteken\)/);
    expect(idProblem('a:b')).toMatch(/':' \(U\+003A\)/);
    expect(idProblem('.verborgen')).toMatch(/punt beginnen/);
    expect(idProblem('eind.')).toMatch(/punt of spatie eindigen/);
    expect(idProblem('CON')).toMatch(/gereserveerde bestandsnaam/);
    expect(idProblem('🙂')).toMatch(/niet toegestaan/);
  });

  it('bounds the length so that the percent-encoded name stays under 255 characters', () => {
    // The lengths that crashed the build before: 300 ASCII, 43 accented letters.
    expect(idProblem('a'.repeat(300))).toMatch(/300 tekens lang; maximaal 80/);
    expect(idProblem('a'.repeat(80))).toBeNull();
    // 'é' is 2 UTF-8 bytes: 40 of them are 80 bytes (allowed), 41 are 82 (refused).
    expect(idProblem('é'.repeat(40))).toBeNull();
    expect(idProblem('é'.repeat(41))).toMatch(/82 bytes; maximaal 80/);
    expect(idProblem('é'.repeat(43))).not.toBeNull();
    // Worst case allowed: 80 bytes, each percent-encoded as 3 characters = 240, plus "x.html" fits in 255.
    expect(encodeURIComponent('é'.repeat(MAX_ID_BYTES / 2)).length + '.html'.length).toBeLessThanOrEqual(255);
  });
});

describe('divisionSlug', () => {
  it('folds case, accents and punctuation to ASCII words joined by -', () => {
    expect(divisionSlug('REGIO_DEAL')).toBe('regio-deal');
    expect(divisionSlug('Gebieden Fryslân')).toBe('gebieden-fryslan');
    expect(divisionSlug('---')).toBe('');
    expect(divisionSlug('NATIONAAL_PARK')).toBe('nationaal-park');
  });
});
