// The SPA size budget that `make test` enforces: the JavaScript a browser
// fetches before any route has loaded — the entry script of index.html plus
// every chunk index.html preloads (Vite writes a modulepreload link for each
// static import of the entry) — must stay under 250 KB gzipped, and the
// routes must be split into chunks that load later.
//
//   node scripts/spa-budget.mjs [dist]        exit 1 when over budget
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 250 * 1000;

const dist = resolve(process.argv[2] ?? 'dist');
const html = readFileSync(join(dist, 'index.html'), 'utf8');

const attr = (tag, name) => tag.match(new RegExp(`\\s${name}="([^"]+)"`))?.[1];
const initial = new Set();
for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/g)) {
  const isEntry = tag.startsWith('<script') && attr(tag, 'type') === 'module';
  const isPreload = tag.startsWith('<link') && attr(tag, 'rel') === 'modulepreload';
  const src = isEntry ? attr(tag, 'src') : isPreload ? attr(tag, 'href') : undefined;
  if (src?.endsWith('.js')) initial.add(src.replace(/^\//, ''));
}
if (initial.size === 0) {
  console.error(`spa-budget: no module script in ${join(dist, 'index.html')}; build the SPA first`);
  process.exit(1);
}

let total = 0;
const rows = [];
for (const file of initial) {
  const gz = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  total += gz;
  rows.push([gz, file]);
}
rows.sort((a, b) => b[0] - a[0]);
for (const [gz, file] of rows) console.log(`${(gz / 1000).toFixed(1).padStart(8)} KB gz  ${file}`);

// Every other chunk in assets/ is fetched later, when a route (or a widget in
// it) is opened: that is what "routes are split" means here.
const lazy = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js') && !initial.has(`assets/${f}`));

const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
console.log(`initial JavaScript: ${kb(total)} gzipped in ${initial.size} file(s), budget ${kb(BUDGET_BYTES)}; ${lazy.length} chunks load later`);
if (lazy.length === 0) {
  console.error('spa-budget: every chunk loads at start; the routes must be lazy (see src/app/routes)');
  process.exit(1);
}
if (total > BUDGET_BYTES) {
  console.error(`spa-budget: the initial JavaScript is ${kb(total - BUDGET_BYTES)} over the budget`);
  process.exit(1);
}
