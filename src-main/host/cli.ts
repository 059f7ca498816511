import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { Phones, Workspace, createApi } from '../core';
import { ArgsError, HELP_TEXT, parseHostArgs } from './args';
import { defaultDataDir } from '../serving/data-dir';
import { listenForPhones } from '../serving/participant-server';
import { startHost } from './server';

declare const __APP_VERSION__: string;

async function main(): Promise<void> {
  let args;
  try {
    args = parseHostArgs(process.argv.slice(2));
  } catch (error) {
    if (error instanceof ArgsError) {
      console.error(`${error.message}\n\n${HELP_TEXT}`);
      process.exit(2);
    }
    throw error;
  }
  if (args.help) {
    console.log(HELP_TEXT);
    return;
  }
  const dataDir = args.dataDir ?? defaultDataDir();
  const shift = args.now ? args.now.getTime() - Date.now() : 0;
  const workspace = new Workspace({
    dataDir,
    appVersion: __APP_VERSION__,
    pictureWorker: { url: new URL('./picture-worker.js', import.meta.url) },
    backups: { schedule: true },
    ...(args.now ? { now: () => new Date(Date.now() + shift) } : {}),
  });
  const status = workspace.open();
  const rendererDir = fileURLToPath(new URL('../renderer', import.meta.url));
  const token = randomBytes(32).toString('base64url');
  // The phones' page, built beside the renderer (out/phone).
  const phoneDir = fileURLToPath(new URL('../phone', import.meta.url));
  const phones = new Phones(workspace, { listen: listenForPhones({ pageDir: phoneDir }), testAddresses: args.phoneTestAddresses });
  const host = await startHost({ api: createApi(workspace, undefined, { phones }), workspace, rendererDir, token, port: args.port });

  console.log(`Vereinswerkstatt läuft: ${host.url}`);
  console.log(`Daten: ${workspace.dbFile}`);
  if (status.state !== 'ok') console.log(`Achtung: Die Datenbank konnte nicht geöffnet werden (${status.state}).`);
  console.log('Beenden mit Strg+C.');

  const stop = (): void => {
    void phones
      .stop()
      .catch(() => undefined)
      .then(() => host.close())
      .then(() => workspace.closeAfterBackups())
      .finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  const code = (error as { code?: string }).code;
  if (code === 'EADDRINUSE') {
    console.error('Der Port ist schon belegt. Bitte wählen Sie einen anderen, z. B. npm run serve -- --port 4781');
  } else {
    console.error('Vereinswerkstatt konnte nicht starten:', error);
  }
  process.exit(1);
});
