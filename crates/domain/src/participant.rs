//! Who is in a room: each connection's participant (display name, colour, protocol, since when) and where its
//! name comes from.
//!
//! Rooms are anonymous, as the spec's are: a client may declare a name and a colour, and a connection that
//! declares none gets a readable name and a colour of its own. A verified identity (a token's claims, once
//! access control checks one) outranks whatever the client declares, so that names cannot be spoofed.

use crate::{
    event::{ClientKind, ConnectionId},
    time::Timestamp,
};

/// Longest display name kept, in Unicode scalar values; longer names are cut.
pub const MAX_NAME_CHARS: usize = 64;

/// One connection of a room, as the other participants and the history see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Participant {
    /// The connection.
    pub connection: ConnectionId,
    /// The protocol it speaks.
    pub kind: ClientKind,
    /// Its display name: cleaned, never empty.
    pub name: String,
    /// Its colour, as `#rrggbb`.
    pub color: String,
    /// The verified user behind it (a token's `sub`), or `None` for an anonymous connection.
    pub subject: Option<String>,
    /// When it joined.
    pub since: Timestamp,
}

/// What a client says about itself: a display name and a colour, each optional and untrusted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DeclaredIdentity {
    /// The name the client asks for.
    pub name: Option<String>,
    /// The colour the client asks for (`#rgb` or `#rrggbb`).
    pub color: Option<String>,
}

/// What the server has verified about a client (from a token): it outranks what the client declares.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifiedIdentity {
    /// The user's stable id.
    pub subject: String,
    /// The user's display name, when the verifier gives one.
    pub name: Option<String>,
    /// The user's colour, when the verifier gives one.
    pub color: Option<String>,
}

impl Participant {
    /// The participant of `connection`: its name and colour from `verified` when there is one, else from what
    /// it declared, else assigned from the connection.
    #[must_use]
    pub fn new(
        connection: ConnectionId,
        kind: ClientKind,
        since: Timestamp,
        declared: &DeclaredIdentity,
        verified: Option<&VerifiedIdentity>,
    ) -> Self {
        let verified_name = verified.and_then(|identity| identity.name.as_deref());
        let verified_color = verified.and_then(|identity| identity.color.as_deref());
        let name = verified_name
            .and_then(clean_name)
            .or_else(|| {
                verified
                    .is_none()
                    .then(|| declared.name.as_deref().and_then(clean_name))
                    .flatten()
            })
            .or_else(|| verified.and_then(|identity| clean_name(&identity.subject)))
            .unwrap_or_else(|| assigned_name(connection));
        let color = verified_color
            .and_then(clean_color)
            .or_else(|| {
                verified
                    .is_none()
                    .then(|| declared.color.as_deref().and_then(clean_color))
                    .flatten()
            })
            .unwrap_or_else(|| assigned_color(connection));
        Self {
            connection,
            kind,
            name,
            color,
            subject: verified.map(|identity| identity.subject.clone()),
            since,
        }
    }

    /// Whether the name and colour are the server's (verified), which the client may not change.
    #[must_use]
    pub const fn is_verified(&self) -> bool {
        self.subject.is_some()
    }

    /// Applies what the client declares later (a `hello` or `presence` message, a Yjs awareness `user`):
    /// ignored for a verified participant, and field by field for what cleans to nothing. Returns whether
    /// the name or colour changed.
    pub fn redeclare(&mut self, declared: &DeclaredIdentity) -> bool {
        if self.is_verified() {
            return false;
        }
        let mut changed = false;
        if let Some(name) = declared.name.as_deref().and_then(clean_name)
            && name != self.name
        {
            self.name = name;
            changed = true;
        }
        if let Some(color) = declared.color.as_deref().and_then(clean_color)
            && color != self.color
        {
            self.color = color;
            changed = true;
        }
        changed
    }

    /// Who made a change, for the history: the verified user when there is one, else the display name.
    #[must_use]
    pub fn author(&self) -> &str {
        self.subject.as_deref().unwrap_or(&self.name)
    }
}

/// A display name as shown to others: control and format characters removed, whitespace runs folded into
/// one space, trimmed, cut to [`MAX_NAME_CHARS`]. `None` when nothing is left.
#[must_use]
pub fn clean_name(raw: &str) -> Option<String> {
    let mut cleaned = String::with_capacity(raw.len().min(MAX_NAME_CHARS * 4));
    let mut kept = 0;
    let mut pending_space = false;
    for character in raw.chars() {
        if character.is_whitespace() {
            pending_space = !cleaned.is_empty();
            continue;
        }
        if character.is_control() || is_invisible_format(character) {
            continue;
        }
        if kept + usize::from(pending_space) >= MAX_NAME_CHARS {
            break;
        }
        if pending_space {
            cleaned.push(' ');
            kept += 1;
            pending_space = false;
        }
        cleaned.push(character);
        kept += 1;
    }
    (!cleaned.is_empty()).then_some(cleaned)
}

/// Characters that change how text around them displays without showing themselves (bidirectional
/// overrides, zero-width characters): a name holding them could impersonate another.
const fn is_invisible_format(character: char) -> bool {
    matches!(
        character,
        '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}'
    )
}

/// A colour as `#rrggbb` (lower case) from `#rgb` or `#rrggbb`, or `None` for anything else.
#[must_use]
pub fn clean_color(raw: &str) -> Option<String> {
    let hex = raw.trim().strip_prefix('#')?;
    if !hex.chars().all(|character| character.is_ascii_hexdigit()) {
        return None;
    }
    let hex = hex.to_ascii_lowercase();
    match hex.len() {
        6 => Some(format!("#{hex}")),
        3 => Some(hex.chars().fold(String::from("#"), |mut color, digit| {
            color.push(digit);
            color.push(digit);
            color
        })),
        _ => None,
    }
}

