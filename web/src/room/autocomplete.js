// A CodeMirror completion source backed by the server's `POST /autocomplete`: it sends the live code, the cursor
// (converted from CodeMirror's UTF-16 offset to the Unicode scalar values the API counts) and the room's
// language, and lists `suggestions[]` with their kinds.

import { utf16ToScalar } from '../text_offsets.js'

/** CodeMirror's completion types (they choose the icon) for the server's suggestion kinds. */
const ICON_OF_KIND = {
  keyword: 'keyword',
  construct: 'keyword',
  closer: 'text',
  expression: 'variable',
  identifier: 'variable',
  member: 'property',
  module: 'namespace',
  model: 'text'
}

/** Characters after which an unprompted request is worth making (otherwise only Ctrl-Space asks). */
const WORTH_ASKING = /[\w.(\s,:=]$/

/**
 * @param {() => string} language  the room's current language id
 * @returns {import('@codemirror/autocomplete').CompletionSource}
 */
export function serverCompletions (language) {
  return async (context) => {
    const before = context.state.sliceDoc(Math.max(0, context.pos - 1), context.pos)
    if (!context.explicit && (before === '' || before === '\n' || !WORTH_ASKING.test(before))) return null
    const code = context.state.doc.toString()
    const abort = new AbortController()
    context.addEventListener('abort', () => abort.abort())
    let body
    try {
      const response = await fetch('/autocomplete', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ code, cursorPosition: utf16ToScalar(code, context.pos), language: language() }),
        signal: abort.signal
      })
      if (!response.ok) return null
      body = await response.json()
    } catch {
      // Aborted because the user typed on, or the server is unreachable: no list, the editor carries on.
      return null
    }
    const suggestions = Array.isArray(body.suggestions) ? body.suggestions : []
    const options = suggestions
      .filter((suggestion) => typeof suggestion.text === 'string' && suggestion.text !== '')
      .map((suggestion, rank) => ({
        label: suggestion.text,
        detail: String(suggestion.kind ?? ''),
        type: ICON_OF_KIND[suggestion.kind] ?? 'text',
        // Keep the server's ranking.
        boost: 99 - rank
      }))
    if (options.length === 0) return null
    // Suggestions are text to insert at the cursor, not completions of the word before it: nothing to filter.
    return { from: context.pos, options, filter: false }
  }
}
