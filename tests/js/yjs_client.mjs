#!/usr/bin/env node
// A scriptable Yjs client for pairprog's end-to-end tests: the real `yjs` document and y-websocket's
// `WebsocketProvider`, exactly as a browser editor uses them, driven by JSON lines.
//
//   node yjs_client.mjs --url ws://127.0.0.1:PORT/yjs --room ROOM [--name alice] [--no-reconnect] [--token JWT]
//
// With --token, the token is offered as a browser would: the subprotocols ["pairprog", "bearer.<token>"].
//
// The provider connects to `<url>/<room>` and syncs the `Y.Text` named "code". Commands are read from stdin,
// one JSON object per line; each answer is one JSON line on stdout carrying the command's `id` (when given).
// Events arrive unprompted on stdout:
//   {"event":"synced"}                         the provider received the server's sync step 2
//   {"event":"closed","code":N,"reason":"..."} the server (or the network) closed the socket
//   {"event":"permission_denied","reason":"..."} the server refused an edit (y-websocket's auth message)
//   {"event":"timed_out"}                      the provider dropped a connection on which the server sent nothing
//                                              for 30 s (y-websocket's watchdog), and reconnects
//
// Commands (indexes and lengths count UTF-16 code units, as JavaScript strings and Y.Text do):
//   {"cmd":"insert","index":N,"text":"..."}            -> {"ok":true,"text":"<text after>"}
//   {"cmd":"delete","index":N,"length":N}              -> {"ok":true,"text":"<text after>"}
//   {"cmd":"text"}                                     -> {"text":"..."}
//   {"cmd":"wait_text","equals":"...","timeout_ms":N}  -> {"ok":true|false,"text":"..."}
//   {"cmd":"set_awareness","state":{...}|null}         -> {"ok":true}
//   {"cmd":"awareness"}                                -> {"states":{"<clientId>":state,...}} (other clients)
//   {"cmd":"wait_awareness","count":N,"timeout_ms":N}  -> {"ok":true|false,"states":{...}} (waits for exactly N)
//   {"cmd":"set_user","name":"...","color":"#rrggbb"}  -> {"ok":true}  (awareness `user`, as y-codemirror.next reads it)
//   {"cmd":"set_cursor","anchor":N,"head":N}           -> {"ok":true}  (awareness `cursor` as relative positions,
//                                                         made with Y.createRelativePositionFromTypeIndex; anchor
//                                                         null clears it)
//   {"cmd":"cursors"}                                  -> {"cursors":{"<name>":{"anchor":N|null,"head":N|null,
//                                                         "color":"..."}}} (other clients' cursors, resolved now)
//   {"cmd":"wait_cursor","name":"...","anchor":N|null,"head":N|null,"timeout_ms":N}
//                                                      -> {"ok":true|false,"cursors":{...}} (waits until the client
//                                                         named `name` has that cursor; null: no cursor or no state)
//   {"cmd":"reconnect"}                                -> {"ok":true} once the provider is connected again (as after a
//                                                         network blip: the socket closes, the provider reconnects)
//   {"cmd":"close"}                                    -> {"ok":true}, then the process exits
// A command that cannot be carried out answers {"error":"..."}. End of stdin closes the client like `close`.
//
// Diagnostics go to stderr, prefixed with the client's name. Only JSON goes to stdout.

import { createInterface } from 'node:readline'
import { parseArgs } from 'node:util'

import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'

const DEFAULT_TIMEOUT_MS = 5000

const { values: options } = parseArgs({
  options: {
    url: { type: 'string' },
    room: { type: 'string' },
    name: { type: 'string', default: 'yjs-client' },
    'no-reconnect': { type: 'boolean', default: false },
    token: { type: 'string' }
  }
})
if (!options.url || !options.room) {
  process.stderr.write('usage: yjs_client.mjs --url ws://HOST:PORT/yjs --room ROOM [--name NAME] [--no-reconnect]\n')
  process.exit(2)
}

const log = (message) => process.stderr.write(`[yjs-client ${options.name}] ${message}\n`)
const emit = (message) => process.stdout.write(JSON.stringify(message) + '\n')

