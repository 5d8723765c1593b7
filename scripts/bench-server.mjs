// `npm run bench:server`: the production server under load beside a static file server that
// serves the same HTML, in the same run on the same machine: 50 connections for 20 s each,
// article pages per second, p50/p99 latency, errors, and the server's resident memory after
// 5,000 and after 50,000 requests. Needs `npm run build` (the npm script runs it first).
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const HOST = '127.0.0.1';
const SERVER_PORT = Number(process.env.BENCH_SERVER_PORT ?? 4404);
const STATIC_PORT = Number(process.env.BENCH_STATIC_PORT ?? 4405);
const CONNECTIONS = 50;
const DURATION_S = Number(process.env.BENCH_DURATION ?? 20);
const MEMORY_AT = [5_000, 50_000];

if (process.argv[2] === '--static') serveStatic(process.argv[3] ?? '', Number(process.argv[4]));
else await main();

/** The peer: Node's own HTTP server answering every request with the same bytes. */
function serveStatic(file, port) {
  const html = readFileSync(file);
  createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(html);
  }).listen(port, HOST, () => console.log('ready'));
}

async function main() {
  const paths = articlePaths();
  const server = await start('node', ['dist/server/index.js'], {
    PORT: String(SERVER_PORT),
    HOST,
  });
  try {
    const base = `http://${HOST}:${SERVER_PORT}`;
    const page = await fetch(base + paths[0]);
    if (page.status !== 200) throw new Error(`${paths[0]} answered ${page.status}`);
    const html = await page.text();
    const file = `${process.env.TMPDIR ?? '/tmp'}/article-reader-bench-page.html`;
    (await import('node:fs')).writeFileSync(file, html);
    const peer = await start('node', [import.meta.filename, '--static', file, String(STATIC_PORT)]);
    let staticRun;
    try {
      staticRun = await load(`http://${HOST}:${STATIC_PORT}`, ['/'], peer.pid);
    } finally {
      peer.kill();
    }
    const serverRun = await load(base, paths, server.pid, true);
    report(serverRun, staticRun, paths.length, Buffer.byteLength(html));
  } finally {
    server.kill();
  }
}

/** Every article path of the bundled sample feed (all its pages, as the server walks them). */
function articlePaths() {
  const paths = [];
  // next_url is relative to the page that names it (feed/2.json, then 3.json beside it).
  for (let url = new URL('http://x/feed.json'); url;) {
    const feed = JSON.parse(readFileSync(`dist${url.pathname}`, 'utf8'));
    for (const item of feed.items) paths.push(new URL(item.url, url).pathname);
    url = feed.next_url ? new URL(feed.next_url, url) : null;
  }
  return paths;
}

/** 50 connections for DURATION_S, then (for the server) on until 50,000 requests for memory. */
async function load(base, paths, pid, untilMemory = false) {
  const memory = {};
  let count = 0;
  const onResponse = () => {
    count += 1;
    for (const at of MEMORY_AT) if (count === at) memory[at] = residentMb(pid);
  };
  const requests = paths.map((path) => ({ method: 'GET', path }));
  const result = await run(
    { url: base, connections: CONNECTIONS, duration: DURATION_S, requests },
    onResponse,
  );
  if (untilMemory && count < MEMORY_AT.at(-1)) {
    await run(
      { url: base, connections: CONNECTIONS, amount: MEMORY_AT.at(-1) - count, requests },
      onResponse,
    );
  }
  return { result, memory, rssEnd: residentMb(pid) };
}

function run(options, onResponse) {
  return new Promise((resolve, reject) => {
    const instance = autocannon(options, (error, result) =>
      error ? reject(error) : resolve(result),
    );
    instance.on('response', onResponse);
  });
}

function residentMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
  return Math.round((kb / 1024) * 10) / 10;
}

function start(command, args, env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const timer = setTimeout(
      () => reject(new Error(`${args.join(' ')} did not start in 30 s`)),
      30_000,
    );
    child.stdout.on('data', (chunk) => {
      if (/ready|being served at/.test(String(chunk))) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code}`)));
  });
}

function report(server, peer, pageCount, bytes) {
  const s = server.result;
  const p = peer.result;
  const errors = s.errors + s.timeouts + s.non2xx;
  const throughputRatio = s.requests.average / p.requests.average;
  const growth = server.memory[50_000] / server.memory[5_000];
  const rows = [
    [
      'article pages per second (mean)',
      s.requests.average,
      p.requests.average,
      `${throughputRatio.toFixed(2)}x`,
      '>= 0.5x static',
      throughputRatio >= 0.5,
    ],
    ['latency p50 (ms)', s.latency.p50, p.latency.p50, '', '', null],
    ['latency p99 (ms)', s.latency.p99, p.latency.p99, '', '', null],
    [
      'errors (failed, timeouts, non-2xx)',
      errors,
      p.errors + p.timeouts + p.non2xx,
      '',
      '0',
      errors === 0,
    ],
    ['server RSS after 5,000 requests (MB)', server.memory[5_000], '', '', '', null],
    [
      'server RSS after 50,000 requests (MB)',
      server.memory[50_000],
      '',
      `${growth.toFixed(2)}x`,
      '<= 1.2x of 5,000',
      growth <= 1.2,
    ],
  ];
  console.log(
    `\n${CONNECTIONS} connections, ${DURATION_S} s each; the server cycles ${pageCount} article pages ` +
      `(${Math.round(bytes / 1024)} KB of HTML each, uncompressed); the static peer serves one of them.\n`,
  );
  console.log('| metric | server | static | ratio | goal | met |');
  console.log('| --- | ---: | ---: | ---: | --- | --- |');
  for (const [name, ours, theirs, ratio, goal, met] of rows) {
    console.log(
      `| ${name} | ${ours} | ${theirs} | ${ratio} | ${goal} | ${met === null ? '' : met ? 'yes' : 'no'} |`,
    );
  }
  if (rows.some((row) => row[5] === false)) process.exitCode = 1;
}
