// The landing page (`/`): create a room (POST /rooms) or join one by id, then go to /r/{roomId}.

// What the server accepts as a room id (rooms it creates have 8 characters of [a-z0-9]).
const ROOM_ID = /^[A-Za-z0-9_-]{1,64}$/

const createButton = document.getElementById('create-room')
const joinForm = document.getElementById('join-form')
const joinInput = document.getElementById('join-room-id')
const message = document.getElementById('landing-message')

function show (text) {
  message.textContent = text
  message.hidden = !text
}

createButton.addEventListener('click', async () => {
  createButton.disabled = true
  show('')
  try {
    const response = await fetch('/rooms', { method: 'POST' })
    const body = await response.json().catch(() => ({}))
    if (!response.ok || typeof body.roomId !== 'string') {
      throw new Error(body.detail || `the server answered ${response.status}`)
    }
    window.location.assign(`/r/${encodeURIComponent(body.roomId)}`)
  } catch (error) {
    show(`Could not create a room: ${error.message}`)
    createButton.disabled = false
  }
})

joinForm.addEventListener('submit', (event) => {
  event.preventDefault()
  // Accept a pasted link as well as a bare id.
  const typed = joinInput.value.trim().replace(/\/+$/, '')
  const roomId = typed.slice(typed.lastIndexOf('/') + 1)
  if (!ROOM_ID.test(roomId)) {
    show('A room id is letters and digits, like k3x9q2ab, or a room link.')
    joinInput.focus()
    return
  }
  window.location.assign(`/r/${encodeURIComponent(roomId)}`)
})
