// Offsets between the two ways pairprog's clients count text.
//
// CodeMirror (like every JavaScript string and Y.Text) counts UTF-16 code units; the server's REST and JSON APIs
// count Unicode scalar values (as Python indexes a `str`). A character outside the Basic Multilingual Plane (most
// emoji) is two units on one side and one on the other, so an offset must be converted every time it crosses.

/** The number of Unicode scalar values in `text` before the UTF-16 offset `utf16Offset`. */
export function utf16ToScalar (text, utf16Offset) {
  let scalars = 0
  let unit = 0
  const end = Math.min(utf16Offset, text.length)
  while (unit < end) {
    const code = text.charCodeAt(unit)
    // A high surrogate followed by a low one is one scalar value in two units.
    const pair = code >= 0xd800 && code <= 0xdbff && unit + 1 < text.length &&
      (text.charCodeAt(unit + 1) & 0xfc00) === 0xdc00
    unit += pair ? 2 : 1
    scalars += 1
  }
  return scalars
}

/** The UTF-16 offset in `text` of the scalar-value offset `scalarOffset`. */
export function scalarToUtf16 (text, scalarOffset) {
  let scalars = 0
  let unit = 0
  while (unit < text.length && scalars < scalarOffset) {
    const code = text.charCodeAt(unit)
    const pair = code >= 0xd800 && code <= 0xdbff && unit + 1 < text.length &&
      (text.charCodeAt(unit + 1) & 0xfc00) === 0xdc00
    unit += pair ? 2 : 1
    scalars += 1
  }
  return unit
}
