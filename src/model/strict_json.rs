//! JSON read strictly: a key repeated in one object is an error naming it, where `serde_json` would silently keep
//! the last one (so `"format":"other","format":"care-answers"` would pass as an answers file). Used for every JSON
//! text that comes from outside the program: answers files, share links, the saved state.
//!
//! Errors are typed ([`JsonError`]); the parser's own English text is never shown to users.

use std::cell::RefCell;
use std::fmt;

use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};

/// Why a text is not acceptable JSON.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JsonError {
    /// The text ends in the middle of a value (a file cut short).
    UnexpectedEnd {
        /// Line of the end (1-based).
        line: usize,
        /// Column of the end (1-based).
        column: usize,
    },
    /// Something that is not JSON at this place.
    Syntax {
        /// Line of the problem (1-based).
        line: usize,
        /// Column of the problem (1-based).
        column: usize,
    },
    /// A key that appears twice in one object.
    DuplicateKey {
        /// The dotted path of the key (`services.imu.level`; array positions as `[0]`).
        path: String,
    },
}

/// Parses `text` as JSON, refusing repeated keys.
pub fn parse(text: &str) -> Result<Value, JsonError> {
    let duplicate = RefCell::new(None);
    let mut de = serde_json::Deserializer::from_str(text);
    let result = Strict {
        path: String::new(),
        duplicate: &duplicate,
    }
    .deserialize(&mut de)
    .and_then(|v| de.end().map(|()| v));
    result.map_err(|e| {
        if let Some(path) = duplicate.take() {
            return JsonError::DuplicateKey { path };
        }
        let (line, column) = (e.line(), e.column());
        match e.classify() {
            serde_json::error::Category::Eof => JsonError::UnexpectedEnd { line, column },
            _ => JsonError::Syntax { line, column },
        }
    })
}

/// Reads one value at `path`; a repeated key is recorded in `duplicate` and stops the parse.
struct Strict<'a> {
    path: String,
    duplicate: &'a RefCell<Option<String>>,
}

impl<'de> DeserializeSeed<'de> for Strict<'_> {
    type Value = Value;

    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Strict<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_string()))
    }

    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut out = Vec::new();
        loop {
            let seed = Strict {
                path: format!("{}[{}]", self.path, out.len()),
                duplicate: self.duplicate,
            };
            match seq.next_element_seed(seed)? {
                Some(v) => out.push(v),
                None => return Ok(Value::Array(out)),
            }
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut out = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            let path = if self.path.is_empty() {
                key.clone()
            } else {
                format!("{}.{key}", self.path)
            };
            if out.contains_key(&key) {
                *self.duplicate.borrow_mut() = Some(path);
                return Err(de::Error::custom("repeated key"));
            }
            let value = map.next_value_seed(Strict {
                path,
                duplicate: self.duplicate,
            })?;
            out.insert(key, value);
        }
        Ok(Value::Object(out))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_serde_json_reads() {
        let text = r#"{"a":[1,-2,3.5,"x",null,true,{"b":{}}],"c":"é\u00e8"}"#;
        assert_eq!(
            parse(text).unwrap(),
            serde_json::from_str::<Value>(text).unwrap()
        );
    }

    #[test]
    fn a_repeated_key_is_named_with_its_path() {
        assert_eq!(
            parse(r#"{"format":"other","format":"care-answers"}"#),
            Err(JsonError::DuplicateKey {
                path: "format".into()
            })
        );
        assert_eq!(
            parse(r#"{"services":{"imu":{"level":1,"level":2}}}"#),
            Err(JsonError::DuplicateKey {
                path: "services.imu.level".into()
            })
        );
        assert_eq!(
            parse(r#"[{"a":1},{"a":1,"a":1}]"#),
            Err(JsonError::DuplicateKey {
                path: "[1].a".into()
            })
        );
        assert!(
            parse(r#"{"a":{"x":1},"b":{"x":1}}"#).is_ok(),
            "same key in two objects"
        );
    }

    #[test]
    fn a_text_cut_short_or_garbled_says_where() {
        assert_eq!(
            parse(r#"{"format": "care-answers", "#),
            Err(JsonError::UnexpectedEnd {
                line: 1,
                column: 27
            })
        );
        assert!(matches!(
            parse("{\n  \"a\": x}"),
            Err(JsonError::Syntax { line: 2, .. })
        ));
        assert!(matches!(parse("{} {}"), Err(JsonError::Syntax { .. })));
    }
}
