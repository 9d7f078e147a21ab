// Text changes as the pairprog server computes them: steps over a text counted in Unicode scalar values
// (code points), carried over one another (operational transformation) with the same rules as the server's
// `TextChange` (crates/domain/src/text_change.rs), so that a client and the server place concurrent edits
// alike.
//
// A change is an array of steps: `{ retain: n }`, `{ insert: "text" }` or `{ delete: "text" }`. Text after
// the last step is kept. At one place an insertion comes before a deletion, one form for each change.

/** The code points of `text`. */
const points = (text) => Array.from(text);
const length = (text) => points(text).length;

function stepLength(step) {
  if ('retain' in step) return step.retain;
  return length('insert' in step ? step.insert : step.delete);
}

/** Appends `step` to `steps`, dropping empty steps and merging neighbours of the same kind. */
function push(steps, step) {
  if (stepLength(step) === 0) return;
  const last = steps[steps.length - 1];
  if (last && 'delete' in last && 'insert' in step) {
    steps.pop();
    push(steps, step);
    steps.push(last);
    return;
  }
  if (last && 'retain' in last && 'retain' in step) last.retain += step.retain;
  else if (last && 'insert' in last && 'insert' in step) last.insert += step.insert;
  else if (last && 'delete' in last && 'delete' in step) last.delete += step.delete;
  else steps.push({ ...step });
}

function trim(steps) {
  while (steps.length && 'retain' in steps[steps.length - 1]) steps.pop();
  return steps;
}

/** Whether `change` leaves every text as it was. */
export function isIdentity(change) {
  return change.every((step) => 'retain' in step);
}

/** The text `change` makes of `text`. */
export function apply(change, text) {
  const chars = points(text);
  let at = 0;
  let out = '';
  for (const step of change) {
    if ('retain' in step) {
      out += chars.slice(at, at + step.retain).join('');
      at += step.retain;
    } else if ('insert' in step) {
      out += step.insert;
    } else {
      at += length(step.delete);
    }
  }
  return out + chars.slice(at).join('');
}

/** Walks a change's steps over the text it applies to (`output`: over the text it makes). */
class Cursor {
  constructor(steps, output = false) {
    this.steps = steps;
    this.output = output;
    this.index = 0;
    this.offset = 0;
  }
  done() {
    return this.index >= this.steps.length;
  }
  current() {
    return this.steps[this.index];
  }
  /** Takes a whole step of the kind that consumes nothing on this side (insert, or delete for output). */
  takeFree() {
    const step = this.current();
    const key = this.output ? 'delete' : 'insert';
    if (step && key in step) {
      this.index += 1;
      return step[key];
    }
    return null;
  }
  peek() {
    const step = this.current();
    if (!step) return Infinity;
    if ('retain' in step) return step.retain - this.offset;
    const key = this.output ? 'insert' : 'delete';
    return key in step ? length(step[key]) - this.offset : 0;
  }
  take(count) {
    const step = this.current();
    let taken = { retain: count };
    const key = this.output ? 'insert' : 'delete';
    if (step && key in step) {
      taken = { [key]: points(step[key]).slice(this.offset, this.offset + count).join('') };
    }
    if (!this.done()) {
      this.offset += count;
      if (this.peek() === 0) {
        this.index += 1;
        this.offset = 0;
      }
    }
    return taken;
  }
}

/**
 * `change` carried over `concurrent` (both made on one text, `concurrent` applied): the change to apply
 * after it. Where both insert at one place, `change`'s insertion goes first when `mineFirst`.
 * Characters `concurrent` deleted are not deleted again; what it inserted is never deleted.
 */
