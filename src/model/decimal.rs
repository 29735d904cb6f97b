//! Reading a plain decimal number typed by a user (`12`, `12.5`, `-0.25`, `.5`) without the standard library's
//! general float parser, whose tables and slow paths weigh about 15 KB in each web module: the typed answers are
//! short decimals, for which one exact operation gives the correctly rounded value.

/// Exact powers of ten as `f64` (10^22 is the largest one a `f64` holds exactly).
const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// Reads `[+-]digits[.digits]` (either side of the point may be empty, not both), with a point as the decimal
/// separator and nothing else: no exponent, no spaces, no `inf` or `nan`. `None` for anything else.
///
/// With at most 15 significant digits and 22 decimals the value is the correctly rounded one, the same as
/// `str::parse::<f64>`; beyond that (not a number anybody types in a questionnaire) it is within a few units in the
/// last place of it.
pub fn parse_decimal(text: &str) -> Option<f64> {
    let (negative, body) = match text.as_bytes().first()? {
        b'-' => (true, &text[1..]),
        b'+' => (false, &text[1..]),
        _ => (false, text),
    };
    let (int, frac) = body.split_once('.').unwrap_or((body, ""));
    let digits_only = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if (int.is_empty() && frac.is_empty()) || !digits_only(int) || !digits_only(frac) {
        return None;
    }
    // Up to 19 significant digits fit a u64; the integer digits beyond scale by ten, the decimals beyond are dropped.
    let mut mantissa: u64 = 0;
    let mut significant = 0;
    let mut exp10: i32 = 0;
    for b in int.bytes() {
        if significant < 19 {
            mantissa = mantissa * 10 + u64::from(b - b'0');
            significant += usize::from(mantissa > 0);
        } else {
            exp10 += 1;
        }
    }
    for b in frac.bytes() {
        if significant < 19 {
            mantissa = mantissa * 10 + u64::from(b - b'0');
            significant += usize::from(mantissa > 0);
            exp10 -= 1;
        }
    }
    let m = mantissa as f64;
    let value = if exp10 >= 0 {
        scale(m, exp10, |v, p| v * p)
    } else {
        scale(m, -exp10, |v, p| v / p)
    };
    Some(if negative { -value } else { value })
}

/// Applies `op` with 10^`exp`, in exact steps of at most 10^22.
fn scale(mut v: f64, mut exp: i32, op: impl Fn(f64, f64) -> f64) -> f64 {
    while exp > 22 {
        v = op(v, POW10[22]);
        exp -= 22;
    }
    op(v, POW10[exp as usize])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_the_standard_parser_reads() {
        for s in [
            "0",
            "12",
            "12.5",
            "-0.25",
            "+3",
            ".5",
            "5.",
            "100",
            "99.99",
            "0.1",
            "0.3",
            "33.333333333333",
            "007.50",
            "-0",
            "1234567890.12345",
            "0.0000000000000000000001",
        ] {
            assert_eq!(parse_decimal(s), s.parse::<f64>().ok(), "{s}");
        }
    }

    #[test]
    fn refuses_what_is_not_a_plain_decimal() {
        for s in [
            "", ".", "-", "+.", "1e3", "1,5", " 1", "1 ", "1.2.3", "--1", "inf", "NaN", "0x10",
            "1_000", "½",
        ] {
            assert_eq!(parse_decimal(s), None, "{s}");
        }
    }

    #[test]
    fn long_inputs_stay_close() {
        for s in [
            "3.14159265358979323846264338327950288",
            "123456789012345678901234567890",
            "0.000000000000000000000000000123",
        ] {
            let want: f64 = s.parse().unwrap();
            let got = parse_decimal(s).unwrap();
            assert!(((got - want) / want).abs() < 1e-15, "{s}: {got} vs {want}");
        }
    }
}
