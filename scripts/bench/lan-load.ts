/**
 * Load on a LAN server of the commune copy (the Python or PowerShell start script, or
 * `npm run serve`): CLIENTS clients start at once, each asks for REQUESTS pages one after the
 * other, each on a new connection as a browser opening pages does. Prints how many were answered,
 * failed or timed out, and the latencies. Figures go into docs/hosting.md.
 *
 *   node scripts/bench/lan-load.ts http://127.0.0.1:8080/cchc/ [CLIENTS=50] [REQUESTS=20] [TIMEOUT_MS=5000]
 */
import { request } from 'node:http';

const base = new URL(process.argv[2] ?? 'http://127.0.0.1:8080/');
const clients = Number(process.env.CLIENTS ?? 50);
const requests = Number(process.env.REQUESTS ?? 20);
const timeoutMs = Number(process.env.TIMEOUT_MS ?? 5000);
/** What a visitor opens: pages, the search script, a feed, the hotline page. */
const PATHS = ['', 'thu-tuc/dang-ky-khai-sinh/', 'pagefind/pagefind.js', 'feed.json', 'duong-day-nong/', 'tin-tuc/'];

type Outcome = { ok: true; ms: number } | { ok: false; reason: string; ms: number };

function get(url: URL): Promise<Outcome> {
  const started = performance.now();
  return new Promise((resolve) => {
    const req = request(url, { agent: false, timeout: timeoutMs }, (res) => {
      res.resume();
      res.on('end', () => {
        const ms = performance.now() - started;
        resolve(res.statusCode === 200 ? { ok: true, ms } : { ok: false, reason: `HTTP ${res.statusCode}`, ms });
      });
      res.on('error', (error) => resolve({ ok: false, reason: error.message, ms: performance.now() - started }));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', (error) => resolve({ ok: false, reason: error.message, ms: performance.now() - started }));
    req.end();
  });
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;

const started = performance.now();
const outcomes = (
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      const mine: Outcome[] = [];
      for (let i = 0; i < requests; i += 1) mine.push(await get(new URL(PATHS[(client + i) % PATHS.length]!, base)));
      return mine;
    }),
  )
).flat();
const seconds = (performance.now() - started) / 1000;
const times = outcomes.map((outcome) => outcome.ms).sort((a, b) => a - b);
const failures = new Map<string, number>();
for (const outcome of outcomes) if (!outcome.ok) failures.set(outcome.reason, (failures.get(outcome.reason) ?? 0) + 1);

console.log(`${base.href}: ${clients} clients × ${requests} requests in ${seconds.toFixed(1)} s (${(outcomes.length / seconds).toFixed(0)} req/s)`);
console.log(`  answered 200: ${outcomes.filter((outcome) => outcome.ok).length}/${outcomes.length}; failed: ${[...failures].map(([reason, n]) => `${n} ${reason}`).join(', ') || 'none'}`);
console.log(
  `  latency ms: median ${percentile(times, 50).toFixed(0)}, p95 ${percentile(times, 95).toFixed(0)}, p99 ${percentile(times, 99).toFixed(0)}, max ${(times.at(-1) ?? 0).toFixed(0)}; over 1 s: ${times.filter((ms) => ms > 1000).length}`,
);