// Set once the client is shutting down, when closing the socket is expected.
let closing = false

// y-websocket reports a "permission denied" auth message through console.warn only.
const warn = console.warn
console.warn = (...args) => {
  const text = args.map(String).join(' ')
  if (text.includes('Permission denied')) emit({ event: 'permission_denied', reason: text })
  else warn(...args)
}

const doc = new Y.Doc()
const code = doc.getText('code')
const provider = new WebsocketProvider(options.url, options.room, doc, {
  // Node 20 has no global WebSocket; `ws` is what y-websocket documents for Node.
  WebSocketPolyfill: WebSocket,
  // Clients of one test must meet only through the server, never through an in-process channel.
  disableBc: true,
  // Tests of refused connections (4004) want one attempt; the real provider retries everything outside 4400-4499.
  ...(options['no-reconnect'] ? { shouldReconnect: () => false } : {}),
  ...(options.token ? { protocols: ['pairprog', `bearer.${options.token}`] } : {})
})
provider.awareness.setLocalState({ user: { name: options.name } })

provider.on('synced', (synced) => {
  if (synced) emit({ event: 'synced' })
})
provider.on('connection-close', (event) => {
  if (event) {
    emit({ event: 'closed', code: event.code, reason: event.reason })
  } else if (!closing) {
    // The provider closed the socket itself, without being asked: its watchdog does so when nothing arrived from
    // the server for 30 s (it then reconnects).
    emit({ event: 'timed_out' })
  }
})
provider.on('connection-error', () => log('connection error'))

/** The awareness states of the other clients, keyed by client ID. */
const otherStates = () => {
  const states = {}
  for (const [clientId, state] of provider.awareness.getStates()) {
    if (clientId !== doc.clientID) states[clientId] = state
  }
  return states
}

/**
 * Resolves to true once `isDone()` holds (checked now and after each `eventName` of `target`, a lib0
 * observable), or to false once `timeoutMs` passes first.
 */
const waitUntil = (target, eventName, isDone, timeoutMs) => new Promise((resolve) => {
  if (isDone()) {
    resolve(true)
    return
  }
  const check = () => {
    if (isDone()) finish(true)
  }
  const timer = setTimeout(() => finish(false), timeoutMs)
  function finish (ok) {
    clearTimeout(timer)
    target.off(eventName, check)
    resolve(ok)
  }
  target.on(eventName, check)
})

const requireInteger = (value, field) => {
  if (!Number.isInteger(value) || value < 0) throw new Error(`"${field}" must be a non-negative integer`)
  return value
}

const checkRange = (index, length) => {
  if (index + length > code.length) {
    throw new Error(`range ${index}..${index + length} is outside the text (length ${code.length})`)
  }
}

const shutDown = () => {
  if (closing) return
  closing = true
  // `destroy` sends this client's awareness removal while the socket is still open, then closes it.
  provider.destroy()
  doc.destroy()
  // Let the close frame and stdout drain before leaving.
  setTimeout(() => process.exit(0), 50)
}

/** Other clients' cursors by `user.name`, resolved to UTF-16 indexes of the text now. */
const otherCursors = () => {
  const cursors = {}
  for (const [clientId, state] of provider.awareness.getStates()) {
    if (clientId === doc.clientID || state == null) continue
    const name = state.user?.name ?? String(clientId)
    const resolve = (json) => {
      if (json == null) return null
      const absolute = Y.createAbsolutePositionFromRelativePosition(Y.createRelativePositionFromJSON(json), doc)
      return absolute !== null && absolute.type === code ? absolute.index : null
    }
    cursors[name] = {
      clientId,
      color: state.user?.color ?? null,
      anchor: resolve(state.cursor?.anchor),
      head: resolve(state.cursor?.head)
    }
  }
  return cursors
}

