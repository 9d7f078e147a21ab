//! A fuzzing smoke test of the y-websocket frame decoder that runs on stable Rust with `cargo test`: 200,000
//! inputs from a fixed-seed pseudo-random generator, half pure noise shaped like frames and half mutations of valid
//! frames (bit flips, boundary bytes, insertions, deletions, truncations, spliced huge varints), each of which must
//! be decoded or refused without a panic.
//!
//! It is the always-on cousin of the coverage-guided fuzzer in `fuzz/` (nightly, libFuzzer), which explores much
//! further but is run by hand. Being deterministic, a failure here reproduces with the same input every time.
//!
//! What is accepted must also hold up downstream: every update and state vector `decode_frame` lets through
//! decodes in yrs (the structural checks are never looser than yrs).

use adapters_ws::yjs_protocol::{
    DecodeLimits, IncomingMessage, decode_frame, encode_awareness, encode_awareness_removal,
    encode_sync_step1, encode_sync_step2, encode_update,
};
use yrs::{
    Any, Doc, Map, MapPrelim, ReadTxn, StateVector, Text, Transact, Update,
    updates::{decoder::Decode, encoder::Encode},
};

const INPUTS: usize = 200_000;

/// Marsaglia's xorshift64: tiny, deterministic, and good enough to scatter bytes.
struct Xorshift(u64);

impl Xorshift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// A number below `bound` (which must not be 0).
    fn below(&mut self, bound: usize) -> usize {
        usize::try_from(self.next() % bound as u64).expect("below a usize")
    }

    fn byte(&mut self) -> u8 {
        self.next().to_le_bytes()[0]
    }

    fn chance(&mut self, one_in: usize) -> bool {
        self.below(one_in) == 0
    }
}

