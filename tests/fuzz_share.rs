//! Fuzzing of the share-link decoder (`share::decode`, `share::decode_bytes`) at scale, with structure-aware
//! inputs that reach every stage of the decoder instead of stopping at its first check. Every case starts from
//! the valid links of the example files (`assets/examples/*.json`) and makes one input per layer (the fourth,
//! the slowest, in a quarter of the cases):
//!
//! 1. **link text**: 1-5 edits of the payload (or of the whole link, read back with `payload_of_link`): cuts,
//!    deletions, insertions and replacements of characters (base64url, other ASCII, white space, non-ASCII),
//!    splices of another link, case swaps, another version prefix, padding. Mostly stopped by the version,
//!    base64 and CRC checks.
//! 2. **deflate stream**: the example's answers deflated (by miniz at a random level, or by hand in stored or
//!    fixed-Huffman blocks), then 1-5 byte edits (bit flips, insertions, deletions, truncation, splices, another
//!    block type, random bytes) and re-wrapped in a *valid* envelope (the layout of `src/share.rs`: `1.` +
//!    base64url of the stream followed by its CRC-32, big-endian), so the inflater gets the damaged stream.
//! 3. **answers text**: the example's answers file mutated (JSON tree edits: replace, remove, insert, retype; then
//!    maybe a cut, an inserted text or raw bytes that are not UTF-8), deflated and wrapped correctly, so the
//!    answers parser behind the decoder gets it.
//! 4. **deflate bombs**: content of a chosen size (empty, an example file, or garbage, followed by a run of one
//!    byte) around the [`MAX_DECODED_BYTES`] limit or far above it (up to 16 MiB), deflated by miniz, in stored
//!    blocks, or as hand-made runs of length-258 matches.
//!
//! Properties, on every input: no panic; `decode` agrees with `decode_bytes` (the same error, or for the bytes
//! it gives the refusal as not UTF-8 or else an answer of the parser: `answers_file::parse`'s own, compared in full for
//! contents up to 4 KiB); every refusal has a non-empty message in Italian and in English, the one of its kind;
//! every accepted link decodes to answers that re-encode and decode to the same answers. Per layer: (1) an
//! accepted edited link holds the original answers (the CRC lets no change through); (2) no valid envelope is
//! refused by the CRC; (3) and (4) the decoder gives back exactly the content that was deflated, or refuses it as
//! too large above the limit; (4) a payload at or under the limit is within the payload length limit even
//! stored uncompressed, and an example file padded with white space up to the limit still decodes to its
//! answers.
//!
//! At the end a summary of the outcomes of each layer (accepted, and refused by which check) is printed on
//! stderr (visible with `--nocapture`). The case count comes from `FUZZ_CASES` (default 1000, a few seconds);
//! `scripts/fuzz.sh` runs 200 000.
#![cfg(not(target_arch = "wasm32"))]

mod fuzz_support;

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use care::model::{answers_file, Answers, Lang};
use care::share::{self, ShareError, MAX_DECODED_BYTES, MAX_PAYLOAD_CHARS};
use fuzz_support::{
    apply, examples, fuzz, mutation, samples, vocabulary, Mutation, Size, BREAKERS,
};
use proptest::prelude::*;
use proptest::sample::Index;
use serde_json::Value;

/// The largest bomb made (16 MiB): the largest that still fits in a payload is about 10 MiB.
const MAX_BOMB: usize = 16 << 20;
/// Bombs larger than this are not given to miniz's compressor (too slow for the fuzz): hand-made runs instead.
const MINIZ_BOMB_CAP: usize = 1 << 20;
/// Bombs larger than this are not stored uncompressed (their payload is far over the limit anyway).
const STORED_BOMB_CAP: usize = 128 << 10;
/// The address put in front of a payload when the whole link is fuzzed.
const APP: &str = "https://example.org/care/";
/// The size of the values the JSON tree edits put in (small: each case runs four layers).
const SIZE: Size = Size {
    depth: 2,
    nodes: 12,
    items: 4,
};

/// One example file and its valid encodings, the starting points of every layer.
struct Base {
    /// The example's answers.
    answers: Answers,
    /// Its share payload (`1.…`).
    payload: String,
    /// Its minified answers file, the content of the payload.
    json: String,
    /// The same file as a JSON tree.
    tree: Value,
}

