//! Reading a plain decimal number typed by a user (`12`, `12.5`, `-0.25`, `.5`) without the standard library's
//! general float parser, whose tables and slow paths weigh about 15 KB in each web module: a typed answer is a short
//! decimal, for which one exact operation gives the correctly rounded value; a longer one (a value pasted with
//! every digit) is settled by comparing it exactly with the halfway points between neighbouring `f64`s.

use std::cmp::Ordering;

/// Exact powers of ten as `f64` (10^22 is the largest one a `f64` holds exactly).
const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// Significant digits kept: a halfway point between two `f64`s has at most 767, so 800 and one more non-zero digit
/// for the rest compare with each of them as the whole number does.
const MAX_DIGITS: usize = 800;

/// Reads `[+-]digits[.digits]` (either side of the point may be empty, not both), with a point as the decimal
/// separator and nothing else: no exponent, no spaces, no `inf` or `nan`. `None` for anything else. The value is
/// the correctly rounded one (ties to even), the same as `str::parse::<f64>`, for any number of digits.
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
    let digits: Vec<u8> = int.bytes().chain(frac.bytes()).map(|b| b - b'0').collect();
    let value = magnitude(&digits, -(frac.len() as i64));
    Some(if negative { -value } else { value })
}

/// The `f64` nearest to `digits` (decimal digits, 0-9) times 10^`exp10`.
fn magnitude(digits: &[u8], mut exp10: i64) -> f64 {
    let first = digits.iter().position(|&d| d != 0).unwrap_or(digits.len());
    let last = digits
        .iter()
        .rposition(|&d| d != 0)
        .map_or(first, |i| i + 1);
    exp10 += (digits.len() - last) as i64;
    let mut d = digits[first..last].to_vec();
    let n = d.len() as i64;
    // Below half the smallest subnormal (2.5e-324), or at least 1e309 (beyond f64::MAX, 1.8e308).
    if n == 0 || n + exp10 < -324 {
        return 0.0;
    }
    if n - 1 + exp10 > 308 {
        return f64::INFINITY;
    }
    if d.len() > MAX_DIGITS {
        exp10 += (d.len() - MAX_DIGITS - 1) as i64;
        d.truncate(MAX_DIGITS);
        d.push(1);
    }
    let lead = d.len().min(19);
    let mantissa = d[..lead].iter().fold(0u64, |m, &x| m * 10 + u64::from(x));
    let rest = exp10 + (d.len() - lead) as i64;
    let approx = if rest >= 0 {
        scale(mantissa as f64, rest, |v, p| v * p)
    } else {
        scale(mantissa as f64, -rest, |v, p| v / p)
    };
    // One exact operation: the mantissa and the power of ten are both exact `f64`s.
    if rest == exp10 && mantissa < 1 << 53 && rest.abs() <= 22 {
        return approx;
    }
    let mut num = Big(vec![]);
    for &digit in &d {
        num.mul_add(10, u32::from(digit));
    }
    nearest(approx, &num, exp10)
}

/// Applies `op` with 10^`exp`, in steps of at most 10^22.
fn scale(mut v: f64, mut exp: i64, op: impl Fn(f64, f64) -> f64) -> f64 {
    while exp > 22 {
        v = op(v, POW10[22]);
        exp -= 22;
    }
    op(v, POW10[exp as usize])
}

/// Moves `x`, within a few units in the last place of `num` × 10^`exp10`, to the `f64` nearest to that value: up
/// while the value is above the halfway point to the next `f64`, down while it is below the one to the previous
/// (ties to the even bit pattern).
fn nearest(mut x: f64, num: &Big, exp10: i64) -> f64 {
    // The value against the point halfway between the positive `f64` of `bits`, m × 2^q, and the next one up,
    // (2m + 1) × 2^(q - 1), both sides multiplied to integers.
    let vs_halfway = |bits: u64| {
        let exp = (bits >> 52) as i64;
        let frac = bits & ((1 << 52) - 1);
        let (m, q) = if exp == 0 {
            (frac, -1074)
        } else {
            (frac | 1 << 52, exp - 1075)
        };
        let mut value = num.clone();
        let odd = 2 * m + 1;
        let mut halfway = Big(vec![odd as u32, (odd >> 32) as u32]);
        let (value_pow10, halfway_pow10) = if exp10 >= 0 { (exp10, 0) } else { (0, -exp10) };
        let (value_pow2, halfway_pow2) = if q >= 1 { (0, q - 1) } else { (1 - q, 0) };
        value.mul_pow(10, value_pow10);
        value.mul_pow(2, value_pow2);
        halfway.mul_pow(10, halfway_pow10);
        halfway.mul_pow(2, halfway_pow2);
        value.cmp(&halfway)
    };
    loop {
        let bits = x.to_bits();
        let up = bits < f64::INFINITY.to_bits()
            && match vs_halfway(bits) {
                Ordering::Greater => true,
                Ordering::Equal => bits % 2 == 1,
                Ordering::Less => false,
            };
        let down = !up
            && bits > 0
            && match vs_halfway(bits - 1) {
                Ordering::Less => true,
                Ordering::Equal => bits % 2 == 1,
                Ordering::Greater => false,
            };
        match (up, down) {
            (true, _) => x = f64::from_bits(bits + 1),
            (_, true) => x = f64::from_bits(bits - 1),
            _ => return x,
        }
    }
}

