import { scryptSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashPassword, PASSWORD_HASH_COST, verifyPassword } from './auth.ts';

describe('password hashes', () => {
  it('the real cost is scrypt N=2^15, r=8, p=1 (OWASP minimum), 32-byte key', () => {
    expect(PASSWORD_HASH_COST).toEqual({ N: 32768, r: 8, p: 1, keylen: 32 });
  });

  it('a hash made at the real cost verifies whatever cost new hashes use: the stored hash carries its parameters', async () => {
    const salt = Buffer.alloc(16, 7);
    const key = scryptSync('een lang wachtwoord', salt, 32, { N: 32768, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
    const stored = `scrypt$32768$8$1$${salt.toString('base64')}$${key.toString('base64')}`;
    expect(await verifyPassword('een lang wachtwoord', stored)).toBe(true);
    expect(await verifyPassword('een lang wachtwoorD', stored)).toBe(false);
  });

  it('two hashes of one password differ (random salt) and both verify; another scheme is refused', async () => {
    const [a, b] = [await hashPassword('een lang wachtwoord'), await hashPassword('een lang wachtwoord')];
    expect(a).not.toBe(b);
    expect(a).toMatch(/^scrypt\$\d+\$8\$1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}$/);
    expect(await verifyPassword('een lang wachtwoord', a)).toBe(true);
    expect(await verifyPassword('een lang wachtwoord', b)).toBe(true);
    expect(await verifyPassword('een lang wachtwoord', a.replace(/^scrypt/, 'md5'))).toBe(false);
  });
});
