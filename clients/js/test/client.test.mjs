// The reference client against a scripted server: what it sends, what it shows, and that it ends with the
// room's text.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { PairprogClient } from '../pairprog-client.mjs';

/** A WebSocket double: records what the client sends; `deliver` plays a server message. */
class FakeSocket {
  constructor() {
    this.sent = [];
    FakeSocket.last = this;
    queueMicrotask(() => this.onopen?.());
  }
  send(data) {
    this.sent.push(JSON.parse(data));
  }
  close() {
    this.onclose?.({ code: 1000 });
  }
  deliver(message) {
    this.onmessage({ data: JSON.stringify(message) });
  }
}

async function connected(code = '', version = 0) {
  const client = new PairprogClient('ws://test/ws/room', { WebSocket: FakeSocket });
  const socket = FakeSocket.last;
  await new Promise((resolve) => queueMicrotask(resolve));
  socket.deliver({ type: 'initial_state', code, roomId: 'room', version });
  socket.deliver({ type: 'hello', format: 'delta' });
  await client.ready;
  return { client, socket };
}

test('asks for deltas, sends one edit at a time and buffers the rest', async () => {
  const { client, socket } = await connected('fn main() {}', 3);
  assert.deepEqual(socket.sent[0], { type: 'hello', format: 'delta' });
  client.edit([{ from: 11, to: 11, insert: ' x ' }]);
  client.edit([{ from: 0, to: 0, insert: '// é\n' }]);
  assert.equal(client.text, '// é\nfn main() { x }');
  assert.deepEqual(socket.sent.slice(1), [
    { type: 'edit', changes: [{ from: 11, to: 11, insert: ' x ' }], baseVersion: 3, seq: 1 },
  ]);
  socket.deliver({ type: 'ack', version: 4, ackSeq: 1 });
  assert.deepEqual(socket.sent[2], {
    type: 'edit',
    changes: [{ from: 0, to: 0, insert: '// é\n' }],
    baseVersion: 4,
    seq: 2,
  });
  socket.deliver({ type: 'ack', version: 5, ackSeq: 2 });
  assert.ok(client.settled);
  assert.equal(client.serverText, '// é\nfn main() { x }');
});

test('remote changes are carried under pending edits, which stay on screen', async () => {
  const { client, socket } = await connected('ab', 1);
  client.edit([{ from: 2, to: 2, insert: '😀' }]);
  client.edit([{ from: 0, to: 0, insert: '>' }]);
  // Someone else inserted at the start and deleted "b" before the edit in flight landed.
  socket.deliver({
    type: 'edit',
    changes: [
      { from: 0, to: 0, insert: 'ü' },
      { from: 1, to: 2, insert: '' },
    ],
    baseVersion: 1,
    version: 2,
    timestamp: 0,
  });
  // At one place the room's insertion goes first, as the server orders them.
  assert.equal(client.text, 'ü>a😀');
  socket.deliver({ type: 'ack', version: 3, ackSeq: 1 });
  assert.equal(client.serverText, 'üa😀');
  assert.equal(socket.sent.at(-1).baseVersion, 3);
  assert.deepEqual(socket.sent.at(-1).changes, [{ from: 1, to: 1, insert: '>' }]);
});

test('whole-text messages are read too', async () => {
  const { client, socket } = await connected('one', 1);
  socket.deliver({ type: 'code_update', code: 'one two', timestamp: 0, version: 2 });
  assert.equal(client.text, 'one two');
  client.setText('one two three');
  socket.deliver({ type: 'code_update', code: 'zero one two', timestamp: 0, version: 3 });
  assert.equal(client.text, 'zero one two three');
  socket.deliver({ type: 'code_update', code: 'zero one two three', version: 4, ackSeq: 1 });
  assert.ok(client.settled);
  assert.equal(client.text, 'zero one two three');
});

test('presence: asks for it, shares the cursor in the room\'s offsets, reports the participants', async () => {
  const seen = [];
  const client = new PairprogClient('ws://test/ws/room', {
    WebSocket: FakeSocket,
    name: 'Ada',
    color: '#ff0000',
    onPresence: (users, you) => seen.push({ users, you }),
  });
  const socket = FakeSocket.last;
  await new Promise((resolve) => queueMicrotask(resolve));
  assert.deepEqual(socket.sent[0], { type: 'hello', format: 'delta', presence: true, name: 'Ada', color: '#ff0000' });
  socket.deliver({ type: 'initial_state', code: 'abc', roomId: 'room', version: 1 });
  socket.deliver({ type: 'hello', format: 'delta' });
  await client.ready;
  const ada = { id: '4', name: 'Ada', color: '#ff0000', cursor: null, protocol: 'json' };
  socket.deliver({ type: 'presence', you: '4', users: [ada] });
  assert.deepEqual(seen.at(-1), { users: [ada], you: '4' });
  // An edit not yet answered: "😀" typed at the start. The caret after "b" on screen is after "b" in the room.
  client.edit([{ from: 0, to: 0, insert: '😀' }]);
  client.setCursor({ anchor: 3, head: 3 });
  assert.deepEqual(socket.sent.at(-1), { type: 'presence', cursor: { anchor: 2, head: 2 } });
  client.setCursor(null);
  assert.deepEqual(socket.sent.at(-1), { type: 'presence', cursor: null });
});
