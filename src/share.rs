//! The share link: one assessment's answers carried in the URL fragment, so that opening the link shows the
//! results and nothing is ever sent to a server (browsers do not send the fragment).
//!
//! A link is `<app address>#/condivisa/<payload>` and the payload is
//!
//! ```text
//! 1.<base64url without padding of ( deflate(minified answers file v1) ++ CRC-32 of the deflated bytes, big-endian )>
//! ```
//!
//! - `1` is the version of this encoding (not of the answers file, which carries its own `version`); a decoder
//!   refuses any other number with [`ShareError::UnsupportedVersion`], so a later encoding can coexist.
//! - The answers are the answers file (version 1, or 2 with notes) of [`crate::model::answers_file`], minified: the link is read by the same
//!   strict parser as an imported file, so a link is accepted whole or not at all.
//! - Raw deflate (RFC 1951) keeps a complete assessment to about 700 characters. The CRC-32 covers every bit of
//!   the compressed bytes (including the padding bits of the last deflate byte, that an inflater ignores), so a
//!   link that was truncated or altered in transit is refused instead of being read as different answers.
//!
//! **Notes and verification addresses** (answers file version 2) travel in the link too, as long as the payload
//! stays within [`MAX_SHARED_PAYLOAD_CHARS`] (a link that long still goes through e-mail and chat programs).
//! [`encode_fitting`] leaves out first the notes' texts, then the addresses too, and says what it left out
//! ([`LeftOut`]); the share button tells the user plainly, and points to the exported file, which keeps everything.
//!
//! Decoding checks, in order: the version, the length of the payload, base64, the CRC, inflation with a limit of
//! [`MAX_DECODED_BYTES`] (a decompression bomb stops there), UTF-8, then [`answers_file::parse`]. Each failure is a
//! [`ShareError`] whose [`message`](ShareError::message) comes from the string catalogues in both languages.
//! Nothing here panics on any input.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use miniz_oxide::inflate::TINFLStatus;

use crate::i18n::{fill, strings};
use crate::model::answers_file::{self, FormatError};
use crate::model::{Answers, Lang};

/// The version of the link encoding written by [`encode`] and read by [`decode`].
pub const LINK_VERSION: u32 = 1;
/// The route prefix of a share link inside the fragment (the app's hash router).
pub const ROUTE_PREFIX: &str = "#/condivisa/";
/// The largest decompressed payload accepted (a complete answers file is about 2 KB).
pub const MAX_DECODED_BYTES: usize = 64 * 1024;
/// The longest payload accepted, in characters: base64 of [`MAX_DECODED_BYTES`] stored uncompressed, with room
/// for the deflate framing and the CRC. Longer input is refused before any decoding.
pub const MAX_PAYLOAD_CHARS: usize = (MAX_DECODED_BYTES + 1024).div_ceil(3) * 4 + 8;
/// The longest payload [`encode_fitting`] makes when it can leave notes out, in characters. A complete assessment
/// without notes is about 700.
pub const MAX_SHARED_PAYLOAD_CHARS: usize = 6000;
/// The deflate level of [`encode`] (the best; links are short either way).
const LEVEL: u8 = 9;

/// Why a share link could not be read.
#[derive(Clone, Debug, PartialEq)]
pub enum ShareError {
    /// There is no payload at all (the link was cut right after `#/condivisa/`).
    Empty,
    /// The link is incomplete or damaged: no version, bad base64, a CRC mismatch, a broken deflate stream, or
    /// bytes that are not UTF-8. `detail` says which, in English, for developers (not shown to users).
    Damaged {
        /// What failed, for logs and tests.
        detail: &'static str,
    },
    /// The version before the `.` is not one this app reads.
    UnsupportedVersion {
        /// The version found.
        found: String,
    },
    /// The payload or its decompressed content is larger than the limits.
    TooLarge,
    /// The content is not a valid answers file.
    Invalid(FormatError),
}

impl ShareError {
    /// The message for the user in `lang`, from the string catalogues.
    pub fn message(&self, lang: Lang) -> String {
        let t = &strings(lang).transfer();
        match self {
            ShareError::Empty | ShareError::Damaged { .. } => t.link_damaged.to_string(),
            ShareError::UnsupportedVersion { found } => fill(t.link_version, &[found]),
            ShareError::TooLarge => t.link_too_large.to_string(),
            ShareError::Invalid(e) => fill(t.link_invalid, &[&e.message(lang)]),
        }
    }
}

impl std::fmt::Display for ShareError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for ShareError {}

/// The answers file of `answers`, minified (no white space between tokens).
pub fn minified_json(answers: &Answers) -> String {
    let pretty = answers_file::to_json(answers);
    match serde_json::from_str::<serde_json::Value>(&pretty) {
        Ok(v) => v.to_string(),
        // `to_json` always writes JSON; should it ever not, the pretty text is still a valid payload.
        Err(_) => pretty,
    }
}

