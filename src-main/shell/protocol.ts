import { SECURITY_HEADERS } from '../serving/csp';
import { readStatic } from '../serving/static-files';

/**
 * Answers app://vereinswerkstatt/<path> from the built renderer folder, with
 * the same Content-Security-Policy as the browser host. Unknown paths are
 * screens of the single-page app and get index.html.
 */
export async function serveAppRequest(rendererDir: string, requestUrl: string): Promise<Response> {
  const path = new URL(requestUrl).pathname;
  const isAsset = /\.[a-z0-9]+$/i.test(path);
  const file = await readStatic(rendererDir, isAsset ? path : '/index.html');
  if (!file) return new Response('Nicht gefunden', { status: 404, headers: SECURITY_HEADERS });
  return new Response(new Uint8Array(file.body), {
    status: 200,
    headers: { ...SECURITY_HEADERS, 'Content-Type': file.contentType },
  });
}
