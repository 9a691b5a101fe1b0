import { describe, expect, it } from 'vitest';
import { loadReference } from '../reference/index.ts';
import { resolveMunicipality } from './municipalities.ts';
import { FindingSink } from './sink.ts';

const ref = loadReference();
const where = { file: 'samenwerkingen.csv', row: 2, column: 'gemeenten' };

function resolve(input: string) {
  const sink = new FindingSink();
  const res = resolveMunicipality(input, ref, where, sink);
  sink.flushGroups();
  return { res, findings: sink.findings };
}

describe('a name with its GM code', () => {
  it('joins on the code: "Bergen (GM0373)" is Bergen (NH.), not ambiguous', () => {
    // "Bergen" alone is ambiguous (GM0373 Noord-Holland, GM0893 Limburg); the code settles it.
    expect(resolve('Bergen').res).toEqual({ ok: false });
    expect(resolve('Bergen (GM0373)')).toEqual({ res: { ok: true, codes: ['GM0373'] }, findings: [] });
    expect(resolve('Laren GM0417')).toEqual({ res: { ok: true, codes: ['GM0417'] }, findings: [] });
  });

  it('the code wins over a name that does not belong to it, with a warning', () => {
    const { res, findings } = resolve('Amsterdam (GM0034)');
    expect(res).toEqual({ ok: true, codes: ['GM0034'] });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', row: 2, column: 'gemeenten' });
    expect(findings[0].message).toMatch(/hoort niet bij GM0034; de code is gebruikt \(Almere/);
  });

  it('a former name with its former code resolves to the successor like the code alone', () => {
    // Haaren (GM0788) was split in 2021 over four municipalities: an error in samenwerkingen, as for the code alone.
    expect(resolve('Haaren (GM0788)').res).toEqual(resolve('GM0788').res);
  });
});
