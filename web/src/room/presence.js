// Presence: this user's name and colour (the awareness field `user: { name, color, colorLight }` that
// y-codemirror.next draws remote cursors with), the form that edits them, and the list of participants: every
// awareness state in the room (the server mirrors each JSON client as one, with a client ID from 2^32 up),
// plus the connections that publish none, counted from `GET /rooms/{roomId}/connections`.

/** Awareness client IDs from here up are the server's mirrors of JSON clients (Yjs picks 32-bit IDs). */
const MIRROR_CLIENT_ID_BASE = 2 ** 32

import { cleanName, lighten, loadIdentity, saveIdentity } from '../identity.js'

/**
 * @param {import('y-protocols/awareness').Awareness} awareness
 * @param {{ roomId: string, nameInput: HTMLInputElement, colorInput: HTMLInputElement, list: HTMLElement, count: HTMLElement,
 *           onPeerRenamed: () => void }} elements  `onPeerRenamed` runs when a peer changes its name or colour
 */
export function bindPresence (awareness, { roomId, headers = {}, nameInput, colorInput, list, count, onPeerRenamed }) {
  let identity = loadIdentity()
  const publish = () => awareness.setLocalStateField('user', {
    name: identity.name,
    color: identity.color,
    colorLight: lighten(identity.color)
  })
  nameInput.value = identity.name
  colorInput.value = identity.color
  const update = () => {
    const name = cleanName(nameInput.value)
    if (!name) return
    identity = { name, color: colorInput.value }
    saveIdentity(identity)
    publish()
  }
  nameInput.addEventListener('change', update)
  nameInput.addEventListener('keydown', (event) => { if (event.key === 'Enter') update() })
  colorInput.addEventListener('input', update)
  publish()

  // Connections without presence (a Yjs client that publishes no awareness), from the server's count.
  let silentClients = 0
  const render = () => {
    const people = []
    awareness.getStates().forEach((state, clientId) => {
      const user = state && typeof state.user === 'object' && state.user ? state.user : {}
      people.push({
        clientId,
        self: clientId === awareness.clientID,
        name: cleanName(user.name) || `Anonymous ${clientId % 1000}`,
        color: /^#[0-9a-f]{6}$/i.test(user.color) ? user.color : '#888888'
      })
    })
    people.sort((a, b) => (b.self - a.self) || a.name.localeCompare(b.name))
    // Built with DOM nodes and textContent: names come from other people and are never parsed as HTML.
    list.replaceChildren(...people.map((person) => {
      const item = document.createElement('li')
      item.className = 'participant'
      item.dataset.clientId = String(person.clientId)
      const dot = document.createElement('span')
      dot.className = 'participant-color'
      dot.style.backgroundColor = person.color
      const label = document.createElement('span')
      label.className = 'participant-name'
      label.textContent = person.self
        ? `${person.name} (you)`
        : person.clientId >= MIRROR_CLIENT_ID_BASE ? `${person.name} (JSON client)` : person.name
      item.append(dot, label)
      return item
    }))
    for (let index = 0; index < silentClients; index++) {
      const item = document.createElement('li')
      item.className = 'participant participant-silent'
      const dot = document.createElement('span')
      dot.className = 'participant-color'
      const label = document.createElement('span')
      label.className = 'participant-name'
      label.textContent = 'Client without presence'
      label.title = 'A connection that shares no name or cursor'
      item.append(dot, label)
      list.append(item)
    }
    count.textContent = String(people.length + silentClients)
  }

  // The count changes when anyone connects or leaves: asked again on presence changes, and every 10 s.
  let asking = null
  const refreshCount = async () => {
    asking = null
    try {
      const response = await fetch(`/rooms/${encodeURIComponent(roomId)}/connections`, { headers })
      if (!response.ok) return
      const { connections } = await response.json()
      const withPresence = awareness.getStates().size
      const silent = Number.isInteger(connections) ? Math.max(0, connections - withPresence) : 0
      if (silent !== silentClients) {
        silentClients = silent
        render()
      }
    } catch {
      // Offline: the list keeps its last count until the server answers again.
    }
  }
  const scheduleCount = () => {
    if (asking === null) asking = setTimeout(refreshCount, 300)
  }
  setInterval(scheduleCount, 10_000)
  // The label each peer had at the last change, to notice renames.
  const labels = new Map()
  let redraw = null
  awareness.on('change', ({ added, updated, removed }) => {
    render()
    if (added.length > 0 || removed.length > 0) scheduleCount()
    for (const clientId of removed) labels.delete(clientId)
    let renamed = false
    for (const clientId of [...added, ...updated]) {
      if (clientId === awareness.clientID) continue
      const user = awareness.getStates().get(clientId)?.user
      const label = user ? `${user.name}\u0000${user.color}` : ''
      if (labels.has(clientId) && labels.get(clientId) !== label) renamed = true
      labels.set(clientId, label)
    }
    // Coalesce a burst of changes (typing a name) into one redraw.
    if (renamed && redraw === null) {
      redraw = setTimeout(() => { redraw = null; onPeerRenamed() }, 100)
    }
  })
  render()
  scheduleCount()
  return { refreshCount: scheduleCount }
}
