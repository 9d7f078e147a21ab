// The reference client of pairprog's JSON protocol (`/ws/{room_id}`): a dependency-free ES module for
// browsers and Node.js 22+ (any WebSocket with the browser API can be passed in).
//
// It keeps the user's edits on screen while they travel, as OT editors do: one edit in flight at a time,
// later edits buffered (composed) meanwhile, and every change from the server carried under the pending
// edits. It asks for deltas (`hello`), sends `edit` messages, and reads both `edit` and whole-text
// `code_update` messages (the latter diffed, before its `hello` is answered or from a server without
// deltas). Offsets are Unicode code points, as the server counts them.
//
//   const client = new PairprogClient('ws://localhost:8000/ws/k3x9q2ab', {
//     onText: (text) => editor.setValue(text), // the text to show, after any remote change
//   });
//   await client.ready;                          // initial_state received
//   client.edit([{ from: 0, to: 0, insert: 'hello' }]); // the editor's change, in offsets of client.text
//
// Presence (optional): pass `name`, `color` and `onPresence(users, you)` to be listed and to receive the
// room's participants with their cursors; `client.setCursor({ anchor, head })` shares this user's.

import {
  apply,
  compose,
  diff,
  fromReplacements,
  isIdentity,
  positionBefore,
  toReplacements,
  transform,
} from './text-change.mjs';

export * as textChange from './text-change.mjs';

export class PairprogClient {
  /**
   * Connects to `url` (`ws://host/ws/{roomId}`).
   * Options: `onText(text, remote)` after every change of the text shown; `onError(message)` for the
   * server's `error` messages; `onClose(code)`; `WebSocket` (defaults to the global one). Presence:
   * `name` and `color` (`#rrggbb`) to be shown as; `onPresence(users, you)` with the room's participants
   * (`{id, name, color, cursor: {anchor, head} | null, protocol}`) whenever they change, `you` being this
   * client's `id`. Without `onPresence` the server sends no presence.
   */
  constructor(url, options = {}) {
    this.onText = options.onText ?? (() => {});
    this.onError = options.onError ?? (() => {});
    this.onClose = options.onClose ?? (() => {});
    this.onPresence = options.onPresence ?? null;
    /** This client's participant id, once the server said it. */
    this.you = null;
    /** The room's text at `version`, as far as it has reached this client. */
    this.serverText = '';
    this.version = 0;
    /** The edit in flight, on `serverText`, and its `seq`. */
    this.inFlight = null;
    this.seq = 0;
    /** Edits made since, on `serverText` with `inFlight` applied. */
    this.buffer = [];
    /** Whether the server sends deltas (after answering `hello`). */
    this.deltas = false;
    const Socket = options.WebSocket ?? globalThis.WebSocket;
    this.socket = new Socket(url);
    this.ready = new Promise((resolve, reject) => {
      this.resolveReady = resolve;
      this.rejectReady = reject;
    });
    const hello = { type: 'hello', format: 'delta' };
    if (this.onPresence) {
      hello.presence = true;
      if (options.name) hello.name = options.name;
      if (options.color) hello.color = options.color;
    }
    this.socket.onopen = () => this.send(hello);
    this.socket.onmessage = (event) => this.receive(JSON.parse(event.data));
    this.socket.onclose = (event) => {
      this.rejectReady(new Error(`closed with ${event.code}`));
      this.onClose(event.code);
    };
  }

  /** The text to show: the room's text with this client's pending edits. */
  get text() {
    const sent = this.inFlight ? apply(this.inFlight, this.serverText) : this.serverText;
    return apply(this.buffer, sent);
  }

  /** Whether every edit made here has been answered. */
  get settled() {
    return this.inFlight === null && this.buffer.length === 0;
  }

  /** Applies a local edit: replacements `{from, to, insert}` of ranges of `client.text`, and sends it. */
  edit(replacements) {
    const change = fromReplacements(this.text, replacements);
    this.buffer = compose(this.buffer, change);
    this.flush();
  }

