//! The one number formatter of the app: every number a user reads (results, charts, report, CSV, command line,
//! messages) is written here, so that the same value looks the same everywhere.
//!
//! The rule:
//! - the decimal separator follows the language: a comma in Italian (`62,3`), a point in English (`62.3`); no
//!   thousands grouping (the numbers are scores, counts and percentages);
//! - rounding is to the nearest, halves away from zero (`31,25` → `31,3`, `-2,5` → `-3`), taken on the decimal
//!   value rather than on the binary one: the value is first written with nine decimals, which absorbs the noise
//!   of binary arithmetic (`0.35` is stored as `0.34999…` and still rounds to `0,4`);
//! - a value that rounds to zero is shown without a sign (`-0.04` → `0,0`, never `-0,0`);
//! - "whole" means "zero in each of the nine decimals": [`compact`] writes such a value without decimals (`40`)
//!   and any other with one (`62,5`, and `62,96` → `63,0`, which says that it was rounded);
//! - a value that is not finite (never produced by the model) is written `–`.
//!
//! [`exact`] is the one exception to rounding: it echoes a value as the user typed it (`12,75`), for messages
//! that quote an input.

use super::lang::Lang;

/// Decimals of the first, noise-absorbing step of the rounding rule.
const NOISE_DECIMALS: usize = 9;

/// Shown for a value that is not finite.
const NOT_FINITE: &str = "–";

/// `v` rounded to `decimals` decimals (at most 6) by the rule of this module: `fixed(Lang::It, 0.05, 2)` is `0,05`.
pub fn fixed(lang: Lang, v: f64, decimals: usize) -> String {
    if !v.is_finite() {
        return NOT_FINITE.to_string();
    }
    let decimals = decimals.min(6);
    let noise_free = format!("{:.*}", NOISE_DECIMALS, v.abs());
    let (int, frac) = noise_free.split_once('.').unwrap_or((&noise_free, ""));
    let mut digits: Vec<u8> = int.bytes().chain(frac.bytes().take(decimals)).collect();
    if frac.as_bytes().get(decimals).is_some_and(|&d| d >= b'5') {
        carry(&mut digits);
    }
    let int_len = digits.len() - decimals;
    let zero = digits.iter().all(|&d| d == b'0');
    let mut out = String::with_capacity(digits.len() + 2);
    if v.is_sign_negative() && !zero {
        out.push('-');
    }
    out.push_str(std::str::from_utf8(&digits[..int_len]).unwrap_or("0"));
    if decimals > 0 {
        out.push(separator(lang));
        out.push_str(std::str::from_utf8(&digits[int_len..]).unwrap_or("0"));
    }
    out
}

/// Adds one to the last of `digits` (ASCII), carrying to the left; a new leading `1` when every digit was `9`.
fn carry(digits: &mut Vec<u8>) {
    for d in digits.iter_mut().rev() {
        if *d == b'9' {
            *d = b'0';
        } else {
            *d += 1;
            return;
        }
    }
    digits.insert(0, b'1');
}

/// The decimal separator of `lang`.
pub fn separator(lang: Lang) -> char {
    match lang {
        Lang::It => ',',
        Lang::En => '.',
    }
}

/// A score with one decimal, whole or not: `62,3`, `44,0`.
pub fn one_decimal(lang: Lang, v: f64) -> String {
    fixed(lang, v, 1)
}

/// Without decimals when whole, otherwise with one: `40`, `62,5` (cut-offs, parameters, shares).
pub fn compact(lang: Lang, v: f64) -> String {
    fixed(lang, v, if is_whole(v) { 0 } else { 1 })
}

/// Whether `v` is zero in each of its first nine decimals.
fn is_whole(v: f64) -> bool {
    let s = format!("{:.*}", NOISE_DECIMALS, v.abs());
    s.split_once('.')
        .is_none_or(|(_, f)| f.bytes().all(|b| b == b'0'))
}

/// A whole percentage: `45%` (`share` is already in percent).
pub fn percent(lang: Lang, share: f64) -> String {
    format!("{}%", fixed(lang, share, 0))
}

/// How complete a questionnaire is, in whole percent, rounded down so that 100 means complete (61 answers of 62
/// are 98, 199 of 200 are 99); 100 when there is nothing to answer.
pub fn completeness_percent(answered: u32, total: u32) -> u32 {
    let whole = u64::from(answered.min(total)) * 100;
    whole
        .checked_div(u64::from(total))
        .map_or(100, |p| p as u32)
}

/// A change between two scores with its sign and one decimal (`+3,2`, `−1,0`, `±0,0`), rounded by the rule of this
/// module; the sign follows the digits shown, so a change that rounds to zero is `±0,0`. The trend chart and its
/// table both write changes with it.
pub fn signed_change(lang: Lang, delta: f64) -> String {
    if !delta.is_finite() {
        return NOT_FINITE.to_string();
    }
    let digits = one_decimal(lang, delta.abs());
    let sign = if digits.bytes().all(|b| !b.is_ascii_digit() || b == b'0') {
        "±"
    } else if delta > 0.0 {
        "+"
    } else {
        "−"
    };
    format!("{sign}{digits}")
}

