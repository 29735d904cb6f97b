//! The share-link codec (`care::share`): round trips on the example files, every way a link can be broken
//! (truncation, bit flips, another version, bad base64, a decompression bomb, invalid answers) gives an error
//! with a message in both languages, and no input makes the decoder panic.
#![cfg(not(target_arch = "wasm32"))]

mod examples_support;

use examples_support::{example, example_files};

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use care::model::{answers_file, Answers, Lang};
use care::share::{self, ShareError, MAX_DECODED_BYTES, MAX_PAYLOAD_CHARS};
use proptest::prelude::*;

fn examples() -> Vec<(String, Answers)> {
    let out: Vec<(String, Answers)> = example_files()
        .into_iter()
        .map(|name| (name.clone(), example(&name)))
        .collect();
    assert!(out.len() >= 4, "the example files");
    out
}

#[test]
fn every_example_file_survives_a_round_trip() {
    for (name, answers) in examples() {
        let payload = share::encode(&answers);
        assert!(payload.starts_with("1."), "{name}: {payload}");
        let back = share::decode(&payload).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        assert_eq!(back, answers, "{name}");
        // Compact: a complete assessment fits comfortably in a URL; with its notes, within the share limit.
        let limit = if answers.notes.is_empty() {
            1200
        } else {
            share::MAX_SHARED_PAYLOAD_CHARS
        };
        assert!(
            payload.len() < limit,
            "{name}: {} characters",
            payload.len()
        );
        assert_eq!(
            share::encode_fitting(&answers),
            (payload, Default::default())
        );
    }
}

#[test]
fn a_whole_link_round_trips_and_keeps_the_app_address() {
    let answers = example("large-city.json");
    let link = share::link("http://127.0.0.1:8080/a/b/#/risultati", &answers);
    assert!(link.starts_with("http://127.0.0.1:8080/a/b/#/condivisa/1."));
    let payload = share::payload_of_link(&link).unwrap();
    assert_eq!(share::decode(payload).unwrap(), answers);
    // A link pasted with a line break still opens.
    assert_eq!(share::decode(&format!(" {payload}\n")).unwrap(), answers);
}

#[test]
fn every_truncation_of_a_link_is_refused_as_incomplete() {
    let payload = share::encode(&example("small-comune.json"));
    for cut in 0..payload.len() {
        let err = share::decode(&payload[..cut]).expect_err(&format!("cut at {cut}"));
        assert!(
            matches!(err, ShareError::Empty | ShareError::Damaged { .. }),
            "cut at {cut}: {err:?}"
        );
        assert_eq!(
            err.message(Lang::It),
            "Il link è incompleto o danneggiato: copialo di nuovo per intero dal messaggio in cui l'hai ricevuto."
        );
        assert!(err
            .message(Lang::En)
            .starts_with("The link is incomplete or damaged"));
    }
}

#[test]
fn every_bit_flip_of_the_binary_payload_is_refused() {
    let answers = example("partial.json");
    let payload = share::encode(&answers);
    let bytes = URL_SAFE_NO_PAD.decode(&payload[2..]).unwrap();
    for i in 0..bytes.len() {
        for bit in 0..8 {
            let mut flipped = bytes.clone();
            flipped[i] ^= 1 << bit;
            let link = format!("1.{}", URL_SAFE_NO_PAD.encode(&flipped));
            assert!(
                share::decode(&link).is_err(),
                "byte {i} bit {bit} was accepted"
            );
        }
    }
}

#[test]
fn every_bit_flip_of_a_character_of_the_link_is_refused() {
    let payload = share::encode(&example("small-comune.json"));
    let chars = payload.as_bytes();
    for i in 0..chars.len() {
        for bit in 0..7 {
            let mut flipped = chars.to_vec();
            flipped[i] ^= 1 << bit;
            let text = String::from_utf8(flipped).expect("ASCII stays ASCII");
            assert!(
                share::decode(&text).is_err(),
                "character {i} bit {bit}: {text}"
            );
        }
    }
}

#[test]
fn another_version_is_refused_with_its_number() {
    let payload = share::encode(&example("small-comune.json"));
    let v2 = format!("2{}", &payload[1..]);
    let err = share::decode(&v2).unwrap_err();
    assert_eq!(
        err,
        ShareError::UnsupportedVersion {
            found: "2".to_string()
        }
    );
    assert!(err
        .message(Lang::It)
        .starts_with("Versione del link non supportata (2)"));
    assert!(err
        .message(Lang::En)
        .starts_with("Unsupported link version (2)"));
    // Not a number, or no version at all: damaged.
    for bad in [
        "x.abc", ".abc", "abc", "1", "1.", "1.***", "1.AAAA", "12345",
    ] {
        assert!(
            matches!(share::decode(bad), Err(ShareError::Damaged { .. })),
            "{bad}: {:?}",
            share::decode(bad)
        );
    }
    assert_eq!(share::decode(""), Err(ShareError::Empty));
    assert_eq!(share::decode("   "), Err(ShareError::Empty));
}

