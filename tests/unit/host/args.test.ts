import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArgsError, parseHostArgs } from '../../../src-main/host/args';
import { defaultDataDir } from '../../../src-main/serving/data-dir';

describe('npm run serve arguments', () => {
  it('default to port 4780 and the app data folder', () => {
    expect(parseHostArgs([])).toEqual({ port: 4780, dataDir: null, now: null, help: false, phoneTestAddresses: [] });
  });

  it('accept --port and --data, with or without =', () => {
    expect(parseHostArgs(['--port', '5000', '--data', 'daten'], '/home/coach')).toEqual({
      port: 5000,
      dataDir: '/home/coach/daten',
      now: null,
      help: false,
      phoneTestAddresses: [],
    });
    expect(parseHostArgs(['--port=0', '--data=/tmp/x'])).toMatchObject({ port: 0, dataDir: '/tmp/x' });
  });

  it('accept --now as a day (noon, local time) or a moment', () => {
    expect(parseHostArgs(['--now', '2026-04-16']).now).toEqual(new Date(2026, 3, 16, 12));
    expect(parseHostArgs(['--now=2026-04-16T10:30']).now).toEqual(new Date(2026, 3, 16, 10, 30));
  });

  it('accept --phones-test-address only for loopback addresses other than the coach host', () => {
    expect(parseHostArgs(['--phones-test-address', '127.0.0.2']).phoneTestAddresses).toEqual(['127.0.0.2']);
    for (const address of ['127.0.0.1', '0.0.0.0', '192.168.1.5', 'localhost']) {
      expect(() => parseHostArgs(['--phones-test-address', address])).toThrow(ArgsError);
    }
  });

  it.each([[['--port', 'abc']], [['--port', '70000']], [['--data']], [['--verbose']], [['--now', 'morgen']], [['--now', '2026-13-45']]])('refuse %j with a German message', (argv) => {
    expect(() => parseHostArgs(argv)).toThrow(ArgsError);
  });

  it('use the same folder as the desktop app on every platform', () => {
    expect(defaultDataDir('linux', {}, '/home/c')).toBe(join('/home/c', '.config', 'Vereinswerkstatt'));
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/x' }, '/home/c')).toBe(join('/x', 'Vereinswerkstatt'));
    expect(defaultDataDir('darwin', {}, '/Users/c')).toBe(join('/Users/c', 'Library', 'Application Support', 'Vereinswerkstatt'));
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\c\\AppData\\Roaming' }, 'C:\\Users\\c')).toContain('Vereinswerkstatt');
  });
});
