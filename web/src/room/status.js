// The status bar: the connection state, the room id and a button that copies the room's link.

const LABELS = {
  connecting: 'Connecting…',
  connected: 'Connected',
  reconnecting: 'Reconnecting…',
  offline: 'Offline: edits pending',
  'not-found': 'This room no longer exists'
}

/**
 * @param {{ onState: (listener: (state: string) => void) => void }} connection
 * @param {string} roomId
 * @param {{ state: HTMLElement, roomId: HTMLElement, copyLink: HTMLButtonElement }} elements
 */
export function bindStatusBar (connection, roomId, { state, roomId: roomIdElement, copyLink }) {
  roomIdElement.textContent = roomId
  connection.onState((current) => {
    state.textContent = LABELS[current] ?? current
    state.dataset.state = current
  })
  copyLink.addEventListener('click', async () => {
    const link = `${window.location.origin}/r/${roomId}`
    try {
      await navigator.clipboard.writeText(link)
      flash(copyLink, 'Link copied')
    } catch {
      // No clipboard permission (plain http on another host): show the link so it can be copied by hand.
      window.prompt('Copy this link:', link)
    }
  })
}

function flash (button, text) {
  const original = button.textContent
  button.textContent = text
  setTimeout(() => { button.textContent = original }, 1500)
}
