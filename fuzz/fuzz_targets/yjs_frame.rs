//! Fuzzes the y-websocket frame decoder (`adapters_ws::yjs_protocol::decode_frame`) with arbitrary bytes, then
//! does with what it accepts what the server does next: applies each update to a fresh document holding the
//! `Y.Text` "code", answers state vectors, and re-encodes the result.
//!
//! A crash is any panic, abort, stack overflow, timeout or oversized allocation. Besides "never panics", it
//! checks two properties:
//! - everything `decode_frame` accepts, yrs decodes (the structural checks are never looser than yrs);
//! - every update yrs writes back is accepted by `decode_frame` (they are never stricter than Yjs itself).

#![no_main]

use adapters_ws::yjs_protocol::{DecodeLimits, IncomingMessage, decode_frame, encode_update};
use libfuzzer_sys::fuzz_target;
use yrs::{
    Doc, GetString, OffsetKind, Options, ReadTxn, StateVector, Transact, Update,
    updates::decoder::Decode,
};

fuzz_target!(|frame: &[u8]| {
    let limits = DecodeLimits::default();
    let Ok(messages) = decode_frame(frame, &limits) else {
        return;
    };
    for message in messages {
        match message {
            IncomingMessage::SyncStep2 { update } | IncomingMessage::Update { update } => {
                let update = Update::decode_v1(&update)
                    .expect("decode_frame accepted an update yrs cannot decode");
                // Each update on a fresh document. Several updates applied to one document reach integration bugs
                // of yrs that no decoder can see (see README.md), which would mask everything else.
                let doc = room_document();
                let code = doc.get_or_insert_text("code");
                let mut txn = doc.transact_mut();
                // Refusing to integrate is fine; panicking is not.
                if txn.apply_update(update).is_ok() {
                    let _ = code.get_string(&txn);
                    let state = txn.encode_state_as_update_v1(&StateVector::default());
                    let unlimited = DecodeLimits {
                        max_frame_bytes: usize::MAX,
                        ..limits
                    };
                    if let Err(error) = decode_frame(&encode_update(&state), &unlimited) {
                        panic!("decode_frame refuses an update yrs wrote: {error}");
                    }
                }
            }
            IncomingMessage::SyncStep1 { state_vector } => {
                let state_vector = StateVector::decode_v1(&state_vector)
                    .expect("decode_frame accepted a state vector yrs cannot decode");
                let _ = room_document()
                    .transact()
                    .encode_state_as_update_v1(&state_vector);
            }
            IncomingMessage::Awareness { .. }
            | IncomingMessage::QueryAwareness
            | IncomingMessage::Auth => {}
        }
    }
});

/// A document as a room holds it: UTF-16 offsets, one text named "code".
fn room_document() -> Doc {
    let doc = Doc::with_options(Options {
        offset_kind: OffsetKind::Utf16,
        ..Options::default()
    });
    doc.get_or_insert_text("code");
    doc
}
