//! The hot paths of an edit, on a 1 MB document: applying a Yjs client's update, applying a JSON client's edit
//! (the character diff against its base, then the transform over a concurrent change, then the local yrs
//! transaction), and encoding the state a joining client receives.
//!
//! Run with `cargo bench -p domain --bench document`.

#![allow(missing_docs)] // criterion's macros generate undocumented items

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use domain::{Document, text_change::TextChange};

/// About 1 MB of code-like text, with some non-ASCII so offsets are converted for real.
fn large_text() -> String {
    let mut text = String::with_capacity(1 << 20);
    let mut line = 0;
    while text.len() < 1_000_000 {
        text.push_str(&format!(
            "    let value_{line} = compute(\"café {line}\", 日本, {line}); // ✓\n"
        ));
        line += 1;
    }
    text
}

fn benches(c: &mut Criterion) {
    let text = large_text();
    let middle = text
        .char_indices()
        .nth(text.chars().count() / 2)
        .map_or(0, |(i, _)| i);

    // A Yjs client's keystroke in the middle of the document, as the server receives it.
    let mut author =
        Document::load(Some(&Document::from_text(&text).encode_state()), []).expect("loads");
    let state = author.encode_state();
    let mut typed = text.clone();
    typed.insert(middle, 'x');
    let keystroke = author.apply_change(&text, &TextChange::diff(&text, &typed));
    c.bench_function("apply a Yjs keystroke update to a 1 MB document", |b| {
        b.iter_batched(
            || Document::load(Some(&state), []).expect("loads"),
            |mut replica| black_box(replica.apply_update(&text, &keystroke).expect("applies")),
            criterion::BatchSize::LargeInput,
        );
    });

    // A JSON client's full text with one keystroke: the diff the server computes against its base.
    c.bench_function(
        "diff a JSON client's 1 MB text against its base (one keystroke)",
        |b| {
            b.iter(|| black_box(TextChange::diff(black_box(&text), black_box(&typed))));
        },
    );

    // The same edit carried over a concurrent change elsewhere in the document.
    let mut concurrent_text = text.clone();
    concurrent_text.insert_str(10, "// someone else\n");
    let concurrent = TextChange::diff(&text, &concurrent_text);
    let edit = TextChange::diff(&text, &typed);
    c.bench_function(
        "transform a JSON edit over a concurrent change (1 MB)",
        |b| {
            b.iter(|| black_box(edit.transform(black_box(&concurrent))));
        },
    );

    // Applying the merged edit as a local yrs transaction (what the JSON path ends with).
    c.bench_function("apply a JSON edit to a 1 MB document", |b| {
        b.iter_batched(
            || Document::load(Some(&state), []).expect("loads"),
            |mut document| black_box(document.apply_change(&text, &edit)),
            criterion::BatchSize::LargeInput,
        );
    });

    // What a joining Yjs client is sent, and what a snapshot writes.
    let document = Document::load(Some(&state), []).expect("loads");
    c.bench_function("encode the state of a 1 MB document", |b| {
        b.iter(|| black_box(document.encode_state()))
    });
}

criterion_group! {
    name = document;
    config = Criterion::default().sample_size(20);
    targets = benches
}
criterion_main!(document);
