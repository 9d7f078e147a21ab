// The room page (`/r/{roomId}`): the collaborative editor and what surrounds it. The server renders the page's
// frame (see crates/server/src/routes/editor.rs) with the room id in `data-room-id`; this module builds the rest.

import { bindPresence } from './presence.js'
import { bindStatusBar } from './status.js'
import { connectRoom } from './connection.js'
import { createEditor } from './editor.js'
import { bindLanguageSetting } from './languages.js'
import { serverCompletions } from './autocomplete.js'
import { addPanel } from './panels.js'
import { authHeaders, roomToken, tokenRole } from './access.js'

const roomId = document.body.dataset.roomId
const element = (id) => document.getElementById(id)

const token = roomToken()
const connection = connectRoom(roomId, token)
const { doc, provider } = connection

let currentLanguage = () => 'python'
const editor = createEditor({
  parent: element('editor'),
  text: doc.getText('code'),
  awareness: provider.awareness,
  completionSource: serverCompletions(() => currentLanguage())
})
if (token && tokenRole(token) === 'viewer') editor.setReadOnly(true)
currentLanguage = bindLanguageSetting(doc, element('language'), (language) => editor.setLanguage(language.support()))

const participants = addPanel(element('sidebar'), { id: 'participants', title: 'Participants' })
const list = document.createElement('ul')
list.id = 'participants'
list.className = 'participants'
participants.append(list)
const presence = bindPresence(provider.awareness, {
  roomId,
  headers: authHeaders(token),
  nameInput: element('user-name'),
  colorInput: element('user-color'),
  list,
  count: element('participant-count'),
  onPeerRenamed: () => editor.redrawRemoteCursors()
})
// An edit from elsewhere may come from a JSON client that just joined: recount the connections.
doc.on('update', (_update, origin) => { if (origin === provider) presence.refreshCount() })
bindStatusBar(connection, roomId, {
  state: element('connection-state'),
  roomId: element('room-id'),
  copyLink: element('copy-link')
})

// A handle for the browser console (and the browser tests): the editor view, the Yjs document and provider.
window.pairprog = { roomId, doc, provider, view: editor.view, editor }
editor.view.focus()