const ADJECTIVES: [&str; 16] = [
    "Amber", "Brave", "Calm", "Clever", "Eager", "Gentle", "Happy", "Jolly", "Keen", "Lively",
    "Lucky", "Mellow", "Nimble", "Quiet", "Swift", "Witty",
];

const ANIMALS: [&str; 16] = [
    "Badger", "Beaver", "Crane", "Dolphin", "Falcon", "Fox", "Heron", "Koala", "Lynx", "Otter",
    "Owl", "Panda", "Puffin", "Robin", "Seal", "Wombat",
];

/// Colours readable as a cursor on a light or a dark background (the palette y-codemirror.next's examples use).
const COLORS: [&str; 8] = [
    "#30bced", "#6eeb83", "#ffbc42", "#ecd444", "#ee6352", "#9ac2c9", "#8acb88", "#1be7ff",
];

/// A readable name for a connection that declared none: the same for the same connection, different for
/// neighbouring connections ("Swift Otter 12").
#[must_use]
pub fn assigned_name(connection: ConnectionId) -> String {
    let mixed = mix(connection.get());
    let adjective = ADJECTIVES[usize::try_from(mixed % 16).unwrap_or(0)];
    let animal = ANIMALS[usize::try_from((mixed >> 4) % 16).unwrap_or(0)];
    format!("{adjective} {animal} {}", connection.get())
}

/// A colour for a connection that declared none, from [`COLORS`].
#[must_use]
pub fn assigned_color(connection: ConnectionId) -> String {
    let index = usize::try_from(mix(connection.get()) >> 8).unwrap_or(0) % COLORS.len();
    COLORS[index].to_owned()
}

/// A bijective scramble of the connection number (splitmix64's finaliser), so consecutive connections get
/// unrelated names.
const fn mix(value: u64) -> u64 {
    let mut z = value.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn declared(name: &str, color: &str) -> DeclaredIdentity {
        DeclaredIdentity {
            name: Some(name.to_owned()),
            color: Some(color.to_owned()),
        }
    }

    #[test]
    fn names_lose_control_and_invisible_characters_and_are_cut() {
        assert_eq!(
            clean_name("  Ada\u{0007}\u{202E}  Love\nlace "),
            Some("Ada Love lace".to_owned())
        );
        assert_eq!(clean_name("\u{200B}\t\u{0000}"), None);
        let long = "é".repeat(200);
        assert_eq!(
            clean_name(&long).map(|name| name.chars().count()),
            Some(MAX_NAME_CHARS)
        );
        assert_eq!(clean_name("🦀 Ferris"), Some("🦀 Ferris".to_owned()));
    }

    #[test]
    fn colours_are_hex_only() {
        assert_eq!(clean_color("#ABC"), Some("#aabbcc".to_owned()));
        assert_eq!(clean_color("#12ab9F"), Some("#12ab9f".to_owned()));
        assert_eq!(clean_color("red"), None);
        assert_eq!(clean_color("#12ab9"), None);
        assert_eq!(clean_color("#12ab9f;background:url(x)"), None);
    }

    #[test]
    fn an_anonymous_connection_gets_a_stable_name_and_colour() {
        let connection = ConnectionId::new(12);
        let first = Participant::new(
            connection,
            ClientKind::Json,
            Timestamp::from_millis(1),
            &DeclaredIdentity::default(),
            None,
        );
        let again = Participant::new(
            connection,
            ClientKind::Yjs,
            Timestamp::from_millis(2),
            &DeclaredIdentity::default(),
            None,
        );
        assert_eq!(first.name, again.name);
        assert_eq!(first.color, again.color);
        assert!(first.name.ends_with(" 12"));
        let other = Participant::new(
            ConnectionId::new(13),
            ClientKind::Json,
            Timestamp::from_millis(1),
            &DeclaredIdentity::default(),
            None,
        );
        assert_ne!(first.name, other.name);
    }

    #[test]
    fn a_verified_identity_outranks_what_the_client_declares() {
        let verified = VerifiedIdentity {
            subject: "user-7".to_owned(),
            name: Some("Grace".to_owned()),
            color: None,
        };
        let mut participant = Participant::new(
            ConnectionId::new(1),
            ClientKind::Json,
            Timestamp::from_millis(1),
            &declared("Mallory", "#ff0000"),
            Some(&verified),
        );
        assert_eq!(participant.name, "Grace");
        assert_eq!(participant.color, assigned_color(ConnectionId::new(1)));
        assert_eq!(participant.author(), "user-7");
        assert!(!participant.redeclare(&declared("Mallory", "#ff0000")));
        assert_eq!(participant.name, "Grace");
    }

    #[test]
    fn an_anonymous_participant_may_rename_itself() {
        let mut participant = Participant::new(
            ConnectionId::new(1),
            ClientKind::Json,
            Timestamp::from_millis(1),
            &declared("Ada", "#00f"),
            None,
        );
        assert_eq!(
            (participant.name.as_str(), participant.color.as_str()),
            ("Ada", "#0000ff")
        );
        assert!(participant.redeclare(&DeclaredIdentity {
            name: Some("Ada L.".to_owned()),
            color: Some("not a colour".to_owned()),
        }));
        assert_eq!(
            (participant.name.as_str(), participant.color.as_str()),
            ("Ada L.", "#0000ff")
        );
        assert_eq!(participant.author(), "Ada L.");
    }
}
