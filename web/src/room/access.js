// A share link's token on the room page (`/r/<room>#token=<jwt>`, or `?token=` as the server's links write it):
// offered to the server as the subprotocol `bearer.<token>` (browsers cannot set headers on a WebSocket), sent as
// `Authorization: Bearer` on the room's REST calls, and read for its role so that a viewer's editor is read-only
// (the server refuses a viewer's edits anyway; see README, "Access control").

/** The page's token, or null: the fragment first (it never leaves the browser), then the query string. */
export function roomToken () {
  const fragment = new URLSearchParams(window.location.hash.slice(1)).get('token')
  return fragment || new URLSearchParams(window.location.search).get('token') || null
}

/** The `role` claim of a JWT, read without checking it (the server does): 'viewer', 'editor', 'owner' or null. */
export function tokenRole (token) {
  try {
    const payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')
    const claims = JSON.parse(atob(payload.padEnd(payload.length + (4 - payload.length % 4) % 4, '=')))
    return typeof claims.role === 'string' ? claims.role : 'viewer'
  } catch {
    return null
  }
}

/** Headers for the room's REST calls. */
export function authHeaders (token) {
  return token ? { Authorization: `Bearer ${token}` } : {}
}