const commands = {
  set_user: (command) => {
    provider.awareness.setLocalStateField('user', { name: command.name, color: command.color, colorLight: command.color })
    return { ok: true }
  },
  set_cursor: (command) => {
    if (command.anchor === null) {
      provider.awareness.setLocalStateField('cursor', null)
      return { ok: true }
    }
    const anchor = requireInteger(command.anchor, 'anchor')
    const head = requireInteger(command.head ?? command.anchor, 'head')
    checkRange(Math.max(anchor, head), 0)
    provider.awareness.setLocalStateField('cursor', {
      anchor: Y.createRelativePositionFromTypeIndex(code, anchor),
      head: Y.createRelativePositionFromTypeIndex(code, head)
    })
    return { ok: true }
  },
  cursors: () => ({ cursors: otherCursors() }),
  reconnect: async () => {
    // The socket drops (a network blip), not `provider.disconnect()`, which would remove this client's state
    // on purpose: the provider reconnects by itself.
    const dropped = provider.ws
    if (dropped === null) throw new Error('not connected')
    dropped.close()
    const ok = await waitUntil(provider, 'status',
      () => provider.wsconnected && provider.ws !== dropped, DEFAULT_TIMEOUT_MS)
    return { ok }
  },
  wait_cursor: async (command) => {
    const matches = () => {
      const cursor = otherCursors()[command.name]
      if (command.anchor === null) return cursor === undefined || cursor.anchor === null
      return cursor !== undefined && cursor.anchor === command.anchor && cursor.head === command.head
    }
    const timeoutMs = command.timeout_ms ?? DEFAULT_TIMEOUT_MS
    // A cursor changes with awareness changes and with edits of the text.
    const ok = await Promise.race([
      waitUntil(provider.awareness, 'change', matches, timeoutMs),
      waitUntil(doc, 'update', matches, timeoutMs)
    ])
    return { ok: ok || matches(), cursors: otherCursors() }
  },

  insert: (command) => {
    const index = requireInteger(command.index, 'index')
    if (typeof command.text !== 'string') throw new Error('"text" must be a string')
    checkRange(index, 0)
    code.insert(index, command.text)
    return { ok: true, text: code.toString() }
  },
  delete: (command) => {
    const index = requireInteger(command.index, 'index')
    const length = requireInteger(command.length, 'length')
    checkRange(index, length)
    code.delete(index, length)
    return { ok: true, text: code.toString() }
  },
  text: () => ({ text: code.toString() }),
  wait_text: async (command) => {
    if (typeof command.equals !== 'string') throw new Error('"equals" must be a string')
    const ok = await waitUntil(doc, 'update', () => code.toString() === command.equals,
      command.timeout_ms ?? DEFAULT_TIMEOUT_MS)
    return { ok, text: code.toString() }
  },
  set_awareness: (command) => {
    if (command.state === undefined) throw new Error('"state" is required (an object, or null)')
    provider.awareness.setLocalState(command.state)
    return { ok: true }
  },
  awareness: () => ({ states: otherStates() }),
  wait_awareness: async (command) => {
    const count = requireInteger(command.count, 'count')
    const ok = await waitUntil(provider.awareness, 'change', () => Object.keys(otherStates()).length === count,
      command.timeout_ms ?? DEFAULT_TIMEOUT_MS)
    return { ok, states: otherStates() }
  },
  close: () => {
    setImmediate(shutDown)
    return { ok: true }
  }
}

// Commands run one after another, in the order they arrive, so answers come back in that order too.
let queue = Promise.resolve()
const input = createInterface({ input: process.stdin })
input.on('line', (line) => {
  if (line.trim() === '') return
  queue = queue.then(async () => {
    let command
    try {
      command = JSON.parse(line)
    } catch (error) {
      emit({ error: `not JSON: ${error.message}` })
      return
    }
    const id = command.id
    const handler = Object.hasOwn(commands, command.cmd) ? commands[command.cmd] : undefined
    try {
      if (!handler) throw new Error(`unknown command ${JSON.stringify(command.cmd)}`)
      const answer = await handler(command)
      emit(id === undefined ? answer : { id, ...answer })
    } catch (error) {
      emit(id === undefined ? { error: error.message } : { id, error: error.message })
    }
  })
})
input.on('close', () => {
  queue = queue.then(shutDown)
})