/// The payload of a share link for `answers` (`1.…`, only URL-safe characters).
pub fn encode(answers: &Answers) -> String {
    encode_bytes(minified_json(answers).as_bytes())
}

/// The payload for arbitrary content (the tests use it to build links with content of their choosing).
pub fn encode_bytes(content: &[u8]) -> String {
    let mut packed = miniz_oxide::deflate::compress_to_vec(content, LEVEL);
    let crc = crc32(&packed);
    packed.extend_from_slice(&crc.to_be_bytes());
    format!("{LINK_VERSION}.{}", URL_SAFE_NO_PAD.encode(packed))
}

/// What a share link left out to stay within [`MAX_SHARED_PAYLOAD_CHARS`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LeftOut {
    /// How many notes (texts) are not in the link.
    pub notes: usize,
    /// How many verification addresses are not in the link.
    pub addresses: usize,
}

impl LeftOut {
    /// Whether the link carries everything.
    pub fn is_nothing(&self) -> bool {
        self.notes == 0 && self.addresses == 0
    }
}

/// `answers` without the notes' texts (`addresses` false) or without notes and addresses (`true`), and what that
/// left out.
fn without_notes(answers: &Answers, addresses: bool) -> (Answers, LeftOut) {
    let mut out = answers.clone();
    let mut left = LeftOut::default();
    out.notes.retain(|_, n| {
        left.notes += usize::from(n.note.take().is_some());
        if addresses {
            left.addresses += usize::from(n.evidence.take().is_some());
        }
        !n.is_empty()
    });
    (out, left)
}

/// The payload for `answers` within [`MAX_SHARED_PAYLOAD_CHARS`] when leaving notes out can make it so: all of
/// it if it fits, else without the notes' texts, else without notes and addresses (the answers themselves always
/// go). Returns the payload and what it left out.
pub fn encode_fitting(answers: &Answers) -> (String, LeftOut) {
    let whole = encode(answers);
    if whole.len() <= MAX_SHARED_PAYLOAD_CHARS || answers.notes.is_empty() {
        return (whole, LeftOut::default());
    }
    let (lighter, left) = without_notes(answers, false);
    let payload = encode(&lighter);
    if payload.len() <= MAX_SHARED_PAYLOAD_CHARS {
        return (payload, left);
    }
    let (bare, left) = without_notes(answers, true);
    (encode(&bare), left)
}

/// A whole share link: `base` (the app's address; any fragment is dropped) with the payload of
/// [`encode_fitting`] in the fragment, and what it left out.
pub fn link_fitting(base: &str, answers: &Answers) -> (String, LeftOut) {
    let base = base.split('#').next().unwrap_or(base);
    let (payload, left) = encode_fitting(answers);
    (format!("{base}{ROUTE_PREFIX}{payload}"), left)
}

/// A whole share link: `base` (the app's address; any fragment is dropped) with the payload in the fragment
/// (everything, whatever its length; the share button uses [`link_fitting`]).
pub fn link(base: &str, answers: &Answers) -> String {
    let base = base.split('#').next().unwrap_or(base);
    format!("{base}{ROUTE_PREFIX}{}", encode(answers))
}

/// The payload of a whole link, if it has the share route in its fragment.
pub fn payload_of_link(link: &str) -> Option<&str> {
    link.find(ROUTE_PREFIX)
        .map(|i| &link[i + ROUTE_PREFIX.len()..])
}

/// Reads a payload back into answers, checking everything (see the module documentation). White space around
/// the payload (a link pasted with a line break) is ignored.
pub fn decode(payload: &str) -> Result<Answers, ShareError> {
    let content = decode_bytes(payload)?;
    let text = std::str::from_utf8(&content).map_err(|_| ShareError::Damaged {
        detail: "content is not UTF-8",
    })?;
    answers_file::parse(text).map_err(ShareError::Invalid)
}