  /** Makes the text `text` (a local edit found by comparing with the current text). */
  setText(text) {
    const change = diff(this.text, text);
    this.buffer = compose(this.buffer, change);
    this.flush();
  }

  /**
   * Shares this user's cursor: `{ anchor, head }` in offsets of `client.text` (the selection's start and the
   * caret), or `null` for none. Offsets are carried back over the pending edits to the room's text, which the
   * server reads them against.
   */
  setCursor(cursor) {
    if (cursor === null) {
      this.send({ type: 'presence', cursor: null });
      return;
    }
    const sent = this.inFlight ? compose(this.inFlight, this.buffer) : this.buffer;
    const toRoom = (offset) => positionBefore(sent, offset);
    this.send({ type: 'presence', cursor: { anchor: toRoom(cursor.anchor), head: toRoom(cursor.head) } });
  }

  close() {
    this.socket.close();
  }

  send(message) {
    this.socket.send(JSON.stringify(message));
  }

  /** Sends the buffered edits as the edit in flight, unless one is already travelling. */
  flush() {
    if (this.inFlight !== null || isIdentity(this.buffer)) return;
    this.inFlight = this.buffer;
    this.buffer = [];
    this.seq += 1;
    this.send({
      type: 'edit',
      changes: toReplacements(this.inFlight),
      baseVersion: this.version,
      seq: this.seq,
    });
  }

  /** Carries the pending edits over `incoming`, a change of `serverText` made concurrently with them. */
  rebase(incoming) {
    let change = incoming;
    if (this.inFlight !== null) {
      const after = transform(change, this.inFlight, true);
      this.inFlight = transform(this.inFlight, change, false);
      change = after;
    }
    this.buffer = transform(this.buffer, change, false);
  }

  receive(message) {
    switch (message.type) {
      case 'initial_state':
        this.serverText = message.code;
        this.version = message.version ?? 0;
        this.inFlight = null;
        this.buffer = [];
        this.resolveReady();
        this.onText(this.text, true);
        break;
      case 'hello':
        this.deltas = message.format === 'delta';
        break;
      case 'edit': {
        if (message.baseVersion !== this.version) {
          // A gap cannot happen on one socket; if it does, starting again is the only safe answer.
          this.onError(`edit for version ${message.baseVersion} while at ${this.version}`);
          this.close();
          return;
        }
        const incoming = fromReplacements(this.serverText, message.changes);
        this.rebase(incoming);
        this.serverText = apply(incoming, this.serverText);
        this.version = message.version;
        this.onText(this.text, true);
        break;
      }
      case 'code_update':
        if (message.ackSeq !== undefined && this.inFlight !== null) {
          this.answered(message.code, message.version);
        } else {
          // A whole text: the change is found by comparing, which may order insertions at one place
          // differently from the room; the answer to the edit in flight then corrects the buffer.
          const incoming = diff(this.serverText, message.code);
          this.rebase(incoming);
          this.serverText = message.code;
          this.version = message.version;
        }
        this.onText(this.text, true);
        break;
      case 'ack': {
        if (this.inFlight === null) break;
        // Its edit changed nothing when the answer names a version this client already has.
        const landed =
          message.version === this.version
            ? this.serverText
            : apply(this.inFlight, this.serverText);
        this.answered(landed, message.version);
        break;
      }
      case 'presence':
        if (message.you !== undefined) this.you = message.you;
        this.onPresence?.(message.users, this.you);
        break;
      case 'error':
        this.onError(message.message);
        if (this.inFlight !== null) {
          // The edit was refused (its base too old, say): start again from the room's state.
          this.close();
        }
        break;
      default:
        break;
    }
  }

  /** The answer to the edit in flight: the room's text is now `landed`, at `version`. */
  answered(landed, version) {
    const expected = apply(this.inFlight, this.serverText);
    if (expected !== landed) {
      this.buffer = transform(this.buffer, diff(expected, landed), false);
    }
    this.inFlight = null;
    this.serverText = landed;
    this.version = version;
    this.flush();
  }
}