/// The example files, sorted by name, each with its payload.
fn bases() -> Vec<Base> {
    examples()
        .iter()
        .map(|text| {
            let answers = answers_file::parse(text).expect("the example is valid");
            let json = share::minified_json(&answers);
            Base {
                payload: share::encode(&answers),
                tree: serde_json::from_str(&json).expect("minified JSON"),
                json,
                answers,
            }
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------------------------
// The envelope and deflate streams, made by hand

/// CRC-32 (IEEE), with a table: the same as `share::crc32` (checked below), but fast on the large streams of
/// bombs in an unoptimised test build.
fn crc32(data: &[u8]) -> u32 {
    static TABLE: std::sync::OnceLock<[u32; 256]> = std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut t = [0u32; 256];
        for (n, entry) in t.iter_mut().enumerate() {
            let mut c = n as u32;
            for _ in 0..8 {
                c = if c & 1 == 1 {
                    0xEDB8_8320 ^ (c >> 1)
                } else {
                    c >> 1
                };
            }
            *entry = c;
        }
        t
    });
    !data.iter().fold(0xFFFF_FFFFu32, |c, &b| {
        table[((c ^ u32::from(b)) & 0xFF) as usize] ^ (c >> 8)
    })
}

/// Wraps a raw deflate stream the way `src/share.rs` does: `1.` + base64url (no padding) of the stream followed
/// by its CRC-32, big-endian.
fn wrap(packed: &[u8]) -> String {
    let mut bytes = packed.to_vec();
    bytes.extend_from_slice(&crc32(packed).to_be_bytes());
    format!("{}.{}", share::LINK_VERSION, URL_SAFE_NO_PAD.encode(bytes))
}

/// The raw deflate stream of a payload (its base64 without the CRC), for payloads made by `share::encode`.
fn unwrap(payload: &str) -> Vec<u8> {
    let mut bytes = URL_SAFE_NO_PAD
        .decode(&payload[2..])
        .expect("a valid payload");
    bytes.truncate(bytes.len() - 4);
    bytes
}

/// `content` as raw deflate in stored blocks (RFC 1951 §3.2.4) of at most `chunk` bytes, the last one final.
fn stored(content: &[u8], chunk: usize) -> Vec<u8> {
    let chunk = chunk.clamp(1, 0xFFFF);
    let mut out = Vec::with_capacity(content.len() + content.len() / chunk * 5 + 5);
    let mut blocks = content.chunks(chunk).peekable();
    if blocks.peek().is_none() {
        out.extend_from_slice(&[1, 0, 0, 0xFF, 0xFF]);
    }
    while let Some(block) = blocks.next() {
        let len = block.len() as u16;
        out.push(u8::from(blocks.peek().is_none()));
        out.extend_from_slice(&len.to_le_bytes());
        out.extend_from_slice(&(!len).to_le_bytes());
        out.extend_from_slice(block);
    }
    out
}

/// A bit writer for deflate streams (least significant bit first).
struct Bits {
    /// The finished bytes.
    out: Vec<u8>,
    /// Bits not yet written out.
    acc: u64,
    /// How many bits `acc` holds.
    n: u32,
}

impl Bits {
    /// An empty stream.
    fn new() -> Bits {
        Bits {
            out: Vec::new(),
            acc: 0,
            n: 0,
        }
    }

    /// Appends the `len` low bits of `value`, least significant first (header fields, extra bits).
    fn put(&mut self, value: u32, len: u32) {
        self.acc |= u64::from(value) << self.n;
        self.n += len;
        while self.n >= 8 {
            self.out.push(self.acc as u8);
            self.acc >>= 8;
            self.n -= 8;
        }
    }

    /// Appends a Huffman code of `len` bits, most significant first (as RFC 1951 §3.1.1 packs codes).
    fn code(&mut self, code: u32, len: u32) {
        let reversed = code.reverse_bits() >> (32 - len);
        self.put(reversed, len);
    }

    /// A symbol of the fixed literal/length code (RFC 1951 §3.2.6).
    fn fixed(&mut self, symbol: u32) {
        match symbol {
            0..=143 => self.code(0x30 + symbol, 8),
            144..=255 => self.code(0x190 + symbol - 144, 9),
            256..=279 => self.code(symbol - 256, 7),
            _ => self.code(0xC0 + symbol - 280, 8),
        }
    }

    /// The bytes, the last one padded with zero bits.
    fn finish(mut self) -> Vec<u8> {
        if self.n > 0 {
            self.out.push(self.acc as u8);
        }
        self.out
    }
}

/// One final fixed-Huffman block: `head` as literals, then `run` copies of `fill` (one literal, then matches of
/// length 258 at distance 1, then literals for the rest). About 1.5 bytes per 258 bytes of output: a bomb.
fn fixed_run(head: &[u8], fill: u8, run: usize) -> Vec<u8> {
    let mut bits = Bits::new();
    bits.put(1, 1); // BFINAL
    bits.put(1, 2); // BTYPE = 01, fixed Huffman
    for &b in head {
        bits.fixed(u32::from(b));
    }
    if run > 0 {
        bits.fixed(u32::from(fill));
        let mut rest = run - 1;
        while rest >= 258 {
            bits.fixed(285); // length 258, no extra bits
            bits.code(0, 5); // distance code 0: distance 1, no extra bits
            rest -= 258;
        }
        for _ in 0..rest {
            bits.fixed(u32::from(fill));
        }
    }
    bits.fixed(256); // end of block
    bits.finish()
}

/// How a content is deflated.
#[derive(Clone, Copy, Debug)]
enum Packing {
    /// miniz's compressor at a level (0-10), as `share::encode` does at 9.
    Miniz(u8),
    /// Stored blocks of at most this many bytes.
    Stored(usize),
    /// One fixed-Huffman block of literals (and runs, for bombs).
    Fixed,
}

/// Any way of deflating.
fn packing() -> impl Strategy<Value = Packing> {
    prop_oneof![
        3 => (0u8..=10).prop_map(Packing::Miniz),
        1 => prop_oneof![1usize..64, 64usize..=0xFFFF].prop_map(Packing::Stored),
        1 => Just(Packing::Fixed),
    ]
}

/// `content` deflated by `how`.
fn pack(content: &[u8], how: Packing) -> Vec<u8> {
    match how {
        Packing::Miniz(level) => miniz_oxide::deflate::compress_to_vec(content, level),
        Packing::Stored(chunk) => stored(content, chunk),
        Packing::Fixed => fixed_run(content, 0, 0),
    }
}

// ---------------------------------------------------------------------------------------------------------------
// The properties and the outcome counts

/// The outcome of one input, as a short label for the summary.
fn label(r: &Result<Answers, ShareError>) -> String {
    match r {
        Ok(_) => "accepted".into(),
        Err(ShareError::Empty) => "refused: empty".into(),
        Err(ShareError::Damaged { detail }) => format!("refused: damaged ({detail})"),
        Err(ShareError::UnsupportedVersion { .. }) => "refused: unsupported version".into(),
        Err(ShareError::TooLarge) => "refused: too large".into(),
        Err(ShareError::Invalid(e)) if e.path.contains('.') => {
            "refused: invalid answers (nested field)".into()
        }
        Err(ShareError::Invalid(e)) if !e.path.is_empty() => {
            "refused: invalid answers (top-level field)".into()
        }
        Err(ShareError::Invalid(_)) => "refused: invalid answers (whole file)".into(),
    }
}

/// A long input shortened for a failure message.
fn show(s: &str) -> String {
    if s.chars().count() <= 300 {
        format!("{s:?}")
    } else {
        let head: String = s.chars().take(300).collect();
        format!("{head:?}… ({} bytes)", s.len())
    }
}

/// The properties every input must have; returns the decoder's result. `content`, when the test knows what the
/// link holds, is what `decode_bytes` must give back (or refuse as too large, above the limit).
fn check(
    input: &str,
    content: Option<&[u8]>,
) -> Result<Result<Answers, ShareError>, TestCaseError> {
    let result = share::decode(input);
    let bytes = share::decode_bytes(input);
    if let Some(c) = content {
        if c.len() > MAX_DECODED_BYTES {
            prop_assert_eq!(&bytes, &Err(ShareError::TooLarge), "{}", show(input));
        } else {
            prop_assert!(
                bytes.as_deref() == Ok(c),
                "{} gave {:?} instead of {} bytes",
                show(input),
                bytes.as_ref().map(|b| b.len()),
                c.len()
            );
        }
    }
    // `decode` is `decode_bytes`, then UTF-8, then the parser.
    match bytes {
        Err(e) => prop_assert_eq!(&result, &Err(e), "decode and decode_bytes: {}", show(input)),
        Ok(bytes) => {
            prop_assert!(
                bytes.len() <= MAX_DECODED_BYTES,
                "{} bytes inflated",
                bytes.len()
            );
            match std::str::from_utf8(&bytes) {
                Err(_) => {
                    let not_utf8 = ShareError::Damaged {
                        detail: "content is not UTF-8",
                    };
                    prop_assert_eq!(&result, &Err(not_utf8), "decode: {}", show(input));
                }
                // Parsed a second time only when short (a bomb's 64 KiB are slow to parse in a debug build).
                Ok(text) if text.len() <= 4096 => prop_assert_eq!(
                    &result,
                    &answers_file::parse(text).map_err(ShareError::Invalid),
                    "decode: {}",
                    show(input)
                ),
                Ok(_) => prop_assert!(
                    matches!(result, Ok(_) | Err(ShareError::Invalid(_))),
                    "decode: {}",
                    show(input)
                ),
            }
        }
    }
    match &result {
        Ok(answers) => {
            let again = share::encode(answers);
            prop_assert!(
                again
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b)),
                "not URL-safe: {}",
                again
            );
            let back = share::decode(&again);
            prop_assert_eq!(back.as_ref(), Ok(answers), "re-encoding of {}", show(input));
        }
        Err(e) => {
            let (it, en) = (e.message(Lang::It), e.message(Lang::En));
            prop_assert!(!it.trim().is_empty() && !en.trim().is_empty(), "{:?}", e);
            prop_assert_eq!(e.to_string(), en.clone());
            match e {
                ShareError::Empty | ShareError::Damaged { .. } => {
                    prop_assert!(
                        it.starts_with("Il link è incompleto o danneggiato"),
                        "{}",
                        it
                    );
                    prop_assert!(
                        en.starts_with("The link is incomplete or damaged"),
                        "{}",
                        en
                    );
                }
                ShareError::UnsupportedVersion { found } => {
                    prop_assert!(
                        !found.is_empty()
                            && found.len() <= 12
                            && found.bytes().all(|b| b.is_ascii_digit())
                            && found != "1",
                        "version {:?} of {}",
                        found,
                        show(input)
                    );
                    let shown = format!("({found})");
                    prop_assert!(
                        it.starts_with("Versione del link non supportata") && it.contains(&shown)
                    );
                    prop_assert!(en.starts_with("Unsupported link version") && en.contains(&shown));
                }
                ShareError::TooLarge => {
                    prop_assert!(it.contains("troppo grande"), "{}", it);
                    prop_assert!(en.contains("too large"), "{}", en);
                }
                ShareError::Invalid(f) => {
                    let (fit, fen) = (f.message(Lang::It), f.message(Lang::En));
                    prop_assert!(!fit.trim().is_empty() && !fen.trim().is_empty(), "{:?}", f);
                    prop_assert_eq!(it, format!("Il link contiene risposte non valide: {fit}"));
                    prop_assert_eq!(en, format!("The link contains invalid answers: {fen}"));
                }
            }
        }
    }
    Ok(result)
}

