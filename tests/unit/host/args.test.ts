import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArgsError, parseHostArgs } from '../../../src-main/host/args';
import { defaultDataDir } from '../../../src-main/host/data-dir';

describe('npm run serve arguments', () => {
  it('default to port 4780 and the app data folder', () => {
    expect(parseHostArgs([])).toEqual({ port: 4780, dataDir: null, help: false });
  });

  it('accept --port and --data, with or without =', () => {
    expect(parseHostArgs(['--port', '5000', '--data', 'daten'], '/home/coach')).toEqual({
      port: 5000,
      dataDir: '/home/coach/daten',
      help: false,
    });
    expect(parseHostArgs(['--port=0', '--data=/tmp/x'])).toMatchObject({ port: 0, dataDir: '/tmp/x' });
  });

  it.each([[['--port', 'abc']], [['--port', '70000']], [['--data']], [['--verbose']]])('refuse %j with a German message', (argv) => {
    expect(() => parseHostArgs(argv)).toThrow(ArgsError);
  });

  it('use the same folder as the desktop app on every platform', () => {
    expect(defaultDataDir('linux', {}, '/home/c')).toBe(join('/home/c', '.config', 'Vereinswerkstatt'));
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/x' }, '/home/c')).toBe(join('/x', 'Vereinswerkstatt'));
    expect(defaultDataDir('darwin', {}, '/Users/c')).toBe(join('/Users/c', 'Library', 'Application Support', 'Vereinswerkstatt'));
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\c\\AppData\\Roaming' }, 'C:\\Users\\c')).toContain('Vereinswerkstatt');
  });
});
