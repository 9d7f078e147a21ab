// The languages the editor highlights, and the room setting that chooses one for everybody.
//
// The setting lives in the room's Yjs document, in `Y.Map("settings")` under the key `language`: every editor
// observes it, so a change in one tab switches every tab, and it is stored with the room like the code.

import { cpp } from '@codemirror/lang-cpp'
import { go } from '@codemirror/lang-go'
import { java } from '@codemirror/lang-java'
import { javascript } from '@codemirror/lang-javascript'
import { python } from '@codemirror/lang-python'
import { rust } from '@codemirror/lang-rust'

/** Language ids (as `POST /autocomplete` names them), labels, and their CodeMirror support. */
export const LANGUAGES = [
  { id: 'python', label: 'Python', support: () => python() },
  { id: 'javascript', label: 'JavaScript', support: () => javascript() },
  { id: 'typescript', label: 'TypeScript', support: () => javascript({ typescript: true }) },
  { id: 'rust', label: 'Rust', support: () => rust() },
  { id: 'go', label: 'Go', support: () => go() },
  { id: 'java', label: 'Java', support: () => java() },
  // lang-cpp parses C as well: C is (nearly) a subset of what its grammar accepts.
  { id: 'c', label: 'C', support: () => cpp() },
  { id: 'cpp', label: 'C++', support: () => cpp() }
]

/** The language of a room that never chose one (the spec's examples are Python). */
export const DEFAULT_LANGUAGE = 'python'

/** The name of the shared map of room settings, and the key of the language in it. */
export const SETTINGS_MAP = 'settings'
export const LANGUAGE_KEY = 'language'

/** The entry for `id`, or the default's when `id` is unknown (a newer client may have set one). */
export function findLanguage (id) {
  return LANGUAGES.find((language) => language.id === id) ?? LANGUAGES.find((language) => language.id === DEFAULT_LANGUAGE)
}

/**
 * Keeps `select` and the editor's language in step with the room setting.
 *
 * @param {import('yjs').Doc} doc
 * @param {HTMLSelectElement} select
 * @param {(language: ReturnType<typeof findLanguage>) => void} apply  reconfigures the editor
 * @returns {() => string} the room's current language id
 */
export function bindLanguageSetting (doc, select, apply) {
  const settings = doc.getMap(SETTINGS_MAP)
  for (const language of LANGUAGES) {
    select.append(new Option(language.label, language.id))
  }
  const current = () => findLanguage(settings.get(LANGUAGE_KEY)).id
  const show = () => {
    const language = findLanguage(settings.get(LANGUAGE_KEY))
    select.value = language.id
    document.body.dataset.language = language.id
    apply(language)
  }
  settings.observe(show)
  select.addEventListener('change', () => {
    if (select.value !== current()) settings.set(LANGUAGE_KEY, select.value)
  })
  show()
  return current
}
