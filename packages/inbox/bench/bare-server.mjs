/**
 * The bench's baseline: a bare node:http server that reads the body and answers 201 with
 * a receipt-shaped JSON, storing nothing and checking nothing. The gap between it and
 * the inbox is what parsing, validation, idempotency and a durable commit cost.
 */
import { createServer } from 'node:http';

const body = JSON.stringify({ receipt: '20251126-00000-00000', receivedAt: '2025-11-26T00:00:00.000Z' });
const server = createServer((req, res) => {
  req.on('data', () => {});
  req.on('end', () => {
    res.writeHead(201, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(body),
    });
    res.end(body);
  });
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ msg: 'listening', port: server.address().port })}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