export function transform(change, concurrent, mineFirst) {
  const result = [];
  const mine = new Cursor(change);
  const theirs = new Cursor(concurrent);
  for (;;) {
    if (mineFirst) {
      const inserted = mine.takeFree();
      if (inserted !== null) {
        push(result, { insert: inserted });
        continue;
      }
    }
    const theirInsert = theirs.takeFree();
    if (theirInsert !== null) {
      push(result, { retain: length(theirInsert) });
      continue;
    }
    const myInsert = mine.takeFree();
    if (myInsert !== null) {
      push(result, { insert: myInsert });
      continue;
    }
    if (mine.done()) break;
    const count = Math.min(mine.peek(), theirs.peek());
    const a = mine.take(count);
    const b = theirs.take(count);
    if ('delete' in b) continue;
    push(result, a);
  }
  return trim(result);
}

/** `first` followed by `second` (made on the text `first` makes), as one change. */
export function compose(first, second) {
  const result = [];
  const a = new Cursor(first, true);
  const b = new Cursor(second);
  for (;;) {
    const deleted = a.takeFree();
    if (deleted !== null) {
      push(result, { delete: deleted });
      continue;
    }
    const inserted = b.takeFree();
    if (inserted !== null) {
      push(result, { insert: inserted });
      continue;
    }
    if (a.done() && b.done()) break;
    const count = Math.min(a.peek(), b.peek());
    const produced = a.take(count);
    const consumed = b.take(count);
    if ('retain' in produced) push(result, 'retain' in consumed ? { retain: count } : consumed);
    else if ('retain' in consumed) push(result, produced);
  }
  return trim(result);
}

/**
 * The change that `replacements` (`{from, to, insert}`, code point offsets of `text`, as editors report
 * them) make to `text`. Throws on ranges that are reversed, overlap or pass the end.
 */
export function fromReplacements(text, replacements) {
  const chars = points(text);
  const sorted = replacements
    .map((replacement, order) => ({ ...replacement, order }))
    .sort((x, y) => x.from - y.from || x.order - y.order);
  const steps = [];
  let at = 0;
  for (const { from, to = from, insert = '' } of sorted) {
    if (to < from || from < at || to > chars.length) {
      throw new RangeError(`invalid replacement ${from}..${to} of a text of ${chars.length}`);
    }
    push(steps, { retain: from - at });
    push(steps, { delete: chars.slice(from, to).join('') });
    push(steps, { insert });
    at = to;
  }
  return trim(steps);
}

/** The change as replacements of ranges of the text before it, in order. */
export function toReplacements(change) {
  const replacements = [];
  let at = 0;
  let current = null;
  for (const step of change) {
    if ('retain' in step) {
      if (current) replacements.push(current);
      current = null;
      at += step.retain;
      continue;
    }
    current ??= { from: at, to: at, insert: '' };
    if ('delete' in step) {
      current.to += length(step.delete);
      at += length(step.delete);
    } else {
      current.insert += step.insert;
    }
  }
  if (current) replacements.push(current);
  return replacements;
}

/** A change turning `before` into `after`: their differing middle replaced (for whole-text messages). */
export function diff(before, after) {
  const a = points(before);
  const b = points(after);
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix += 1;
  let suffix = 0;
  while (
    suffix < a.length - prefix &&
    suffix < b.length - prefix &&
    a[a.length - 1 - suffix] === b[b.length - 1 - suffix]
  ) {
    suffix += 1;
  }
  const steps = [];
  push(steps, { retain: prefix });
  push(steps, { delete: a.slice(prefix, a.length - suffix).join('') });
  push(steps, { insert: b.slice(prefix, b.length - suffix).join('') });
  return trim(steps);
}

/**
 * Where `position` (an offset into the text `change` makes) was in the text before it: a position inside
 * inserted text maps to where the insertion was made.
 */
export function positionBefore(change, position) {
  let before = 0;
  let after = 0;
  for (const step of change) {
    if (after >= position) break;
    if ('retain' in step) {
      const taken = Math.min(step.retain, position - after);
      before += taken;
      after += taken;
    } else if ('insert' in step) {
      after += Math.min(length(step.insert), position - after);
    } else {
      before += length(step.delete);
    }
  }
  return before + Math.max(0, position - after);
}
