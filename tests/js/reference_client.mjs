// Drives pairprog's reference client (clients/js) for the end-to-end tests: many clients in one Node.js
// process, controlled by JSON lines on stdin, answering on stdout.
//
//   {"open": 1, "url": "ws://127.0.0.1:8000/ws/k3x9q2ab"}  -> {"opened": 1}            (after initial_state)
//   {"insert": 1, "token": "⟨a⟩", "pick": 17}              -> (nothing) inserts the token at token boundary
//                                                              `pick` modulo their count (boundaries: the
//                                                              start, and after each `close` character)
//   {"report": 1}                                          -> {"report": 1, "text": "...", "settled": true}
//   {"close": 1}                                           -> {"closed": 1}
//
// Errors from the server are printed as {"error": id, "message": "..."}.
import { createInterface } from 'node:readline';

import WebSocket from 'ws';

import { PairprogClient } from '../../clients/js/pairprog-client.mjs';

const clients = new Map();
const write = (message) => process.stdout.write(`${JSON.stringify(message)}\n`);

function boundaries(text, close) {
  const found = [0];
  Array.from(text).forEach((character, index) => {
    if (character === close) found.push(index + 1);
  });
  return found;
}

createInterface({ input: process.stdin }).on('line', async (line) => {
  const command = JSON.parse(line);
  if ('open' in command) {
    const id = command.open;
    const client = new PairprogClient(command.url, {
      WebSocket,
      onError: (message) => write({ error: id, message }),
    });
    clients.set(id, client);
    await client.ready;
    write({ opened: id });
  } else if ('insert' in command) {
    const client = clients.get(command.insert);
    const places = boundaries(client.text, command.close ?? '⟩');
    const at = places[command.pick % places.length];
    client.edit([{ from: at, to: at, insert: command.token }]);
  } else if ('report' in command) {
    const client = clients.get(command.report);
    write({ report: command.report, text: client.text, settled: client.settled });
  } else if ('close' in command) {
    clients.get(command.close)?.close();
    clients.delete(command.close);
    write({ closed: command.close });
  }
});
