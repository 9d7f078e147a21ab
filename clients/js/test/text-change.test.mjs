// The text changes of the reference client: the same rules as the server's, checked on random changes.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import {
  apply,
  compose,
  diff,
  fromReplacements,
  toReplacements,
  transform,
} from '../text-change.mjs';

/** xorshift32: deterministic, so a failure reproduces. */
function random(seed) {
  let state = seed || 1;
  return (bound) => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) % bound;
  };
}

function randomText(below) {
  return Array.from({ length: below(8) }, () => ['x', 'y', 'ü', '🎉'][below(4)]).join('');
}

function randomChange(text, below) {
  const size = Array.from(text).length;
  const replacements = [];
  let at = 0;
  for (let count = 1 + below(3); count > 0 && at <= size; count -= 1) {
    const from = at + below(size - at + 1);
    const to = from + below(Math.min(size - from, 3) + 1);
    const insert = Array.from({ length: below(3) }, () => ['a', 'é', '😀'][below(3)]).join('');
    replacements.push({ from, to, insert });
    at = to + 1;
  }
  return fromReplacements(text, replacements);
}

test('concurrent changes converge whichever is applied first', () => {
  const below = random(7);
  for (let run = 0; run < 3000; run += 1) {
    const base = randomText(below);
    const a = randomChange(base, below);
    const b = randomChange(base, below);
    const aThenB = apply(transform(b, a, false), apply(a, base));
    const bThenA = apply(transform(a, b, true), apply(b, base));
    assert.equal(aThenB, bThenA, JSON.stringify({ base, a, b }));
  }
});

test('composing is applying one after the other', () => {
  const below = random(11);
  for (let run = 0; run < 3000; run += 1) {
    const base = randomText(below);
    const a = randomChange(base, below);
    const b = randomChange(apply(a, base), below);
    assert.equal(apply(compose(a, b), base), apply(b, apply(a, base)));
  }
});

test('replacements and diffs describe the same edits', () => {
  const below = random(13);
  for (let run = 0; run < 2000; run += 1) {
    const base = randomText(below);
    const change = randomChange(base, below);
    const after = apply(change, base);
    assert.equal(apply(fromReplacements(base, toReplacements(change)), base), after);
    assert.equal(apply(diff(base, after), base), after);
  }
  assert.throws(() => fromReplacements('ab', [{ from: 1, to: 3, insert: '' }]), RangeError);
  assert.throws(
    () => fromReplacements('abc', [{ from: 0, to: 2 }, { from: 1, to: 2 }]),
    RangeError,
  );
});

test('an insertion inside a concurrent deletion survives it, and the room’s insertion goes first', () => {
  const mine = fromReplacements('abcde', [{ from: 2, to: 2, insert: 'X' }]);
  const theirs = fromReplacements('abcde', [{ from: 1, to: 4, insert: '' }]);
  assert.equal(apply(transform(mine, theirs, false), 'ae'), 'aXe');
  const here = fromReplacements('ab', [{ from: 1, to: 1, insert: 'M' }]);
  const there = fromReplacements('ab', [{ from: 1, to: 1, insert: 'R' }]);
  assert.equal(apply(transform(here, there, false), 'aRb'), 'aRMb');
});
