import { networkInterfaces } from 'node:os';
import type { PhoneNetwork } from '../../contract';

// The laptop's networks that phones could reach it on: IPv4, not internal
// (no loopback). The coach picks one; the listener binds to that address
// only, never to all of them.

const WIFI_NAME = /^(wi-?fi|wlan|wlp|wlx|wl\d|en0$|airport)|wireless|wlan|wi-?fi|drahtlos/i;

const VIRTUAL_NAME = /docker|^br-|veth|vmnet|vbox|virtualbox|vethernet|hyper-v|wsl|tailscale|zerotier|^zt|^utun|^tun|^tap|^wg|vpn/i;

type Interfaces = ReturnType<typeof networkInterfaces>;

export function listNetworks(interfaces: Interfaces = networkInterfaces()): PhoneNetwork[] {
  const found: PhoneNetwork[] = [];
  for (const [name, addresses] of Object.entries(interfaces)) {
    for (const a of addresses ?? []) {
      if (a.family !== 'IPv4' || a.internal) continue;
      found.push({ address: a.address, name, likelyWifi: WIFI_NAME.test(name) });
    }
  }
  // The likely Wi-Fi first, then private LAN ranges; virtual adapters and VPNs (no phone is on them) last.
  const rank = (n: PhoneNetwork): number => {
    if (n.likelyWifi) return 0;
    if (VIRTUAL_NAME.test(n.name)) return 3;
    return /^(192\.168\.|10\.|172\.(1[6-9]|2\d|3[01])\.)/.test(n.address) ? 1 : 2;
  };
  return found.sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
}

/** Never all interfaces, never the coach's own loopback host. */
export function isForbiddenAddress(address: string): boolean {
  return address === '0.0.0.0' || address === '127.0.0.1' || address === '::' || address === '::1' || address.toLowerCase() === 'localhost';
}
