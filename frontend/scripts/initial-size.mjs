// Reports the gzipped size of the JavaScript that index.html loads before any
// lazy route: the entry script plus every chunk it imports statically.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = resolve(process.argv[2] ?? 'dist');
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const entries = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g), ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g)].map((m) => m[1]);

const seen = new Set();
const queue = entries.map((src) => join(dist, src));
while (queue.length > 0) {
  const file = queue.shift();
  if (seen.has(file)) continue;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  // Static imports only: `import ... from "./x.js"` and `import "./x.js"`, not import().
  for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^"'()]*?from\s*)?["']([^"']+\.js)["']/g)) {
    queue.push(resolve(dirname(file), m[1]));
  }
}

let raw = 0;
let gzip = 0;
for (const file of seen) {
  const buf = readFileSync(file);
  const gz = gzipSync(buf, { level: 9 }).length;
  raw += buf.length;
  gzip += gz;
  console.log(`${(gz / 1024).toFixed(1).padStart(7)} KB gz  ${file.slice(dist.length + 1)}`);
}
console.log(`initial JS: ${(raw / 1024).toFixed(1)} KB raw, ${(gzip / 1024).toFixed(1)} KB gzipped, ${seen.size} file(s)`);
