// @ts-check
/**
 * The latency floor of bench:mock: a node:http server that reads each request and answers one constant JSON body,
 * doing nothing else. What the machine, Node's HTTP stack and the load generator add to every server's latency; it
 * prints its URL when it listens, like the mocks.
 */
import { createServer } from 'node:http';

const body = Buffer.from(JSON.stringify({ id: 'cust_0000000000000a', entity: 'customer', name: 'Floor', notes: [] }));

const server = createServer({ keepAlive: true }, (request, response) => {
  request.resume();
  request.on('end', () => {
    response.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
    response.end(body);
  });
});
server.listen(0, '127.0.0.1', () => {
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  console.log(`constant server listening on http://127.0.0.1:${address.port}`);
});
