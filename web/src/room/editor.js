// The CodeMirror 6 editor bound to the room's `Y.Text("code")` with y-codemirror.next.
//
// Everything a later feature switches at run time is a Compartment: the language, read-only mode (viewers), and
// a gutter slot (a blame gutter); `reconfigure` changes one without rebuilding the editor.

import { autocompletion, completionKeymap } from '@codemirror/autocomplete'
import { indentWithTab } from '@codemirror/commands'
import { Compartment, EditorState } from '@codemirror/state'
import { EditorView, keymap } from '@codemirror/view'
import { basicSetup } from 'codemirror'
import { yCollab, yUndoManagerKeymap } from 'y-codemirror.next'
import * as Y from 'yjs'

/**
 * @param {{ parent: HTMLElement, text: Y.Text, awareness: import('y-protocols/awareness').Awareness,
 *           completionSource: import('@codemirror/autocomplete').CompletionSource }} options
 */
export function createEditor ({ parent, text, awareness, completionSource }) {
  const compartments = {
    collab: new Compartment(),
    language: new Compartment(),
    readOnly: new Compartment(),
    gutter: new Compartment()
  }
  // Undo and redo take back this user's own edits only, never a peer's.
  const undoManager = new Y.UndoManager(text)
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: text.toString(),
      extensions: [
        // Before basicSetup so that Ctrl-Z/Ctrl-Y reach the Yjs undo manager, not CodeMirror's own history.
        keymap.of([...yUndoManagerKeymap, ...completionKeymap, indentWithTab]),
        basicSetup,
        autocompletion({ override: [completionSource], activateOnTypingDelay: 150 }),
        compartments.language.of([]),
        compartments.readOnly.of([]),
        compartments.gutter.of([]),
        compartments.collab.of(yCollab(text, awareness, { undoManager })),
        EditorView.contentAttributes.of({ 'aria-label': 'Code' })
      ]
    })
  })

  return {
    view,
    undoManager,
    /** Highlights with a language's CodeMirror support. */
    setLanguage: (support) => view.dispatch({ effects: compartments.language.reconfigure(support) }),
    /** Read-only mode: a viewer sees every edit but cannot type. */
    setReadOnly: (readOnly) => view.dispatch({
      effects: compartments.readOnly.reconfigure(readOnly ? [EditorState.readOnly.of(true), EditorView.editable.of(false)] : [])
    }),
    /**
     * Redraws the remote cursors. y-codemirror.next's caret widget compares colours only, so a peer who renames
     * itself keeps its old label; unmounting and remounting the binding builds every caret anew (the text, the
     * document and the undo history are untouched: they live in the Y.Doc and the shared undo manager).
     */
    redrawRemoteCursors: () => {
      view.dispatch({ effects: compartments.collab.reconfigure([]) })
      view.dispatch({ effects: compartments.collab.reconfigure(yCollab(text, awareness, { undoManager })) })
      // A new remote-selections plugin draws on its first update, not when it is created.
      view.dispatch({})
    },
    /** Replaces the extra gutter (for instance a blame gutter); `[]` removes it. */
    setGutter: (extension) => view.dispatch({ effects: compartments.gutter.reconfigure(extension) })
  }
}
