import { createServer, type Server } from 'node:http';
import { collectDefaultMetrics, register } from 'prom-client';

/** Where the Temporal SDK serves its own worker metrics: loopback, the port after ours. */
export const temporalMetricsAddress = (port: number): string => `127.0.0.1:${port + 1}`;

/**
 * The worker's Prometheus endpoint on `port` (GET /metrics): the recording latency histogram and
 * process metrics from prom-client, followed by Temporal's worker metrics (schedule-to-start
 * latency, sticky cache, task slots ...) read from the SDK's own endpoint, so one scrape sees both.
 */
export async function serveWorkerMetrics(port: number): Promise<Server> {
  collectDefaultMetrics();
  const server = createServer((req, res) => {
    if ((req.url ?? '/').split('?')[0] !== '/metrics') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('GET /metrics\n');
      return;
    }
    void (async () => {
      const own = await register.metrics();
      const temporal = await fetch(`http://${temporalMetricsAddress(port)}/metrics`)
        .then((r) => (r.ok ? r.text() : `# temporal metrics answered HTTP ${r.status}\n`))
        .catch(() => '# temporal metrics unavailable\n');
      res.writeHead(200, { 'content-type': register.contentType }).end(`${own}\n${temporal}`);
    })().catch(() => res.writeHead(500).end());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, resolve);
  });
  return server;
}
