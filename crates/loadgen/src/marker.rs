//! The markers a writer inserts into a room's text so that readers can tell which edit they are seeing and when
//! it was sent: `⟦room:seq:micros⟧`.
//!
//! Carrying the send time in the text itself (microseconds since the run's start, on the load generator's one
//! monotonic clock) means readers need no shared table to compute a latency, and the measurement works for any
//! server that relays text, whatever else it adds to its messages. Parsing is pure and tolerant: anything between
//! the brackets that is not three numbers is skipped, so a marker cut in half by a merge is not mistaken for an
//! edit.

use std::fmt;

/// Opens a marker. A character editors never produce by themselves, so ordinary text is not mistaken for one.
pub const OPEN: char = '⟦';
/// Closes a marker.
pub const CLOSE: char = '⟧';

/// One writer edit, as it appears in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Marker {
    /// Index of the room (0-based, in the order the run opened them), so text leaking into another room shows.
    pub room: usize,
    /// The writer's sequence number of this edit in its room, from 0.
    pub seq: u64,
    /// When the writer sent it, in microseconds since the run's start.
    pub sent_micros: u64,
}

impl fmt::Display for Marker {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            formatter,
            "{OPEN}{}:{}:{}{CLOSE}",
            self.room, self.seq, self.sent_micros
        )
    }
}

impl Marker {
    /// Reads the inside of a marker (`room:seq:micros`, brackets excluded).
    fn parse_inner(inner: &str) -> Option<Self> {
        let mut fields = inner.split(':');
        let room = fields.next()?.parse().ok()?;
        let seq = fields.next()?.parse().ok()?;
        let sent_micros = fields.next()?.parse().ok()?;
        if fields.next().is_some() {
            return None;
        }
        Some(Self {
            room,
            seq,
            sent_micros,
        })
    }
}

/// Every well-formed marker in `text`, first to last.
pub fn markers(text: &str) -> impl Iterator<Item = Marker> + '_ {
    text.match_indices(OPEN).filter_map(move |(start, _)| {
        let inside = &text[start + OPEN.len_utf8()..];
        let end = inside.find([CLOSE, OPEN])?;
        if !inside[end..].starts_with(CLOSE) {
            return None;
        }
        Marker::parse_inner(&inside[..end])
    })
}

/// Every well-formed marker in `text`, last to first.
///
/// Writers append, so the newest markers are at the end of a text: a reader that receives whole texts (the JSON
/// protocol) walks back from the end and stops at the first marker it has already seen, which keeps its work
/// proportional to what is new rather than to the document.
pub fn markers_from_end(text: &str) -> impl Iterator<Item = Marker> + '_ {
    text.rmatch_indices(OPEN).filter_map(move |(start, _)| {
        let inside = &text[start + OPEN.len_utf8()..];
        let end = inside.find([CLOSE, OPEN])?;
        if !inside[end..].starts_with(CLOSE) {
            return None;
        }
        Marker::parse_inner(&inside[..end])
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marker(room: usize, seq: u64, sent_micros: u64) -> Marker {
        Marker {
            room,
            seq,
            sent_micros,
        }
    }

    #[test]
    fn a_marker_reads_back_as_itself() {
        let written = marker(3, 41, 1_250_000);
        assert_eq!(written.to_string(), "⟦3:41:1250000⟧");
        assert_eq!(markers(&written.to_string()).collect::<Vec<_>>(), [written]);
    }

    #[test]
    fn markers_are_found_among_other_text_in_order() {
        let text = format!(
            "fn main() {}\n// x {} y\n",
            marker(0, 1, 10),
            marker(0, 2, 20)
        );
        assert_eq!(
            markers(&text).collect::<Vec<_>>(),
            [marker(0, 1, 10), marker(0, 2, 20)]
        );
        assert_eq!(
            markers_from_end(&text).collect::<Vec<_>>(),
            [marker(0, 2, 20), marker(0, 1, 10)]
        );
    }

    #[test]
    fn adjacent_markers_are_all_found() {
        let text = format!("{}{}{}", marker(1, 0, 5), marker(1, 1, 6), marker(1, 2, 7));
        assert_eq!(markers(&text).count(), 3);
        assert_eq!(markers_from_end(&text).count(), 3);
    }

    #[test]
    fn malformed_and_truncated_markers_are_skipped() {
        let text = "⟦1:2⟧ ⟦a:b:c⟧ ⟦1:2:3:4⟧ ⟦9:9:9 ⟦4:5:6⟧ ⟦7:8:";
        assert_eq!(markers(text).collect::<Vec<_>>(), [marker(4, 5, 6)]);
        assert_eq!(
            markers_from_end(text).collect::<Vec<_>>(),
            [marker(4, 5, 6)]
        );
    }

    #[test]
    fn text_without_markers_has_none() {
        assert_eq!(markers("").count(), 0);
        assert_eq!(markers("plain ⟧ text 1:2:3").count(), 0);
    }
}
