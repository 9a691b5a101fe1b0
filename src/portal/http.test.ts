import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { clientAddress, clippedText, formBlock, secure, throttledAddress } from './http.ts';

/** What the portal would key a request on, given the TCP peer and the X-Forwarded-For headers sent. */
async function resolved(proxies: number, peer: string | undefined, forwarded: string[]): Promise<string> {
  const app = new Hono();
  app.get('/', (c) => c.text(clientAddress(c, proxies)));
  const headers = new Headers();
  for (const value of forwarded) headers.append('x-forwarded-for', value);
  const env = peer === undefined ? undefined : { incoming: { socket: { remoteAddress: peer } } };
  return (await app.request('/', { headers }, env)).text();
}

describe('clientAddress', () => {
  it('ignores X-Forwarded-For unless the proxy is trusted', async () => {
    expect(await resolved(0, '10.0.0.1', ['198.51.100.7'])).toBe('10.0.0.1');
    expect(await resolved(0, '10.0.0.1', [])).toBe('10.0.0.1');
  });

  it('behind a trusted proxy takes the last entry, the one the proxy added, never the ones the client wrote', async () => {
    expect(await resolved(1, '10.0.0.1', ['198.51.100.7'])).toBe('198.51.100.7');
    expect(await resolved(1, '10.0.0.1', ['192.0.2.1, 203.0.113.5 ,198.51.100.7'])).toBe('198.51.100.7');
    // A header the client sent itself and the proxy's own line: the proxy's line comes last.
    expect(await resolved(1, '10.0.0.1', ['192.0.2.1', '198.51.100.7'])).toBe('198.51.100.7');
  });

  it('behind a chain of n trusted proxies takes the entry n from the end, the one the outermost proxy added', async () => {
    // Client → CDN (appends the client, 198.51.100.7) → nginx (appends the CDN, 203.0.113.5) → portal.
    expect(await resolved(2, '10.0.0.1', ['198.51.100.7, 203.0.113.5'])).toBe('198.51.100.7');
    // What the client wrote itself comes before, and is never read.
    expect(await resolved(2, '10.0.0.1', ['192.0.2.1, 192.0.2.2, 198.51.100.7, 203.0.113.5'])).toBe('198.51.100.7');
    expect(await resolved(3, '10.0.0.1', ['192.0.2.1, 198.51.100.7, 203.0.113.5, 203.0.113.6'])).toBe('198.51.100.7');
    // With one proxy trusted in that chain, the CDN's address is the client (the limitation of 1).
    expect(await resolved(1, '10.0.0.1', ['198.51.100.7, 203.0.113.5'])).toBe('203.0.113.5');
    // Fewer entries than proxies: the first, which a trusted proxy wrote.
    expect(await resolved(3, '10.0.0.1', ['198.51.100.7, 203.0.113.5'])).toBe('198.51.100.7');
  });

  it('falls back to the peer when the trusted header is missing or its last entry is no address', async () => {
    expect(await resolved(1, '10.0.0.1', [])).toBe('10.0.0.1');
    expect(await resolved(1, '10.0.0.1', ['198.51.100.7, unknown'])).toBe('10.0.0.1');
    expect(await resolved(1, undefined, [])).toBe('lokaal');
  });
});

describe('secure', () => {
  /** Whether a request over plain http with these X-Forwarded-Proto headers counts as https. */
  async function isSecure(proxies: number, proto: string | null): Promise<string> {
    const app = new Hono();
    app.get('/', (c) => c.text(String(secure(c, proxies))));
    return (await app.request('/', { headers: proto === null ? {} : { 'x-forwarded-proto': proto } })).text();
  }

  it('ignores X-Forwarded-Proto without a trusted proxy, whatever it says', async () => {
    expect(await isSecure(0, 'https')).toBe('false');
    expect(await isSecure(0, null)).toBe('false');
  });

  it('behind a trusted proxy believes its X-Forwarded-Proto (the first value)', async () => {
    expect(await isSecure(1, 'https')).toBe('true');
    expect(await isSecure(1, 'HTTPS')).toBe('true');
    expect(await isSecure(2, 'https, http')).toBe('true');
    expect(await isSecure(1, 'http')).toBe('false');
    expect(await isSecure(1, null)).toBe('false');
  });

  it('counts a request that itself came over https as secure', async () => {
    const app = new Hono();
    app.get('/', (c) => c.text(String(secure(c, 0))));
    expect(await (await app.request('https://beheer.example/')).text()).toBe('true');
  });
});

describe('throttledAddress', () => {
  it('keeps IPv4, unwraps IPv4-mapped IPv6 and takes IPv6 by its /64', () => {
    expect(throttledAddress('198.51.100.7')).toBe('198.51.100.7');
    expect(throttledAddress('::ffff:198.51.100.7')).toBe('198.51.100.7');
    expect(throttledAddress('2001:db8:1:2:3:4:5:6')).toBe('2001:db8:1:2::/64');
    expect(throttledAddress('2001:DB8:1:2:ffff::1')).toBe('2001:db8:1:2::/64');
    expect(throttledAddress('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(throttledAddress('2001:0db8:0001::')).toBe('2001:db8:1:0::/64');
    expect(throttledAddress('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(throttledAddress('64:ff9b::198.51.100.7')).toBe('64:ff9b:0:0::/64');
  });

  it('refuses what is not an address', () => {
    expect(throttledAddress('unknown')).toBeNull();
    expect(throttledAddress('198.51.100.7:443')).toBeNull();
    expect(throttledAddress('')).toBeNull();
    expect(throttledAddress(undefined)).toBeNull();
  });
});

describe('formBlock', () => {
  const shape = { vraag: clippedText(5), antwoord: clippedText(3) };
  it('reads the numbered fields through the schema: trimmed, cut to length, absent as empty, a repeated field by its first value', () => {
    expect(formBlock({ 'vraag-2': '  abcdefg ', 'antwoord-2': ['xy', 'zz'] }, shape, (f) => `${f}-2`)).toEqual({ vraag: 'abcde', antwoord: 'xy' });
    expect(formBlock({}, shape, (f) => `${f}-1`)).toEqual({ vraag: '', antwoord: '' });
  });
  it('refuses a block that does not fit its schema', () => {
    expect(formBlock({ n: 'drie' }, { n: z.coerce.number().int() }, (f) => f)).toBeNull();
  });
});