/// A natural number in base 2^32, least significant limb first (zero limbs at the top allowed).
#[derive(Clone)]
struct Big(Vec<u32>);

impl Big {
    /// `self` × `k` + `add`.
    fn mul_add(&mut self, k: u32, add: u32) {
        let mut carry = u64::from(add);
        for limb in &mut self.0 {
            let t = u64::from(*limb) * u64::from(k) + carry;
            *limb = t as u32;
            carry = t >> 32;
        }
        while carry > 0 {
            self.0.push(carry as u32);
            carry >>= 32;
        }
    }

    /// `self` × `base`^`e`.
    fn mul_pow(&mut self, base: u32, e: i64) {
        for _ in 0..e {
            self.mul_add(base, 0);
        }
    }

    fn cmp(&self, other: &Big) -> Ordering {
        let significant = |b: &Big| b.0.iter().rposition(|&l| l != 0).map_or(0, |i| i + 1);
        let (a, b) = (&self.0[..significant(self)], &other.0[..significant(other)]);
        a.len()
            .cmp(&b.len())
            .then_with(|| a.iter().rev().cmp(b.iter().rev()))
    }
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
    fn long_inputs_are_read_exactly() {
        let halfway_2_53 = "9007199254740993";
        let max_and_a_half = format!("{:.0}", f64::MAX) + "9";
        let tiny = format!("0.{}247", "0".repeat(323));
        let huge = format!("1{}", "0".repeat(400));
        let many_digits = format!("0.1{}1", "0".repeat(900));
        for s in [
            "3.14159265358979323846264338327950288",
            "123456789012345678901234567890",
            "0.000000000000000000000000000123",
            "11.290774160688077",
            "95.87872702291189",
            "36.932272945145996",
            "33.333333333333336",
            "99.99999999999999999999",
            "100.00000000000000000001",
            halfway_2_53,
            "9007199254740995",
            &max_and_a_half,
            &tiny,
            &huge,
            &many_digits,
        ] {
            let want: f64 = s.parse().unwrap();
            assert_eq!(
                parse_decimal(s).map(f64::to_bits),
                Some(want.to_bits()),
                "{s}"
            );
        }
    }

    /// The exact decimal expansion of the point halfway between `v` (positive, normal) and the next `f64` up:
    /// (2m + 1) × 2^(q - 1) for v = m × 2^q, written as (2m + 1) × 5^(1 - q) / 10^(1 - q) when q < 1.
    fn halfway(v: f64) -> String {
        let bits = v.to_bits();
        let (m, q) = (bits & ((1 << 52) - 1) | 1 << 52, (bits >> 52) as i64 - 1075);
        let mut digits: Vec<u32> = (2 * m + 1)
            .to_string()
            .bytes()
            .rev()
            .map(|d| u32::from(d - b'0'))
            .collect();
        let (factor, times) = if q >= 1 { (2, q - 1) } else { (5, 1 - q) };
        for _ in 0..times {
            let mut carry = 0;
            for d in &mut digits {
                let t = *d * factor + carry;
                *d = t % 10;
                carry = t / 10;
            }
            digits.extend(
                std::iter::successors(Some(carry), |c| Some(c / 10))
                    .take_while(|&c| c > 0)
                    .map(|c| c % 10),
            );
        }
        let mut out: String = digits
            .iter()
            .rev()
            .map(|&d| char::from_digit(d, 10).unwrap())
            .collect();
        if q < 1 {
            let decimals = (1 - q) as usize;
            out = format!("{out:0>width$}", width = decimals + 1);
            out.insert(out.len() - decimals, '.');
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn typed_shares_as_the_standard_parser(s in "[+-]?[0-9]{0,3}[.]?[0-9]{0,25}") {
            let want = s.parse::<f64>().ok().map(f64::to_bits);
            proptest::prop_assert_eq!(parse_decimal(&s).map(f64::to_bits), want);
        }

        #[test]
        fn long_digit_runs_as_the_standard_parser(s in "[0-9]{0,40}[.]?[0-9]{0,60}") {
            let want = s.parse::<f64>().ok().map(f64::to_bits);
            proptest::prop_assert_eq!(parse_decimal(&s).map(f64::to_bits), want);
        }

        #[test]
        fn every_shortest_form_reads_back(v in proptest::num::f64::POSITIVE | proptest::num::f64::SUBNORMAL) {
            let s = format!("{v}");
            proptest::prop_assert_eq!(parse_decimal(&s).map(f64::to_bits), Some(v.to_bits()));
        }

        #[test]
        fn halfway_points_round_to_even(v in 1e-30f64..1e30) {
            let s = halfway(v);
            let want: f64 = s.parse().unwrap();
            proptest::prop_assert_eq!(parse_decimal(&s).map(f64::to_bits), Some(want.to_bits()), "{}", s);
            proptest::prop_assert_eq!(want.to_bits() % 2, 0);
        }
    }
}
