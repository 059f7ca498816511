import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { JOIN_CODE_ALPHABET } from '../../../src-main/contract';
import { isForbiddenAddress, listNetworks } from '../../../src-main/core/participants/networks';
import { RateBucket, newJoinCode, newSessionId, newToken } from '../../../src-main/core/participants/random';

const v4 = (address: string, internal = false): NetworkInterfaceInfo =>
  ({ address, family: 'IPv4', internal, netmask: '255.255.255.0', mac: '00:00:00:00:00:00', cidr: `${address}/24` });
const v6 = (address: string): NetworkInterfaceInfo =>
  ({ address, family: 'IPv6', internal: false, netmask: 'ffff::', mac: '00:00:00:00:00:00', cidr: `${address}/64`, scopeid: 0 });

describe('the laptop’s networks for phones', () => {
  it('lists non-internal IPv4 only, the likely Wi-Fi first, then private LANs, then the rest', () => {
    const found = listNetworks({
      lo: [v4('127.0.0.1', true)],
      docker0: [v4('172.17.0.1')],
      tun0: [v4('100.64.3.7')],
      Ethernet: [v4('192.168.0.20'), v6('fe80::1')],
      'WLAN 2': [v4('192.168.178.23')],
      'vEthernet (WSL)': [v4('172.29.80.1')],
    });
    expect(found.map((n) => [n.name, n.address, n.likelyWifi])).toEqual([
      ['WLAN 2', '192.168.178.23', true],
      ['Ethernet', '192.168.0.20', false],
      ['docker0', '172.17.0.1', false],
      ['tun0', '100.64.3.7', false],
      ['vEthernet (WSL)', '172.29.80.1', false],
    ]);
    expect(listNetworks({ en0: [v4('10.0.0.5')], wlp2s0: [v4('10.0.0.6')] }).every((n) => n.likelyWifi)).toBe(true);
  });

  it('never offers all interfaces or the coach host', () => {
    for (const address of ['0.0.0.0', '127.0.0.1', '::', '::1', 'localhost']) expect(isForbiddenAddress(address)).toBe(true);
    expect(isForbiddenAddress('192.168.178.23')).toBe(false);
  });
});

describe('codes, tokens and limits', () => {
  it('make 6-character codes from the unambiguous alphabet, and long random tokens', () => {
    const codes = Array.from({ length: 200 }, newJoinCode);
    for (const code of codes) expect(code).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{6}$`));
    expect(JOIN_CODE_ALPHABET).not.toMatch(/[01IOL]/);
    expect(new Set(codes).size).toBeGreaterThan(190);
    expect(newToken()).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newSessionId()).toMatch(/^ph-[0-9a-f]{20}$/);
  });

  it('allow a burst, then one call per interval, on the clock they are given', () => {
    const bucket = new RateBucket(5, 1000, 0);
    expect(Array.from({ length: 6 }, () => bucket.take(0))).toEqual([true, true, true, true, true, false]);
    expect(bucket.take(999)).toBe(false);
    expect(bucket.take(1999)).toBe(true);
    expect(bucket.peek(1999)).toBe(false);
    expect(bucket.take(60_000)).toBe(true);
  });
});
