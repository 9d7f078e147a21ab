// Issue 10's row "100 JSON clients in one room each send one 1 MB update": the server's resident set while they
// stay connected. Usage (a server already running, e.g. the release binary on SQLite):
//   node bench/hostile/json-crowd.mjs PORT SERVER_PID MODE [CLIENTS]
// MODE: `read` (every client reads what it is sent), `noread` (each client reads only the answer to its own
// update, then stops reading: its socket is paused), `noread1` (nobody reads; client 0 sends every update).
// Each update replaces the room's text with 1 MB of random hex, on the latest version (`baseVersion`), one after
// the other. Prints the RSS (MiB) before, at the peak, 2 s and 15 s after the last answer, and 25 s after the
// clients left, with the bytes the room holds for its JSON connections (`pairprog_json_client_text_bytes`).
import fs from 'node:fs';
import WebSocket from '../../tests/js/node_modules/ws/index.js';

const [port, pid, mode, clientsArgument] = process.argv.slice(2);
const CLIENTS = Number(clientsArgument || 100);
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const rss = () =>
  Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;
const base = `http://127.0.0.1:${port}`;
const room = (await (await fetch(`${base}/rooms`, { method: 'POST' })).json()).roomId;
let seed = 12345;
const hex = (length) => {
  const digits = '0123456789abcdef';
  let text = '';
  for (let i = 0; i < length; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    text += digits[seed % 16];
  }
  return text;
};
const reads = mode === 'read';
const clients = [];
for (let i = 0; i < CLIENTS; i++) {
  const socket = new WebSocket(`ws://127.0.0.1:${port}/ws/${room}`, { maxPayload: 64 << 20 });
  await new Promise((resolve) => socket.once('open', resolve));
  if (!reads) socket.once('message', () => socket._socket.pause());
  clients.push(socket);
}
await pause(500);
const before = rss();
let peak = before;
for (let i = 0; i < CLIENTS; i++) {
  const socket = mode === 'noread1' ? clients[0] : clients[i];
  if (!reads) socket._socket.resume();
  const answered = new Promise((resolve) => {
    const listen = (data) => {
      const message = JSON.parse(data.toString());
      if (message.type === 'ack' || message.type === 'error') {
        socket.off('message', listen);
        resolve(message);
      }
    };
    socket.on('message', listen);
  });
  socket.send(JSON.stringify({ type: 'code_update', code: hex(1_000_000), timestamp: i, baseVersion: i }));
  const answer = await answered;
  if (answer.type === 'error') console.log(`update ${i}: ${answer.message}`);
  if (!reads) socket._socket.pause();
  peak = Math.max(peak, rss());
}
await pause(2000);
const after = rss();
await pause(13000);
const settled = rss();
const metrics = await (await fetch(`${base}/metrics`)).text();
const held = /^pairprog_json_client_text_bytes (\S+)/m.exec(metrics)?.[1];
for (const socket of clients) socket.terminate();
await pause(25000);
const fixed = (mib) => Number(mib.toFixed(1));
console.log(
  JSON.stringify({
    mode,
    clients: CLIENTS,
    rssBefore: fixed(before),
    rssPeak: fixed(peak),
    rssAfter2s: fixed(after),
    rssAfter15s: fixed(settled),
    rssAfterLeaving25s: fixed(rss()),
    heldForJsonClients: Number(held),
  }),
);
process.exit(0);
