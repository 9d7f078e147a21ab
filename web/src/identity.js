// Who this browser is in a room: a display name and a colour, kept in localStorage so they survive reloads
// and are the same in every room.

const STORAGE_KEY = 'pairprog.identity'

/** Cursor colours with good contrast on the editor's light background. */
export const PALETTE = ['#d1453b', '#2f7d32', '#1565c0', '#8e24aa', '#ef6c00', '#00838f', '#6d4c41', '#c2185b']

const ADJECTIVES = ['Brisk', 'Calm', 'Keen', 'Bold', 'Quiet', 'Swift', 'Merry', 'Wise']
const ANIMALS = ['Otter', 'Heron', 'Lynx', 'Badger', 'Falcon', 'Marten', 'Ibis', 'Fox']

function pick (list) {
  return list[Math.floor(Math.random() * list.length)]
}

/** `#rrggbb` to the same colour at 20 % opacity, the background y-codemirror.next gives remote selections. */
export function lighten (color) {
  return /^#[0-9a-f]{6}$/i.test(color) ? `${color}33` : color
}

/** Keeps names printable and short: the awareness state is relayed to everyone in the room. */
export function cleanName (name) {
  const cleaned = String(name ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 40)
  return cleaned
}

/** The stored identity, or a new random one (stored at once, so a reload keeps it). */
export function loadIdentity () {
  try {
    const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null')
    if (stored && cleanName(stored.name) && /^#[0-9a-f]{6}$/i.test(stored.color)) {
      return { name: cleanName(stored.name), color: stored.color }
    }
  } catch {
    // A corrupt entry (edited by hand, another version) is replaced below.
  }
  const identity = { name: `${pick(ADJECTIVES)} ${pick(ANIMALS)}`, color: pick(PALETTE) }
  saveIdentity(identity)
  return identity
}

/** Stores the identity; a browser that refuses storage (private mode, quota) keeps it for this page only. */
export function saveIdentity (identity) {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(identity))
  } catch {
    // Not fatal: the name still applies until the page is closed.
  }
}