/// `v` as typed, unrounded (the shortest form that reads back as the same number): `12,75`, `7`, `1000000`. For
/// messages that quote a value of the user's.
pub fn exact(lang: Lang, v: f64) -> String {
    if !v.is_finite() {
        return NOT_FINITE.to_string();
    }
    let v = if v == 0.0 { 0.0 } else { v };
    let s = format!("{v}");
    match lang {
        Lang::It => s.replace('.', ","),
        Lang::En => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Lang::{En, It};

    #[test]
    fn the_separator_follows_the_language() {
        assert_eq!(one_decimal(It, 62.345), "62,3");
        assert_eq!(one_decimal(En, 62.345), "62.3");
        assert_eq!(compact(It, 62.5), "62,5");
        assert_eq!(exact(It, 12.75), "12,75");
        assert_eq!(exact(En, 12.75), "12.75");
    }

    #[test]
    fn halves_round_away_from_zero_on_the_decimal_value() {
        assert_eq!(one_decimal(It, 31.25), "31,3");
        assert_eq!(one_decimal(It, 31.35), "31,4");
        assert_eq!(one_decimal(En, 0.35), "0.4");
        assert_eq!(one_decimal(En, 0.05), "0.1");
        assert_eq!(one_decimal(En, -31.25), "-31.3");
        assert_eq!(fixed(En, 2.5, 0), "3");
        assert_eq!(fixed(En, -2.5, 0), "-3");
        assert_eq!(fixed(En, 0.125, 2), "0.13");
        // Noise of binary arithmetic: 0.1 + 0.2 = 0.30000000000000004, 1.0 - 0.95 = 0.050000000000000044.
        assert_eq!(fixed(En, 0.1 + 0.2, 1), "0.3");
        assert_eq!(fixed(En, 100.0 * (1.0 - 0.9875), 1), "1.3");
        // Below the half, however close in the ninth decimal.
        assert_eq!(one_decimal(En, 31.249_999), "31.2");
    }

    #[test]
    fn carries_reach_the_integer_part() {
        assert_eq!(one_decimal(It, 99.96), "100,0");
        assert_eq!(one_decimal(It, 9.95), "10,0");
        assert_eq!(fixed(En, 999.5, 0), "1000");
        assert_eq!(one_decimal(En, 0.0), "0.0");
    }

    #[test]
    fn changes_carry_their_sign_and_one_decimal() {
        assert_eq!(signed_change(It, 3.24), "+3,2");
        assert_eq!(signed_change(It, -1.0), "−1,0");
        assert_eq!(signed_change(En, 0.04), "±0.0");
        assert_eq!(signed_change(En, -0.04), "±0.0");
        assert_eq!(signed_change(En, 12.35), "+12.4");
        // The same rounding as every other number: 0.35 is stored as 0.34999... and still shows 0.4.
        assert_eq!(signed_change(En, 0.35), "+0.4");
        assert_eq!(signed_change(It, -0.05), "−0,1");
        assert_eq!(signed_change(It, f64::NAN), "–");
    }

    #[test]
    fn zero_has_no_sign() {
        assert_eq!(one_decimal(It, -0.0), "0,0");
        assert_eq!(one_decimal(It, -0.04), "0,0");
        assert_eq!(compact(En, -0.0), "0");
        assert_eq!(exact(En, -0.0), "0");
        assert_eq!(percent(It, -0.2), "0%");
        assert_eq!(one_decimal(It, -0.05), "-0,1");
    }

    #[test]
    fn whole_numbers_lose_their_decimals_only_in_compact() {
        assert_eq!(compact(It, 40.0), "40");
        assert_eq!(compact(It, 39.999_999_999_9), "40");
        assert_eq!(compact(It, 62.96), "63,0");
        assert_eq!(compact(En, 0.5), "0.5");
        assert_eq!(compact(En, -3.0), "-3");
        assert_eq!(one_decimal(It, 40.0), "40,0");
        assert_eq!(exact(En, 7.0), "7");
        assert_eq!(exact(En, 1e6), "1000000");
    }

    #[test]
    fn percentages_are_whole() {
        assert_eq!(percent(It, 45.4), "45%");
        assert_eq!(percent(En, 12.5), "13%");
        assert_eq!(percent(En, 100.0), "100%");
    }

    #[test]
    fn completeness_rounds_down_to_say_100_only_when_complete() {
        assert_eq!(completeness_percent(61, 62), 98);
        assert_eq!(completeness_percent(199, 200), 99);
        assert_eq!(completeness_percent(62, 62), 100);
        assert_eq!(completeness_percent(0, 62), 0);
        assert_eq!(completeness_percent(0, 0), 100);
        assert_eq!(completeness_percent(u32::MAX, u32::MAX), 100);
    }

    #[test]
    fn values_that_are_not_finite_are_a_dash() {
        assert_eq!(one_decimal(It, f64::NAN), "–");
        assert_eq!(compact(En, f64::INFINITY), "–");
        assert_eq!(exact(En, f64::NEG_INFINITY), "–");
    }

    #[test]
    fn large_values_keep_every_digit() {
        assert_eq!(one_decimal(En, 123_456_789.25), "123456789.3");
        assert_eq!(fixed(En, 1e20, 0), "100000000000000000000");
    }

    proptest::proptest! {
        #[test]
        fn one_decimal_is_the_nearest_tenth(v in -1.0e6f64..1.0e6) {
            let en = one_decimal(En, v);
            let shown: f64 = en.parse().unwrap();
            proptest::prop_assert!((shown - v).abs() <= 0.05 + 1e-9, "{} shown as {}", v, en);
            proptest::prop_assert_eq!(one_decimal(It, v), en.replace('.', ","));
            proptest::prop_assert_ne!(en, "-0.0");
        }

        #[test]
        fn exact_reads_back_as_the_same_number(v in proptest::num::f64::NORMAL | proptest::num::f64::ZERO) {
            let it = exact(It, v);
            proptest::prop_assert_eq!(it.replace(',', ".").parse::<f64>().unwrap(), if v == 0.0 { 0.0 } else { v });
        }

        #[test]
        fn whole_numbers_are_compact(n in -1_000_000i64..1_000_000) {
            proptest::prop_assert_eq!(compact(It, n as f64), n.to_string());
        }
    }
}
