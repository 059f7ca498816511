// electron-builder's afterPack hook: sets the Electron fuses of the packed
// binary before it is signed, so a coach's installed app cannot be turned into
// a general Node.js runtime or debugged from the command line, and loads only
// the app.asar it was shipped with. Unit-tested in tests/unit/package/after-pack.test.ts.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { FuseV1Options, FuseVersion, flipFuses } = require('@electron/fuses');

/** Written into the stand-in "Electron" of `npm run pack:dir`; a real Electron never contains it. */
const STAND_IN_MARKER = 'VEREINSWERKSTATT-STAND-IN-ELECTRON';

/** The fuses for one platform. Embedded asar integrity exists only on macOS and Windows. */
function fuseConfig(platform) {
  const integrity = platform === 'darwin' || platform === 'mas' || platform === 'win32';
  return {
    version: FuseVersion.V1,
    // Every fuse this Electron knows must be named here: a new one fails the build.
    strictlyRequireAllFuses: true,
    // Changing the binary breaks its ad-hoc signature; arm64 Macs refuse to start it without one.
    resetAdHocDarwinSignature: platform === 'darwin' || platform === 'mas',
    [FuseV1Options.RunAsNode]: false,
    // The app keeps no cookies; encrypting them would only ask macOS for the keychain.
    [FuseV1Options.EnableCookieEncryption]: false,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: integrity,
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  };
}

/** The file the fuses live in: the .app bundle on macOS, the executable elsewhere. */
function electronBinary(context) {
  const { appOutDir, electronPlatformName: platform, packager } = context;
  const name = packager.appInfo.productFilename;
  if (platform === 'darwin' || platform === 'mas') return join(appOutDir, `${name}.app`);
  if (platform === 'win32') return join(appOutDir, `${name}.exe`);
  return join(appOutDir, packager.executableName);
}

function isStandIn(binary) {
  try {
    return readFileSync(binary).subarray(0, 4096).toString('latin1').includes(STAND_IN_MARKER);
  } catch {
    return false;
  }
}

async function afterPack(context, flip = flipFuses, log = console.log) {
  const binary = electronBinary(context);
  // Only the offline test build (a shell script standing in for Electron) has no fuses to set.
  if (isStandIn(binary)) {
    log(`after-pack: ${binary} is the stand-in Electron of pack:dir; no fuses to set`);
    return;
  }
  await flip(binary, fuseConfig(context.electronPlatformName));
  log(`after-pack: fuses set in ${binary}`);
}

module.exports = afterPack;
module.exports.default = afterPack;
module.exports.fuseConfig = fuseConfig;
module.exports.electronBinary = electronBinary;
module.exports.STAND_IN_MARKER = STAND_IN_MARKER;
