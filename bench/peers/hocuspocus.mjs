// Starts a Hocuspocus server (@hocuspocus/server, pinned in package.json) for `make bench-peers`: in memory,
// no extensions, default settings except that it listens on HOST:PORT and prints nothing but one line once it
// listens. SIGTERM and SIGINT stop it (Hocuspocus's own signal handlers).
//
//   HOST=127.0.0.1 PORT=8101 node bench/peers/hocuspocus.mjs
import { Server } from "@hocuspocus/server";

const address = process.env.HOST ?? "127.0.0.1";
const port = Number.parseInt(process.env.PORT ?? "", 10);
if (!Number.isInteger(port) || port <= 0) {
  console.error("hocuspocus.mjs: set PORT to the port to listen on");
  process.exit(1);
}

const server = new Server({ address, port, quiet: true });
await server.listen();
console.log(`hocuspocus listening on ws://${address}:${server.address.port}`);
