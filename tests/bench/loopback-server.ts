/**
 * The endpoint the benchmark's checks call: a plain HTTP server on 127.0.0.1, started by
 * checks-bench.ts as a child process so that its CPU is not counted against the engine.
 * Protocol over the fork IPC channel: it sends `{ port }` once listening; on `'stats'`
 * it answers `{ requests, cpuMs }`. It exits when the parent goes away.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the server sends the benchmark. */
export type LoopbackMessage = { readonly port: number } | { readonly requests: number; readonly cpuMs: number };

const body = JSON.stringify({ status: 'UP' });
let requests = 0;

const server = createServer((_request, response) => {
  requests += 1;
  response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  response.end(body);
});

const send = (message: LoopbackMessage): void => {
  process.send?.(message);
};

server.listen(0, '127.0.0.1', () => send({ port: (server.address() as AddressInfo).port }));

process.on('message', (message) => {
  if (message !== 'stats') return;
  const cpu = process.cpuUsage();
  send({ requests, cpuMs: (cpu.user + cpu.system) / 1000 });
});

process.on('disconnect', () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
});
