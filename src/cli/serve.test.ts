import { describe, expect, it } from 'vitest';
import { listeningLine } from './serve.ts';

describe('listeningLine(address)', () => {
  it('prints the address the server really listens on, not "localhost"', () => {
    expect(listeningLine({ address: '127.0.0.1', family: 'IPv4', port: 4173 })).toBe('Site beschikbaar op http://127.0.0.1:4173/ (stoppen met Ctrl+C)');
    expect(listeningLine({ address: '::1', family: 'IPv6', port: 80 })).toBe('Site beschikbaar op http://[::1]:80/ (stoppen met Ctrl+C)');
  });

  it('says that a wildcard address (--host 0.0.0.0 or ::) is reachable from the network', () => {
    const line = listeningLine({ address: '0.0.0.0', family: 'IPv4', port: 8080 });
    expect(line).toContain('http://0.0.0.0:8080/');
    expect(line).toContain('ook voor anderen in het netwerk');
    expect(line).not.toContain('localhost');
    expect(listeningLine({ address: '::', family: 'IPv6', port: 8080 })).toContain('http://[::]:8080/: op elk netwerkadres');
  });
});