#[test]
fn a_decompression_bomb_is_refused() {
    // 10 MB of spaces deflate to a few kilobytes: the link is short but its content is not.
    let bomb = share::encode_bytes(&vec![b' '; 10 * 1024 * 1024]);
    assert!(
        bomb.len() < MAX_PAYLOAD_CHARS,
        "short enough to reach the inflater"
    );
    assert_eq!(share::decode(&bomb), Err(ShareError::TooLarge));
    assert!(share::decode(&bomb)
        .unwrap_err()
        .message(Lang::It)
        .contains("troppo grande"));
    // Exactly at the limit inflates (then fails as answers); one byte more does not.
    let at_limit = share::encode_bytes(&vec![b' '; MAX_DECODED_BYTES]);
    assert_eq!(
        share::decode_bytes(&at_limit).map(|b| b.len()),
        Ok(MAX_DECODED_BYTES)
    );
    let over = share::encode_bytes(&vec![b' '; MAX_DECODED_BYTES + 1]);
    assert_eq!(share::decode_bytes(&over), Err(ShareError::TooLarge));
    // An absurdly long payload is refused before any decoding.
    let long = format!("1.{}", "A".repeat(MAX_PAYLOAD_CHARS + 1));
    assert_eq!(share::decode(&long), Err(ShareError::TooLarge));
}

#[test]
fn invalid_answers_in_a_well_formed_link_name_the_field() {
    let json = r#"{"format":"care-answers","version":1,"model":"care-2021","comune":{"name":"X"},"services":{"imu":{"level":7}}}"#;
    let err = share::decode(&share::encode_bytes(json.as_bytes())).unwrap_err();
    assert!(matches!(err, ShareError::Invalid(_)), "{err:?}");
    assert_eq!(
        err.message(Lang::It),
        "Il link contiene risposte non valide: services.imu.level: 7 non è un livello (0-4 o \"na\")"
    );
    assert_eq!(
        err.message(Lang::En),
        "The link contains invalid answers: services.imu.level: 7 is not a level (0-4 or \"na\")"
    );
    // Bytes that are not UTF-8 are damage, not answers.
    assert!(matches!(
        share::decode(&share::encode_bytes(&[0xff, 0xfe, b'{'])),
        Err(ShareError::Damaged { .. })
    ));
    // Another JSON document.
    assert!(matches!(
        share::decode(&share::encode_bytes(b"[1,2,3]")),
        Err(ShareError::Invalid(_))
    ));
}

#[test]
fn free_text_travels_unchanged() {
    let mut a = example("small-comune.json");
    a.comune.name = "<img src=x onerror=alert(1)> «Città» \"quoted\" & =SUM(A1)".to_string();
    assert_eq!(share::decode(&share::encode(&a)).unwrap(), a);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn any_string_is_decoded_or_refused_without_panicking(s in any::<String>()) {
        let _ = share::decode(&s);
    }

    #[test]
    fn random_base64_after_the_version_is_refused(s in "1\\.[A-Za-z0-9_-]{0,400}") {
        // The CRC makes an accidental acceptance a one-in-four-billion event.
        prop_assert!(share::decode(&s).is_err());
    }

    #[test]
    fn any_content_behind_a_valid_envelope_is_decoded_or_refused(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        let link = share::encode_bytes(&bytes);
        match share::decode(&link) {
            Ok(a) => prop_assert!(answers_file::parse(&answers_file::to_json(&a)).is_ok()),
            Err(e) => prop_assert!(!e.message(Lang::It).is_empty()),
        }
    }

    #[test]
    fn a_random_bit_flip_of_a_large_link_is_refused(pos in any::<prop::sample::Index>(), bit in 0u8..8) {
        let payload = share::encode(&example("large-city.json"));
        let mut bytes = URL_SAFE_NO_PAD.decode(&payload[2..]).unwrap();
        let i = pos.index(bytes.len());
        bytes[i] ^= 1 << bit;
        let link = format!("1.{}", URL_SAFE_NO_PAD.encode(&bytes));
        prop_assert!(share::decode(&link).is_err(), "accepted: {}", link);
    }
}