/// Valid frames of every kind, built with yrs: the starting points of the mutations.
fn valid_frames() -> Vec<Vec<u8>> {
    let doc = Doc::with_client_id(11);
    let code = doc.get_or_insert_text("code");
    let meta = doc.get_or_insert_map("meta");
    let mut frames = vec![encode_sync_step1(
        &doc.transact().state_vector().encode_v1(),
    )];
    let mut txn = doc.transact_mut();
    code.insert(&mut txn, 0, "fn main() {\n    println!(\"héllo 😀\");\n}\n");
    code.remove_range(&mut txn, 3, 4);
    meta.insert(&mut txn, "language", "rust");
    meta.insert(
        &mut txn,
        "nested",
        Any::from_json(r#"{"a": [1, 2.5, null, {"b": true}]}"#).expect("JSON"),
    );
    meta.insert(&mut txn, "map", MapPrelim::default());
    drop(txn);
    let txn = doc.transact();
    let update = txn.encode_state_as_update_v1(&StateVector::default());
    let state_vector = txn.state_vector().encode_v1();
    drop(txn);
    let state = br#"{"user":{"name":"alice"}}"#;
    let state_length = u8::try_from(state.len()).expect("short state");
    // Two entries: client 42 at clock 3 with a state, client 7 at clock 1 gone (null).
    let awareness = [&[2_u8, 42, 3, state_length][..], state, &[7, 1, 4], b"null"].concat();
    frames.extend([
        encode_sync_step1(&state_vector),
        encode_sync_step2(&update),
        encode_update(&update),
        encode_awareness(&awareness),
        encode_awareness_removal(&[(42, 3), (7, 1)]),
        vec![3],
        vec![2, 0, 2, b'n', b'o'],
    ]);
    let several: Vec<u8> = frames.iter().skip(1).flatten().copied().collect();
    frames.push(several);
    frames
}

/// Bytes that sit on the boundaries of varints, tags and lengths.
const INTERESTING: [u8; 10] = [0x00, 0x01, 0x02, 0x03, 0x7f, 0x80, 0x81, 0xfe, 0xff, 0x75];

/// A varint declaring a huge length or count.
fn huge_varint(random: &mut Xorshift) -> Vec<u8> {
    match random.below(4) {
        0 => vec![0xff, 0xff, 0xff, 0xff, 0x0f],
        1 => vec![0xff, 0xff, 0xff, 0x7a],
        2 => vec![0xff; 10],
        _ => [vec![0x80; 9], vec![0x01]].concat(),
    }
}

fn mutate(random: &mut Xorshift, frame: &[u8]) -> Vec<u8> {
    let mut bytes = frame.to_vec();
    // Mostly one mutation, so that many inputs stay close enough to valid to reach the deeper checks.
    let mutations = if random.chance(2) {
        1
    } else {
        2 + random.below(4)
    };
    for _ in 0..mutations {
        if bytes.is_empty() {
            bytes.push(random.byte());
        }
        let at = random.below(bytes.len());
        match random.below(7) {
            0 => bytes[at] ^= 1 << random.below(8),
            1 => bytes[at] = INTERESTING[random.below(INTERESTING.len())],
            2 => bytes.insert(at, random.byte()),
            3 => {
                bytes.remove(at);
            }
            4 => bytes.truncate(at),
            5 => {
                let varint = huge_varint(random);
                bytes.splice(at..at, varint);
            }
            _ => {
                // Repeat a slice, as nested or duplicated structures would.
                let end = (at + 1 + random.below(16)).min(bytes.len());
                let slice = bytes[at..end].to_vec();
                bytes.splice(at..at, slice);
            }
        }
    }
    bytes
}

/// Noise shaped like a frame: a plausible message type and sub-type, then random bytes.
fn noise(random: &mut Xorshift) -> Vec<u8> {
    let length = random.below(64);
    let mut bytes: Vec<u8> = (0..length).map(|_| random.byte()).collect();
    if !bytes.is_empty() && random.chance(2) {
        bytes[0] = u8::try_from(random.below(4)).expect("small");
        if bytes.len() > 1 && bytes[0] == 0 {
            bytes[1] = u8::try_from(random.below(3)).expect("small");
        }
    }
    bytes
}

#[test]
fn decode_frame_never_panics_on_random_and_mutated_frames() {
    let limits = DecodeLimits::default();
    let seeds = valid_frames();
    for frame in &seeds {
        assert!(
            decode_frame(frame, &limits).is_ok(),
            "a seed frame is refused: {frame:?}"
        );
    }
    let mut random = Xorshift(0x9e37_79b9_7f4a_7c15);
    let (mut accepted, mut updates) = (0_usize, 0_usize);
    for index in 0..INPUTS {
        let input = if index % 2 == 0 {
            noise(&mut random)
        } else {
            let seed = &seeds[random.below(seeds.len())];
            mutate(&mut random, seed)
        };
        // A panic fails the test with this input in the message.
        let outcome = std::panic::catch_unwind(|| decode_frame(&input, &limits));
        let Ok(result) = outcome else {
            panic!("decode_frame panicked on input #{index}: {input:?}")
        };
        let Ok(messages) = result else { continue };
        accepted += 1;
        for message in messages {
            match message {
                IncomingMessage::SyncStep2 { update } | IncomingMessage::Update { update } => {
                    updates += 1;
                    assert!(
                        Update::decode_v1(&update).is_ok(),
                        "accepted an update yrs refuses: {input:?}"
                    );
                }
                IncomingMessage::SyncStep1 { state_vector } => {
                    assert!(
                        StateVector::decode_v1(&state_vector).is_ok(),
                        "accepted a bad state vector: {input:?}"
                    );
                }
                IncomingMessage::Awareness { .. }
                | IncomingMessage::QueryAwareness
                | IncomingMessage::Auth => {}
            }
        }
    }
    eprintln!("{INPUTS} inputs: {accepted} accepted, carrying {updates} updates");
    // The mutations must not all be refused outright, or the deeper checks are never reached.
    assert!(accepted > INPUTS / 100, "only {accepted} inputs accepted");
    assert!(updates > INPUTS / 1000, "only {updates} updates accepted");
}