/// The layers, in the order of the summary.
const LAYERS: [&str; 4] = [
    "1 link text",
    "2 deflate stream",
    "3 answers text",
    "4 deflate bombs",
];

/// Outcome counts: per layer, per label.
#[derive(Default)]
struct Stats {
    /// `counts[layer][label]`.
    counts: [BTreeMap<String, u64>; 4],
    /// The time spent in each layer (making the inputs and checking them).
    time: [Duration; 4],
}

impl Stats {
    /// Counts one outcome of a layer.
    fn add(&mut self, layer: usize, label: String) {
        *self.counts[layer].entry(label).or_default() += 1;
    }

    /// How many inputs of a layer had an outcome whose label starts with `prefix`.
    fn count(&self, layer: usize, prefix: &str) -> u64 {
        self.counts[layer]
            .iter()
            .filter(|(k, _)| k.starts_with(prefix))
            .map(|(_, v)| v)
            .sum()
    }

    /// The summary, one block per layer.
    fn summary(&self) -> String {
        let mut s = String::new();
        for (layer, name) in LAYERS.iter().enumerate() {
            let total = self.count(layer, "");
            let accepted = self.count(layer, "accepted");
            s.push_str(&format!(
                "  layer {name}: {total} inputs, {accepted} accepted, {} refused ({:.1} s)\n",
                total - accepted,
                self.time[layer].as_secs_f64()
            ));
            for (k, v) in &self.counts[layer] {
                if k != "accepted" {
                    s.push_str(&format!("      {v:>8}  {k}\n"));
                }
            }
        }
        s
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Layer 1: the link text

/// One edit of the link text.
#[derive(Clone, Debug)]
enum TextEdit {
    /// Keep only the text before a position.
    Cut(Index),
    /// Drop the text before a position.
    CutFront(Index),
    /// Delete 1-8 characters at a position.
    Delete(Index, usize),
    /// Insert text at a position.
    Insert(Index, String),
    /// Replace the character at a position.
    Replace(Index, char),
    /// Insert, at a position, a slice (from, to) of another example's payload.
    Splice(Index, Index, Index, Index),
    /// Switch the case of the character at a position (base64 is case-sensitive).
    SwapCase(Index),
    /// Put another version before the first `.` (or in front, with a `.`, if there is none).
    Version(String),
    /// Surround the text.
    Pad(String, String),
    /// The text twice.
    Double,
}

/// A character that may end up in a pasted link.
fn link_char() -> impl Strategy<Value = char> {
    let base64: Vec<char> = ('A'..='Z')
        .chain('a'..='z')
        .chain('0'..='9')
        .chain(['-', '_'])
        .collect();
    let odd = vec![
        '+', '/', '=', '.', '%', '#', '?', '&', ' ', '\n', '\t', '\r', '\0', 'é', '€', '🙂',
        '\u{feff}', '\u{a0}', '\u{200b}', '\u{2028}', '٣', 'Ａ',
    ];
    prop_oneof![
        4 => prop::sample::select(base64),
        2 => prop::sample::select(odd),
        1 => any::<char>(),
    ]
}

/// Any edit of the link text.
fn text_edit() -> impl Strategy<Value = TextEdit> {
    let chars = prop::collection::vec(link_char(), 1..6).prop_map(String::from_iter);
    let version = prop_oneof![
        prop::sample::select(vec![
            "",
            "0",
            "1",
            "2",
            "01",
            "001",
            "10",
            "1 ",
            " 1",
            "x",
            "-1",
            "+1",
            "1.1",
            "١",
            "1a",
            "\u{0}",
            "99999999999999999999999999",
        ])
        .prop_map(String::from),
        "[0-9]{1,16}",
    ];
    let space = prop::sample::select(vec![
        "", " ", "\n", "\r\n", "\t", "\u{a0}", "\u{feff}", "%20",
    ]);
    prop_oneof![
        2 => any::<Index>().prop_map(TextEdit::Cut),
        1 => any::<Index>().prop_map(TextEdit::CutFront),
        2 => (any::<Index>(), 1usize..=8).prop_map(|(i, n)| TextEdit::Delete(i, n)),
        3 => (any::<Index>(), chars).prop_map(|(i, s)| TextEdit::Insert(i, s)),
        3 => (any::<Index>(), link_char()).prop_map(|(i, c)| TextEdit::Replace(i, c)),
        1 => (any::<Index>(), any::<Index>(), any::<Index>(), any::<Index>())
            .prop_map(|(i, b, f, t)| TextEdit::Splice(i, b, f, t)),
        1 => any::<Index>().prop_map(TextEdit::SwapCase),
        2 => version.prop_map(TextEdit::Version),
        1 => (space.clone(), space).prop_map(|(a, b)| TextEdit::Pad(a.into(), b.into())),
        1 => Just(TextEdit::Double),
    ]
}

/// A position chosen by `i` in a sequence of `len` items, its end included.
fn at(i: &Index, len: usize) -> usize {
    i.index(len + 1)
}

/// Inserts at a position of `data` the slice between two positions (in either order) of one of `others`: the
/// splices of the link text and of the deflate streams.
fn splice_from<T: Copy>(
    data: &mut Vec<T>,
    i: &Index,
    others: &[Vec<T>],
    which: &Index,
    ends: [&Index; 2],
) {
    let other = which.get(others);
    let (a, b) = (at(ends[0], other.len()), at(ends[1], other.len()));
    let p = at(i, data.len());
    data.splice(p..p, other[a.min(b)..a.max(b)].iter().copied());
}

/// Applies an edit to a text kept as characters; `others` are the payloads that splices take from.
fn apply_text(text: &mut Vec<char>, edit: &TextEdit, others: &[Vec<char>]) {
    match edit {
        TextEdit::Cut(i) => text.truncate(at(i, text.len())),
        TextEdit::CutFront(i) => {
            text.drain(..at(i, text.len()));
        }
        TextEdit::Delete(i, n) => {
            let from = at(i, text.len());
            let to = (from + n).min(text.len());
            text.drain(from..to);
        }
        TextEdit::Insert(i, s) => {
            let p = at(i, text.len());
            text.splice(p..p, s.chars());
        }
        TextEdit::Replace(i, c) => {
            if !text.is_empty() {
                let p = i.index(text.len());
                text[p] = *c;
            }
        }
        TextEdit::Splice(i, which, from, to) => splice_from(text, i, others, which, [from, to]),
        TextEdit::SwapCase(i) => {
            if !text.is_empty() {
                let p = i.index(text.len());
                let c = text[p];
                text[p] = if c.is_ascii_lowercase() {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                };
            }
        }
        TextEdit::Version(v) => match text.iter().position(|&c| c == '.') {
            Some(dot) => {
                text.splice(..dot, v.chars());
            }
            None => {
                let front: Vec<char> = v.chars().chain(['.']).collect();
                text.splice(0..0, front);
            }
        },
        TextEdit::Pad(a, b) => {
            text.splice(0..0, a.chars());
            text.extend(b.chars());
        }
        TextEdit::Double => {
            let copy = text.clone();
            text.extend(copy);
        }
    }
}

/// Layer 1: edits of an example's payload, or of its whole link read back with `payload_of_link`.
fn layer_text(
    base: &Base,
    whole_link: bool,
    edits: &[TextEdit],
    others: &[Vec<char>],
    stats: &mut Stats,
) -> Result<(), TestCaseError> {
    let original = if whole_link {
        share::link(APP, &base.answers)
    } else {
        base.payload.clone()
    };
    let mut text: Vec<char> = original.chars().collect();
    for e in edits {
        apply_text(&mut text, e, others);
    }
    let text: String = text.into_iter().collect();
    let payload = if whole_link {
        match share::payload_of_link(&text) {
            Some(p) => p,
            None => {
                stats.add(0, "refused: no share route in the link".into());
                return Ok(());
            }
        }
    } else {
        &text
    };
    let result = check(payload, None)?;
    if let Ok(answers) = &result {
        // The CRC lets no change of the content through: an edited link that is accepted is the same link.
        prop_assert_eq!(
            answers,
            &base.answers,
            "edited link accepted: {}",
            show(payload)
        );
    }
    stats.add(0, label(&result));
    Ok(())
}

// ---------------------------------------------------------------------------------------------------------------
// Layer 2: the deflate stream, re-wrapped in a valid envelope

/// One edit of a deflate stream.
#[derive(Clone, Debug)]
enum ByteEdit {
    /// Flip one bit of a byte.
    Flip(Index, u8),
    /// Set a byte.
    Set(Index, u8),
    /// Insert bytes at a position.
    Insert(Index, Vec<u8>),
    /// Delete 1-16 bytes at a position.
    Delete(Index, usize),
    /// Keep only the bytes before a position.
    Truncate(Index),
    /// Add bytes at the end.
    Append(Vec<u8>),
    /// Insert, at a position, a slice (from, to) of another example's stream (deflated at level 9).
    Splice(Index, Index, Index, Index),
    /// Set the block type bits of the first block (0-3; 3 is reserved).
    BlockType(u8),
    /// Replace everything by random bytes.
    Random(Vec<u8>),
}

/// Any edit of a deflate stream.
fn byte_edit() -> impl Strategy<Value = ByteEdit> {
    let bytes = prop::collection::vec(any::<u8>(), 1..12);
    prop_oneof![
        6 => (any::<Index>(), 0u8..8).prop_map(|(i, b)| ByteEdit::Flip(i, b)),
        3 => (any::<Index>(), any::<u8>()).prop_map(|(i, b)| ByteEdit::Set(i, b)),
        2 => (any::<Index>(), bytes.clone()).prop_map(|(i, b)| ByteEdit::Insert(i, b)),
        2 => (any::<Index>(), 1usize..=16).prop_map(|(i, n)| ByteEdit::Delete(i, n)),
        2 => any::<Index>().prop_map(ByteEdit::Truncate),
        1 => bytes.prop_map(ByteEdit::Append),
        1 => (any::<Index>(), any::<Index>(), any::<Index>(), any::<Index>())
            .prop_map(|(i, b, f, t)| ByteEdit::Splice(i, b, f, t)),
        1 => (0u8..4).prop_map(ByteEdit::BlockType),
        1 => prop::collection::vec(any::<u8>(), 0..300).prop_map(ByteEdit::Random),
    ]
}

/// Applies an edit to a stream; `others` are the streams that splices take from.
fn apply_bytes(data: &mut Vec<u8>, edit: &ByteEdit, others: &[Vec<u8>]) {
    match edit {
        ByteEdit::Flip(i, bit) => {
            if !data.is_empty() {
                let p = i.index(data.len());
                data[p] ^= 1 << bit;
            }
        }
        ByteEdit::Set(i, b) => {
            if !data.is_empty() {
                let p = i.index(data.len());
                data[p] = *b;
            }
        }
        ByteEdit::Insert(i, b) => {
            let p = at(i, data.len());
            data.splice(p..p, b.iter().copied());
        }
        ByteEdit::Delete(i, n) => {
            let from = at(i, data.len());
            data.drain(from..(from + n).min(data.len()));
        }
        ByteEdit::Truncate(i) => data.truncate(at(i, data.len())),
        ByteEdit::Append(b) => data.extend_from_slice(b),
        ByteEdit::Splice(i, which, from, to) => splice_from(data, i, others, which, [from, to]),
        ByteEdit::BlockType(t) => {
            if let Some(first) = data.first_mut() {
                *first = (*first & !0b110) | (t << 1);
            }
        }
        ByteEdit::Random(b) => *data = b.clone(),
    }
}

/// Layer 2: an example's answers deflated by `how`, edited, and wrapped in a valid envelope.
fn layer_stream(
    base: &Base,
    how: Packing,
    edits: &[ByteEdit],
    others: &[Vec<u8>],
    stats: &mut Stats,
) -> Result<(), TestCaseError> {
    let mut data = pack(base.json.as_bytes(), how);
    for e in edits {
        apply_bytes(&mut data, e, others);
    }
    let link = wrap(&data);
    let result = check(&link, None)?;
    // The envelope is valid: whatever the outcome, it is past the CRC.
    prop_assert!(
        !matches!(&result, Err(ShareError::Damaged { detail }) if *detail == "CRC mismatch"),
        "CRC refused for a valid envelope: {}",
        show(&link)
    );
    stats.add(1, label(&result));
    Ok(())
}

// ---------------------------------------------------------------------------------------------------------------
// Layer 3: mutated answers text behind a valid deflate and envelope

/// Damage to the answers text after the tree edits (at a byte position, so it may split a character).
#[derive(Clone, Debug)]
enum Damage {
    /// None.
    Nothing,
    /// Keep only the bytes before a position.
    Cut(Index),
    /// Insert bytes at a position (text, or bytes that are not UTF-8).
    Insert(Index, Vec<u8>),
    /// Delete the byte at a position.
    Delete(Index),
}

/// Any damage, mostly none.
fn damage() -> impl Strategy<Value = Damage> {
    let bytes = prop_oneof![
        prop::sample::select(&BREAKERS[..]).prop_map(|s| s.as_bytes().to_vec()),
        prop::sample::select(vec![
            vec![0xFF],
            vec![0xC3],
            vec![0xED, 0xA0, 0x80],
            vec![0xF8, 0x88]
        ]),
        prop::collection::vec(any::<u8>(), 1..4),
    ];
    prop_oneof![
        6 => Just(Damage::Nothing),
        1 => any::<Index>().prop_map(Damage::Cut),
        2 => (any::<Index>(), bytes).prop_map(|(i, b)| Damage::Insert(i, b)),
        1 => any::<Index>().prop_map(Damage::Delete),
    ]
}

/// Layer 3: an example's answers tree edited, written compact or pretty, maybe damaged, then deflated by `how`
/// and wrapped correctly.
fn layer_answers(
    base: &Base,
    edits: &[Mutation],
    pretty: bool,
    damage: &Damage,
    how: Packing,
    stats: &mut Stats,
) -> Result<(), TestCaseError> {
    let mut tree = base.tree.clone();
    for e in edits {
        apply(&mut tree, e);
    }
    let text = if pretty {
        serde_json::to_string_pretty(&tree)
    } else {
        serde_json::to_string(&tree)
    };
    let mut content = text.expect("a JSON tree serialises").into_bytes();
    match damage {
        Damage::Nothing => {}
        Damage::Cut(i) => content.truncate(at(i, content.len())),
        Damage::Insert(i, b) => {
            let p = at(i, content.len());
            content.splice(p..p, b.iter().copied());
        }
        Damage::Delete(i) => {
            if !content.is_empty() {
                content.remove(i.index(content.len()));
            }
        }
    }
    let link = wrap(&pack(&content, how));
    // The decoder gives back exactly the content, and then what the parser makes of it.
    let result = check(&link, Some(&content))?;
    stats.add(2, label(&result));
    Ok(())
}

// ---------------------------------------------------------------------------------------------------------------
// Layer 4: deflate bombs

/// What a bomb's content starts with.
#[derive(Clone, Debug)]
enum Head {
    /// Nothing: the whole content is the run.
    Nothing,
    /// An example's answers file (the run is then white space: the content is valid up to the limit).
    Answers(Index),
    /// Random bytes.
    Garbage(Vec<u8>),
}

/// How a bomb is deflated.
#[derive(Clone, Copy, Debug)]
enum BombPacking {
    /// miniz's compressor at a level (only up to [`MINIZ_BOMB_CAP`]; hand-made runs above).
    Miniz(u8),
    /// Stored blocks of at most this many bytes (only up to [`STORED_BOMB_CAP`]; hand-made runs above).
    Stored(usize),
    /// Hand-made runs of length-258 matches.
    Fixed,
}

/// A bomb: a content of `size` bytes, `head` then a run of `fill`, deflated by `packing`.
#[derive(Clone, Debug)]
struct Bomb {
    /// The total size of the content.
    size: usize,
    /// The start of the content.
    head: Head,
    /// The byte of the run.
    fill: u8,
    /// How it is deflated.
    packing: BombPacking,
}

/// Any bomb, mostly within a few hundred bytes of the limit.
fn bomb() -> impl Strategy<Value = Bomb> {
    let size = prop_oneof![
        6 => MAX_DECODED_BYTES - 600..=MAX_DECODED_BYTES + 600,
        3 => prop::sample::select(vec![MAX_DECODED_BYTES - 1, MAX_DECODED_BYTES, MAX_DECODED_BYTES + 1]),
        2 => 0..MAX_DECODED_BYTES,
        // Far above, log-uniform up to MAX_BOMB.
        2 => (0.0f64..1.0).prop_map(|x| {
            let far = (MAX_BOMB as f64 / MAX_DECODED_BYTES as f64).powf(x) * MAX_DECODED_BYTES as f64;
            (far as usize).clamp(MAX_DECODED_BYTES + 1, MAX_BOMB)
        }),
    ];
    let head = prop_oneof![
        2 => Just(Head::Nothing),
        3 => any::<Index>().prop_map(Head::Answers),
        1 => prop::collection::vec(any::<u8>(), 1..64).prop_map(Head::Garbage),
    ];
    let fill = prop::sample::select(vec![b' ', b'\n', b'\t', 0, b'a', b'{', b'"', 0xFF]);
    let packing = prop_oneof![
        3 => (1u8..=10).prop_map(BombPacking::Miniz),
        1 => prop_oneof![Just(0xFFFF), 1000usize..0xFFFF].prop_map(BombPacking::Stored),
        3 => Just(BombPacking::Fixed),
    ];
    (size, head, fill, packing).prop_map(|(size, head, fill, packing)| Bomb {
        size,
        head,
        fill,
        packing,
    })
}

/// Layer 4: a bomb, wrapped correctly.
fn layer_bomb(bases: &[Base], b: &Bomb, stats: &mut Stats) -> Result<(), TestCaseError> {
    let (head, fill) = match &b.head {
        Head::Nothing => (Vec::new(), b.fill),
        Head::Answers(i) => {
            let fill = if b.fill.is_ascii_whitespace() {
                b.fill
            } else {
                b' '
            };
            (i.get(bases).json.as_bytes().to_vec(), fill)
        }
        Head::Garbage(g) => (g.clone(), b.fill),
    };
    let head = &head[..head.len().min(b.size)];
    let run = b.size - head.len();
    // The whole content only when it is needed (to deflate it, or to compare it with what comes out).
    let content = match b.packing {
        BombPacking::Miniz(_) if b.size <= MINIZ_BOMB_CAP => true,
        BombPacking::Stored(_) if b.size <= STORED_BOMB_CAP => true,
        _ => b.size <= 2 * MAX_DECODED_BYTES,
    }
    .then(|| {
        let mut c = head.to_vec();
        c.resize(b.size, fill);
        c
    });
    let packed = match (b.packing, &content) {
        (BombPacking::Miniz(level), Some(c)) if b.size <= MINIZ_BOMB_CAP => {
            miniz_oxide::deflate::compress_to_vec(c, level)
        }
        (BombPacking::Stored(chunk), Some(c)) if b.size <= STORED_BOMB_CAP => stored(c, chunk),
        _ => fixed_run(head, fill, run),
    };
    let link = wrap(&packed);
    if b.size <= MAX_DECODED_BYTES {
        // At or under the limit the payload is short enough to be read (a stored one too: the limit has room).
        prop_assert!(
            link.len() - 2 <= MAX_PAYLOAD_CHARS,
            "{} characters for {:?}",
            link.len(),
            b
        );
    }
    // At or under the limit the content comes out whole, above it the link is too large.
    let result = check(&link, content.as_deref())?;
    if b.size > MAX_DECODED_BYTES {
        prop_assert_eq!(&result, &Err(ShareError::TooLarge), "bomb {:?}", b);
    }
    if let Head::Answers(i) = &b.head {
        let example = i.get(bases);
        if head.len() == example.json.len() && b.size <= MAX_DECODED_BYTES {
            // An answers file padded with white space up to the limit is still those answers.
            prop_assert_eq!(
                result.as_ref(),
                Ok(&example.answers),
                "padded answers {:?}",
                b
            );
        }
    }
    stats.add(3, label(&result));
    Ok(())
}

// ---------------------------------------------------------------------------------------------------------------
// The fuzz

/// One case: the input of each layer.
type Case = (
    (Index, bool, Vec<TextEdit>),
    (Index, Packing, Vec<ByteEdit>),
    (Index, Vec<Mutation>, bool, Damage, Packing),
    Option<Bomb>,
);

/// The inputs of one case.
fn case(words: Vec<String>) -> impl Strategy<Value = Case> {
    (
        (
            any::<Index>(),
            prop::bool::weighted(0.2),
            prop::collection::vec(text_edit(), 1..=5),
        ),
        (
            any::<Index>(),
            packing(),
            prop::collection::vec(byte_edit(), 1..=5),
        ),
        (
            any::<Index>(),
            prop_oneof![
                3 => prop::collection::vec(mutation(words.clone(), SIZE, false), 1..=1),
                2 => prop::collection::vec(mutation(words, SIZE, false), 2..=5),
            ],
            any::<bool>(),
            damage(),
            packing(),
        ),
        // A bomb in a quarter of the cases: they are the slowest inputs (64 KiB inflated and parsed).
        prop::option::weighted(0.25, bomb()),
    )
}

/// The four layers of one case; every outcome is counted in `stats`.
struct Fuzz {
    /// The example files.
    bases: Vec<Base>,
    /// Their payloads, as characters (for splices of the link text).
    payloads: Vec<Vec<char>>,
    /// Their deflate streams at level 9 (for splices of streams).
    streams: Vec<Vec<u8>>,
    /// Outcome counts.
    stats: RefCell<Stats>,
}

impl Fuzz {
    /// Loads the examples.
    fn new() -> Fuzz {
        let bases = bases();
        Fuzz {
            payloads: bases.iter().map(|b| b.payload.chars().collect()).collect(),
            streams: bases.iter().map(|b| unwrap(&b.payload)).collect(),
            bases,
            stats: RefCell::new(Stats::default()),
        }
    }

    /// Runs one case through the four layers.
    fn run(&self, c: &Case) -> Result<(), TestCaseError> {
        let ((b1, whole, texts), (b2, how2, bytes), (b3, edits, pretty, dmg, how3), bomb) = c;
        let stats = &mut self.stats.borrow_mut();
        let mut clock = Instant::now();
        let mut lap = |stats: &mut Stats, layer: usize| {
            let now = Instant::now();
            stats.time[layer] += now - clock;
            clock = now;
        };
        layer_text(b1.get(&self.bases), *whole, texts, &self.payloads, stats)?;
        lap(stats, 0);
        layer_stream(b2.get(&self.bases), *how2, bytes, &self.streams, stats)?;
        lap(stats, 1);
        layer_answers(b3.get(&self.bases), edits, *pretty, dmg, *how3, stats)?;
        lap(stats, 2);
        if let Some(bomb) = bomb {
            layer_bomb(&self.bases, bomb, stats)?;
        }
        lap(stats, 3);
        Ok(())
    }
}

#[test]
fn share_decoder_survives_layered_mutations() {
    let state = Fuzz::new();
    let report = |n, seconds| {
        eprintln!(
            "fuzz: {n} cases of share links (one input per layer, a bomb in a quarter) in {seconds:.1} s\n{}",
            state.stats.borrow().summary()
        )
    };
    fuzz(&case(vocabulary()), |c| state.run(&c), report);
}

#[test]
fn every_layer_reaches_its_stage_of_the_decoder() {
    // The harness is only useful if each layer gets past the checks before its target: count the outcomes of a
    // fixed-seed run.
    let fuzz = Fuzz::new();
    for c in samples(&case(vocabulary()), 400) {
        fuzz.run(&c).unwrap_or_else(|e| panic!("{e}: {c:?}"));
    }
    let s = fuzz.stats.borrow();
    let summary = s.summary();
    // 1: the link text is refused by each of the early checks, and some edits are harmless.
    for outcome in [
        "accepted",
        "refused: damaged (CRC mismatch)",
        "refused: damaged (not base64url)",
        "refused: unsupported version",
    ] {
        assert!(s.count(0, outcome) > 0, "layer 1 {outcome}:\n{summary}");
    }
    // 2: damaged streams pass the CRC and reach the inflater, and some still inflate to answers.
    assert!(
        s.count(1, "refused: damaged (not a deflate stream)") > 40,
        "{summary}"
    );
    assert!(
        s.count(1, "refused: invalid answers") + s.count(1, "accepted") > 10,
        "{summary}"
    );
    // 3: the answers parser is reached, deep in the tree, and some mutated answers are valid.
    assert!(
        s.count(2, "refused: invalid answers (nested field)") > 40,
        "{summary}"
    );
    assert!(s.count(2, "accepted") > 20, "{summary}");
    // 4: bombs are stopped at the limit, and contents at or under it come through.
    assert!(s.count(3, "refused: too large") > 20, "{summary}");
    assert!(s.count(3, "accepted") > 10, "{summary}");
}

#[test]
fn the_test_envelope_and_streams_match_the_encoder() {
    // `wrap` is the layout of src/share.rs, and the hand-made streams are valid deflate.
    for b in bases() {
        let level9 = miniz_oxide::deflate::compress_to_vec(b.json.as_bytes(), 9);
        assert_eq!(wrap(&level9), b.payload);
        for how in [
            Packing::Stored(1),
            Packing::Stored(700),
            Packing::Fixed,
            Packing::Miniz(0),
        ] {
            assert_eq!(
                share::decode(&wrap(&pack(b.json.as_bytes(), how))),
                Ok(b.answers.clone()),
                "{how:?}"
            );
        }
    }
    for (head, run) in [
        (&b"{}"[..], 0),
        (b"", 1),
        (b"x", 258),
        (b"", 259),
        (b"ab", 1000),
        (b"", 0),
    ] {
        let mut content = head.to_vec();
        content.resize(head.len() + run, b' ');
        let packed = fixed_run(head, b' ', run);
        assert_eq!(
            miniz_oxide::inflate::decompress_to_vec(&packed)
                .ok()
                .as_deref(),
            Some(&content[..])
        );
        assert_eq!(share::decode_bytes(&wrap(&packed)), Ok(content));
    }
    assert_eq!(share::decode_bytes(&wrap(&stored(b"", 10))), Ok(Vec::new()));
    // The test's CRC is the decoder's.
    for data in [
        &b""[..],
        b"123456789",
        &[0xFF; 1000],
        &unwrap(&bases()[0].payload),
    ] {
        assert_eq!(crc32(data), share::crc32(data));
    }
}