/// The first steps of [`decode`]: version, size, base64, CRC and inflation; returns the decompressed bytes.
pub fn decode_bytes(payload: &str) -> Result<Vec<u8>, ShareError> {
    let payload = payload.trim();
    if payload.is_empty() {
        return Err(ShareError::Empty);
    }
    let Some((version, data)) = payload.split_once('.') else {
        return Err(ShareError::Damaged {
            detail: "no version separator",
        });
    };
    if version.is_empty() || !version.bytes().all(|b| b.is_ascii_digit()) {
        return Err(ShareError::Damaged {
            detail: "the version is not a number",
        });
    }
    if version != LINK_VERSION.to_string() {
        // Only a later encoding is "unsupported"; no link was ever made with a lower number (or leading zeros).
        let newer = !version.starts_with('0')
            && version.len() >= LINK_VERSION.to_string().len()
            && version
                .parse::<u64>()
                .map_or(true, |n| n > u64::from(LINK_VERSION));
        if !newer {
            return Err(ShareError::Damaged {
                detail: "a version number that was never used",
            });
        }
        let found: String = version.chars().take(12).collect();
        return Err(ShareError::UnsupportedVersion { found });
    }
    if data.len() > MAX_PAYLOAD_CHARS {
        return Err(ShareError::TooLarge);
    }
    if data.is_empty() {
        return Err(ShareError::Damaged {
            detail: "no data after the version",
        });
    }
    let bytes = URL_SAFE_NO_PAD
        .decode(data)
        .map_err(|_| ShareError::Damaged {
            detail: "not base64url",
        })?;
    if bytes.len() < 5 {
        return Err(ShareError::Damaged {
            detail: "too short",
        });
    }
    let (packed, crc) = bytes.split_at(bytes.len() - 4);
    let expected = u32::from_be_bytes([crc[0], crc[1], crc[2], crc[3]]);
    if crc32(packed) != expected {
        return Err(ShareError::Damaged {
            detail: "CRC mismatch",
        });
    }
    miniz_oxide::inflate::decompress_to_vec_with_limit(packed, MAX_DECODED_BYTES).map_err(|e| {
        if e.status == TINFLStatus::HasMoreOutput {
            ShareError::TooLarge
        } else {
            ShareError::Damaged {
                detail: "not a deflate stream",
            }
        }
    })
}

/// CRC-32 (IEEE 802.3, as in zip and PNG), bit by bit: links are short.
pub fn crc32(data: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &byte in data {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            let mask = (crc & 1).wrapping_neg();
            crc = (crc >> 1) ^ (0xEDB8_8320 & mask);
        }
    }
    !crc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc32_matches_the_standard_check_value() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(b""), 0);
    }

    #[test]
    fn links_keep_the_app_address_and_drop_its_fragment() {
        let a = Answers::new("Comune di Prova");
        let l = link("https://example.org/care/#/risultati", &a);
        assert!(
            l.starts_with("https://example.org/care/#/condivisa/1."),
            "{l}"
        );
        assert_eq!(decode(payload_of_link(&l).unwrap()).unwrap(), a);
    }

    #[test]
    fn only_a_higher_version_is_said_to_be_newer() {
        let data = &encode(&Answers::new("Comune di Prova"))[2..];
        for v in ["0", "00", "01"] {
            assert!(
                matches!(
                    decode(&format!("{v}.{data}")),
                    Err(ShareError::Damaged { .. })
                ),
                "{v}"
            );
        }
        for v in ["2", "10", "99999999999999999999999"] {
            assert!(
                matches!(
                    decode(&format!("{v}.{data}")),
                    Err(ShareError::UnsupportedVersion { .. })
                ),
                "{v}"
            );
        }
    }

    #[test]
    fn notes_travel_when_they_fit_and_are_left_out_plainly_when_not() {
        use crate::model::{current, AnswerKey, ItemNote};
        let mut a = Answers::new("Comune di Prova");
        a.notes.insert(
            AnswerKey::Service("imu".into()),
            ItemNote {
                note: Some("Verificato".into()),
                evidence: Some("https://www.comune.example.it/imu".into()),
            },
        );
        let (payload, left) = encode_fitting(&a);
        assert!(left.is_nothing());
        assert_eq!(decode(&payload).unwrap(), a);
        // Long, varied notes on every item (they do not compress away) and an address each.
        let mut seed = 12345u64;
        for (i, item) in AnswerKey::all(current()).into_iter().enumerate() {
            let note: String = (0..480)
                .map(|_| {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    char::from(b'a' + (seed >> 59) as u8 % 26)
                })
                .collect();
            a.notes.insert(
                item,
                ItemNote {
                    note: Some(note),
                    evidence: Some(format!("https://example.org/{i}")),
                },
            );
        }
        let items = a.notes.len();
        let (payload, left) = encode_fitting(&a);
        assert!(
            payload.len() <= MAX_SHARED_PAYLOAD_CHARS,
            "{}",
            payload.len()
        );
        assert_eq!(
            left,
            LeftOut {
                notes: items,
                addresses: 0
            }
        );
        let back = decode(&payload).unwrap();
        assert!(back
            .notes
            .values()
            .all(|n| n.note.is_none() && n.evidence.is_some()));
        assert_eq!(back.services, a.services);
    }

    #[test]
    fn the_payload_uses_only_url_safe_characters() {
        let p = encode(&Answers::new("Città di Forlì «test» & <b>"));
        assert!(p
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b)));
    }
}
