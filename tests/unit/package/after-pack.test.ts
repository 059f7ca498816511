import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

// The afterPack hook of electron-builder.yml, run with a stand-in flipFuses:
// what is checked is the fuse configuration it hands over, per platform.

type FuseConfig = Record<string | number, unknown>;
type Flip = (binary: string, config: FuseConfig) => Promise<number>;
interface Context {
  appOutDir: string;
  electronPlatformName: string;
  packager: { appInfo: { productFilename: string }; executableName: string };
}
const hook = createRequire(import.meta.url)('../../../scripts/after-pack.cjs') as ((context: Context, flip: Flip, log: (line: string) => void) => Promise<void>) & {
  fuseConfig: (platform: string) => FuseConfig;
  STAND_IN_MARKER: string;
};

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function context(platform: string): Context {
  const appOutDir = mkdtempSync(join(tmpdir(), 'vw-after-pack-'));
  dirs.push(appOutDir);
  return { appOutDir, electronPlatformName: platform, packager: { appInfo: { productFilename: 'Vereinswerkstatt' }, executableName: 'vereinswerkstatt' } };
}

async function runHook(platform: string): Promise<{ binary: string; config: FuseConfig }[]> {
  const calls: { binary: string; config: FuseConfig }[] = [];
  const flip: Flip = (binary, config) => {
    calls.push({ binary, config });
    return Promise.resolve(0);
  };
  await hook(context(platform), flip, () => undefined);
  return calls;
}

describe('afterPack: Electron fuses', () => {
  it.each([
    ['win32', 'Vereinswerkstatt.exe', true],
    ['darwin', 'Vereinswerkstatt.app', true],
    ['linux', 'vereinswerkstatt', false],
  ])('on %s flips the fuses of %s once, asar integrity %s', async (platform, file, integrity) => {
    const calls = await runHook(platform);
    expect(calls).toHaveLength(1);
    const [{ binary, config }] = calls as [{ binary: string; config: FuseConfig }];
    expect(binary.endsWith(file)).toBe(true);
    expect(config).toMatchObject({
      version: FuseVersion.V1,
      strictlyRequireAllFuses: true,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: integrity,
    });
    expect(config.resetAdHocDarwinSignature).toBe(platform === 'darwin');
  });

  it('names every fuse this @electron/fuses knows (a new one fails the build until decided)', () => {
    const known = Object.values(FuseV1Options).filter((value) => typeof value === 'number');
    for (const platform of ['win32', 'darwin', 'linux']) {
      const config = hook.fuseConfig(platform);
      for (const fuse of known) expect(typeof config[fuse], `${platform} fuse ${fuse}`).toBe('boolean');
    }
  });

  it('leaves only the stand-in Electron of pack:dir alone, and says so', async () => {
    const ctx = context('linux');
    writeFileSync(join(ctx.appOutDir, 'vereinswerkstatt'), `#!/bin/sh\n# ${hook.STAND_IN_MARKER}\nexit 1\n`);
    const lines: string[] = [];
    let flipped = 0;
    await hook(ctx, () => Promise.resolve(++flipped), (line) => lines.push(line));
    expect(flipped).toBe(0);
    expect(lines.join('\n')).toContain('stand-in');
  });

  it('fails the build when the fuses cannot be set', async () => {
    await expect(hook(context('win32'), () => Promise.reject(new Error('no sentinel')), () => undefined)).rejects.toThrow('no sentinel');
  });
});
