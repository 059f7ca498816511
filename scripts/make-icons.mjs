// npm run icons: draws every app icon from resources/icon.svg (the "V" mark
// of the header). The files are committed, so packaging needs no drawing step.
//   resources/icons/<n>x<n>.png  Linux (AppImage, deb) and the window icon
//   resources/icon.png           1024 px, the source electron-builder falls back to
//   resources/icon.ico           Windows (installer, start menu, task bar)
//   resources/icon.icns          macOS (dock, Finder, dmg)
import { Resvg } from '@resvg/resvg-js';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import png2icons from 'png2icons';

const root = join(import.meta.dirname, '..', 'resources');
export const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

const svg = readFileSync(join(root, 'icon.svg'), 'utf8');
/** Each size is drawn from the vector, not scaled down from a bitmap: small icons stay sharp. */
const draw = (size) => Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng());

mkdirSync(join(root, 'icons'), { recursive: true });
for (const size of PNG_SIZES) writeFileSync(join(root, 'icons', `${size}x${size}.png`), draw(size));
const large = draw(1024);
writeFileSync(join(root, 'icon.png'), large);

// png2icons writes the containers (ICO with PNG entries up to 256 px, ICNS with all retina sizes).
const ico = png2icons.createICO(large, png2icons.BICUBIC2, 0, true, true);
const icns = png2icons.createICNS(large, png2icons.BICUBIC2, 0);
if (!ico || !icns) throw new Error('png2icons could not write the icon files');
writeFileSync(join(root, 'icon.ico'), ico);
writeFileSync(join(root, 'icon.icns'), icns);
console.log(`icons: ${PNG_SIZES.length} PNGs, icon.ico (${ico.length} B), icon.icns (${icns.length} B) in resources/`);
