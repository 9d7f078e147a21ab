// The room's Yjs document and its link to the server: y-websocket's provider on `ws(s)://<this host>/yjs/<room>`,
// and the connection state the status bar shows.
//
// States: `connecting` (first attempt), `connected` (synced with the server), `reconnecting` (the link dropped
// and the provider is retrying, nothing typed meanwhile), `offline` (dropped, with local edits the server has not
// seen yet: they are sent when the link is back), `not-found` (the server closed with 4004: the room is gone).

import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'

/** Close code with which the server refuses a room it does not know (see README, "Yjs protocol"). */
const ROOM_NOT_FOUND = 4004

/**
 * Opens the room's document and connects it.
 *
 * @param {string} roomId
 * @param {string | null} token  a share link's token, offered as the subprotocol `bearer.<token>`
 * @returns {{ doc: Y.Doc, provider: WebsocketProvider, onState: (listener: (state: string) => void) => void,
 *             state: () => string }}
 */
export function connectRoom (roomId, token = null) {
  const doc = new Y.Doc()
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws'
  const provider = new WebsocketProvider(`${scheme}://${window.location.host}/yjs`, roomId, doc, {
    // Each tab talks to the server only: what two tabs see is what two machines would see.
    disableBc: true,
    // A restarted server is usually back within a second or two: retry often.
    maxBackoffTime: 2000,
    shouldReconnect: (event) => event.code !== ROOM_NOT_FOUND && !(event.code >= 4400 && event.code < 4500),
    // The server answers `pairprog`, one of the offered protocols, as browsers require.
    ...(token ? { protocols: ['pairprog', `bearer.${token}`] } : {})
  })

  let state = 'connecting'
  let pending = false
  const listeners = new Set()
  const set = (next) => {
    if (next === state) return
    state = next
    document.body.dataset.connection = next
    for (const listener of listeners) listener(next)
  }
  document.body.dataset.connection = state

  doc.on('update', (_update, origin) => {
    // Local edits (not the provider's) made while the link is down wait in the document for the next sync.
    if (origin !== provider && !provider.synced) {
      pending = true
      if (state === 'reconnecting') set('offline')
    }
  })
  provider.on('sync', (synced) => {
    if (synced) {
      // After a reconnect the provider resends our presence with the clock it had, but peers that saw us leave
      // hold a removal at that clock plus one (the server announces a departed client's removal so, as
      // y-protocols' removeAwarenessStates does), and y-protocols applies only newer clocks: they would not see
      // us again until our next cursor move or the 15 s renewal. Two fresh clocks put us past the removal.
      const presence = provider.awareness.getLocalState()
      if (presence !== null) {
        provider.awareness.setLocalState(presence)
        provider.awareness.setLocalState(presence)
      }
      pending = false
      set('connected')
    }
  })
  provider.on('status', ({ status }) => {
    if (status === 'connected') forgetDepartedPeers(provider.awareness)
    if (status === 'disconnected' && state !== 'not-found') set(pending ? 'offline' : 'reconnecting')
  })
  provider.on('closed', ({ code }) => {
    if (code === ROOM_NOT_FOUND) set('not-found')
  })

  return {
    doc,
    provider,
    state: () => state,
    onState: (listener) => {
      listeners.add(listener)
      listener(state)
    }
  }
}

/**
 * Forgets the clocks of peers that are no longer shown, so the presence the server sends on a new connection is
 * applied whatever clock it carries.
 *
 * When the link drops, y-websocket removes every peer's presence but y-protocols keeps their last clocks, and it
 * applies only a newer clock: a peer whose presence the server now holds at the clock this tab last saw (it
 * reconnected before us, or saw no need to bump) would stay hidden until its next cursor move or its 15 s renewal.
 * The server's snapshot on a fresh connection is the truth about who is in the room. Called on `connected`, which
 * y-websocket emits before it handles any message of the new connection.
 *
 * @param {import('y-protocols/awareness').Awareness} awareness
 */
function forgetDepartedPeers (awareness) {
  for (const clientId of [...awareness.meta.keys()]) {
    if (clientId !== awareness.clientID && !awareness.states.has(clientId)) awareness.meta.delete(clientId)
  }
}
