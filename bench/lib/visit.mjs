// One visit under the conditions: a fresh context (empty cache, new history) at
// 1280×800, the CPU slowed 4× and 150 ms added to every request through CDP, the probe in
// every document, and every request recorded with its type, size on the wire and order.
import { probe } from './probe.mjs';

export const VIEWPORT = { width: 1280, height: 800 };
export const CPU_SLOWDOWN = 4;
export const LATENCY_MS = 150;

export async function openVisit(browser) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  await context.addInitScript(probe);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Performance.enable');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: LATENCY_MS,
    downloadThroughput: -1,
    uploadThroughput: -1,
  });
  const requests = new Map();
  cdp.on('Network.requestWillBeSent', ({ requestId, request, type, timestamp }) => {
    // A redirect is one request for the bench; the browser's own favicon request is none.
    if (requests.has(requestId) || new URL(request.url).pathname === '/favicon.ico') return;
    requests.set(requestId, {
      url: request.url,
      type,
      sentAt: timestamp,
      bytes: 0,
      order: requests.size,
    });
  });
  cdp.on('Network.responseReceived', ({ requestId, response, type }) => {
    const entry = requests.get(requestId);
    if (entry) Object.assign(entry, { status: response.status, mime: response.mimeType, type });
  });
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const entry = requests.get(requestId);
    if (entry) entry.bytes = encodedDataLength;
  });
  return {
    page,
    cdp,
    errors,
    /** The requests so far, in the order they were sent. */
    requests: () => [...requests.values()],
    close: () => context.close(),
  };
}

/** What the probe recorded (window.__bench) as plain data. */
export function probed(page) {
  return page.evaluate(() => JSON.parse(JSON.stringify(window.__bench)));
}

export async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map(({ name, value }) => [name, value]));
}
