// Builds the page into dist/: the bundled JS and CSS (esbuild), index.html and
// the world-atlas country shapes, so that `dyad serve` needs nothing online.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, 'dist');
const require = createRequire(import.meta.url);

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

await build({
  entryPoints: { app: join(here, 'src/main.js') },
  outdir: dist,
  bundle: true,
  format: 'esm',
  target: ['es2020'],
  minify: true,
  sourcemap: true,
  legalComments: 'linked',
  logLevel: 'warning',
});

copyFileSync(join(here, 'src/index.html'), join(dist, 'index.html'));
copyFileSync(require.resolve('world-atlas/countries-110m.json'), join(dist, 'countries-110m.json'));
console.log(`web: built ${dist}`);
