//! The published Ca.Re figures the results compare with, embedded: `assets/reference/published.json` is a copy of
//! `../shared/reference/published.json` (FPA / Dedagroup survey figures as reported by the press, each row with
//! its sources). Only rows of the model `care-2021` are comparable with this app's scores; the later editions
//! use another model and are left out of the charts. This is the one source of published figures: the results'
//! benchmark, the method page and the compare page's references ([`Published::comparable`]) all read it.

use serde_json::Value;
use std::sync::OnceLock;

use crate::model::{Class, SubLabel, CURRENT_EDITION_ID};
use crate::sort::sort_by_number;

/// One published comune.
#[derive(Clone, Debug, PartialEq)]
pub struct PublishedComune {
    /// The comune's name.
    pub comune: String,
    /// The survey year.
    pub year: u16,
    /// The model: `care-2021` or `later`.
    pub model: String,
    /// Composite Ca.Re.
    pub care: f64,
    /// Digital Public Services, `None` where it was not published.
    pub dps: Option<f64>,
    /// Digital PA, `None` where it was not published.
    pub dpa: Option<f64>,
    /// Digital Openness, `None` where it was not published.
    pub do_: Option<f64>,
    /// The published class, when reported.
    pub class: Option<String>,
    /// The published sub-label of a Spinta class, when reported.
    pub sub_label: Option<String>,
    /// What the source says about the row (for example why a figure is missing), when given.
    pub note: Option<String>,
    /// Where the figures come from.
    pub sources: Vec<String>,
}

impl PublishedComune {
    /// Whether a sub-index of the row was not published (the row then says so instead of inventing it).
    pub fn has_missing_figure(&self) -> bool {
        self.dps.is_none() || self.dpa.is_none() || self.do_.is_none()
    }

    /// The published class as the model's [`Class`], when reported and known.
    pub fn class_kind(&self) -> Option<Class> {
        let id = self.class.as_deref()?;
        [Class::BlocchiDiPartenza, Class::Stacco, Class::Spinta]
            .into_iter()
            .find(|c| c.id() == id)
    }

    /// The published sub-label as the model's [`SubLabel`], when reported and known.
    pub fn sub_label_kind(&self) -> Option<SubLabel> {
        let id = self.sub_label.as_deref()?;
        [
            SubLabel::Omogeneo,
            SubLabel::Eccellente,
            SubLabel::Differenziato,
        ]
        .into_iter()
        .find(|s| s.id() == id)
    }

    /// The label of the row in charts: the name and the year (`Siena 2021`).
    pub fn label(&self) -> String {
        format!("{} {}", self.comune, self.year)
    }
}

/// The published distribution of the capoluoghi among the classes in one year.
#[derive(Clone, Debug, PartialEq)]
pub struct PublishedDistribution {
    /// The survey year.
    pub year: u16,
    /// Comuni surveyed.
    pub comuni: u32,
    /// In Spinta.
    pub spinta: u32,
    /// In Stacco.
    pub stacco: u32,
    /// In Blocchi di partenza.
    pub blocchi: u32,
    /// Where the figures come from.
    pub sources: Vec<String>,
}

/// Everything in the reference file that the app uses.
#[derive(Clone, Debug, PartialEq)]
pub struct Published {
    /// What the file is.
    pub about: String,
    /// The published comuni, every model.
    pub comuni: Vec<PublishedComune>,
    /// The class distributions.
    pub distribution: Vec<PublishedDistribution>,
}

const SOURCE: &str = include_str!("../../assets/reference/published.json");

/// The embedded published figures (parsed once).
pub fn published() -> &'static Published {
    static P: OnceLock<Published> = OnceLock::new();
    P.get_or_init(|| {
        // The file is part of the program and checked by the tests: a broken one is a build defect.
        serde_json::from_str(SOURCE)
            .map_err(|e| e.to_string())
            .and_then(|root| read(&root))
            .unwrap_or_else(|e| panic!("assets/reference/published.json is not valid: {e}"))
    })
}

// Reading the file from its JSON tree: the web modules parse JSON trees anyway, and this takes much less code than
// serde's derives for the JSON text reader. `null` and an absent key are the same; other keys are ignored.

/// Reads the reference file; the error names the first problem (`comuni[2].care: missing`).
fn read(root: &Value) -> Result<Published, String> {
    Ok(Published {
        about: text(root, "about")?,
        comuni: list(root, "comuni", comune)?,
        distribution: list(root, "distribution", distribution)?,
    })
}

fn comune(row: &Value) -> Result<PublishedComune, String> {
    Ok(PublishedComune {
        comune: text(row, "comune")?,
        year: whole(row, "year")?,
        model: text(row, "model")?,
        care: number(row, "care")?,
        dps: optional(row, "dps", Value::as_f64)?,
        dpa: optional(row, "dpa", Value::as_f64)?,
        do_: optional(row, "do", Value::as_f64)?,
        class: optional(row, "class", as_string)?,
        sub_label: optional(row, "sub_label", as_string)?,
        note: optional(row, "note", as_string)?,
        sources: sources(row)?,
    })
}

fn distribution(row: &Value) -> Result<PublishedDistribution, String> {
    Ok(PublishedDistribution {
        year: whole(row, "year")?,
        comuni: whole(row, "comuni")?,
        spinta: whole(row, "Spinta")?,
        stacco: whole(row, "Stacco")?,
        blocchi: whole(row, "Blocchi di partenza")?,
        sources: sources(row)?,
    })
}

fn as_string(v: &Value) -> Option<String> {
    v.as_str().map(str::to_string)
}

/// The value at `key` read by `read`, `None` when absent or `null`.
fn optional<T>(v: &Value, key: &str, read: fn(&Value) -> Option<T>) -> Result<Option<T>, String> {
    match v.get(key).filter(|x| !x.is_null()) {
        None => Ok(None),
        Some(x) => read(x)
            .map(Some)
            .ok_or_else(|| format!("{key}: {x} is not of the expected type")),
    }
}

fn required<T>(v: &Value, key: &str, read: fn(&Value) -> Option<T>) -> Result<T, String> {
    optional(v, key, read)?.ok_or_else(|| format!("{key}: missing"))
}

fn text(v: &Value, key: &str) -> Result<String, String> {
    required(v, key, as_string)
}

fn number(v: &Value, key: &str) -> Result<f64, String> {
    required(v, key, Value::as_f64)
}

/// A whole number that fits `T` (a year, a count).
fn whole<T: TryFrom<u64>>(v: &Value, key: &str) -> Result<T, String> {
    required(v, key, |x| T::try_from(x.as_u64()?).ok())
}

/// The `sources` of a row (none when absent).
fn sources(row: &Value) -> Result<Vec<String>, String> {
    let list = optional(row, "sources", |x| {
        let mut texts = Vec::new();
        for s in x.as_array()? {
            texts.push(as_string(s)?);
        }
        Some(texts)
    })?;
    Ok(list.unwrap_or_default())
}

/// Every element of the array `key`, read by `read`; an error names the element.
fn list<T>(v: &Value, key: &str, read: fn(&Value) -> Result<T, String>) -> Result<Vec<T>, String> {
    let items = v
        .get(key)
        .and_then(Value::as_array)
        .ok_or_else(|| format!("{key}: a list is expected"))?;
    let mut out = Vec::with_capacity(items.len());
    for (i, x) in items.iter().enumerate() {
        out.push(read(x).map_err(|e| format!("{key}[{i}].{e}"))?);
    }
    Ok(out)
}

impl Published {
    /// The rows comparable with this app's scores (model `care-2021`), oldest first (in file order within a
    /// year).
    pub fn comparable(&self) -> Vec<&PublishedComune> {
        let mut rows: Vec<&PublishedComune> = self
            .comuni
            .iter()
            .filter(|c| c.model == CURRENT_EDITION_ID)
            .collect();
        sort_by_number(&mut rows, |c| f64::from(c.year));
        rows
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn every_row_of_the_file_is_read_whole() {
        let tree: Value = serde_json::from_str(SOURCE).unwrap();
        let p = published();
        assert_eq!(p.about, tree["about"]);
        let rows = tree["comuni"].as_array().unwrap();
        assert_eq!(p.comuni.len(), rows.len());
        for (c, row) in p.comuni.iter().zip(rows) {
            assert_eq!(
                (c.comune.as_str(), u64::from(c.year)),
                (
                    row["comune"].as_str().unwrap(),
                    row["year"].as_u64().unwrap()
                )
            );
            assert_eq!(c.model, row["model"]);
            assert_eq!(Some(c.care), row["care"].as_f64());
            // `null` (a figure not published) and an absent key are `None`.
            assert_eq!(
                [c.dps, c.dpa, c.do_],
                [&row["dps"], &row["dpa"], &row["do"]].map(Value::as_f64)
            );
            for (field, key) in [
                (&c.class, "class"),
                (&c.sub_label, "sub_label"),
                (&c.note, "note"),
            ] {
                assert_eq!(field.as_deref(), row[key].as_str(), "{} {key}", c.label());
            }
            let sources = row
                .get("sources")
                .map_or(vec![], |s| s.as_array().unwrap().clone());
            assert_eq!(c.sources, sources, "{}", c.label());
        }
        assert!(
            p.comuni.iter().any(|c| c.dps.is_none()),
            "the file has a figure not published"
        );
        let years = tree["distribution"].as_array().unwrap();
        assert_eq!(p.distribution.len(), years.len());
        for (d, row) in p.distribution.iter().zip(years) {
            let counts = [d.year.into(), d.comuni, d.spinta, d.stacco, d.blocchi].map(u64::from);
            let keys = ["year", "comuni", "Spinta", "Stacco", "Blocchi di partenza"];
            assert_eq!(counts.map(Some), keys.map(|k| row[k].as_u64()));
            assert_eq!(d.sources, row["sources"].as_array().unwrap().clone());
        }
    }

    #[test]
    fn a_broken_file_is_refused_naming_the_place() {
        let row = json!({"comune": "Siena", "year": 2021, "model": "care-2021", "care": 50});
        let file = |rows: Value| json!({"about": "x", "comuni": rows, "distribution": []});
        assert!(read(&file(json!([row.clone()]))).is_ok());
        let mut no_year = row.clone();
        no_year.as_object_mut().unwrap().remove("year");
        assert_eq!(
            read(&file(json!([row.clone(), no_year]))).unwrap_err(),
            "comuni[1].year: missing"
        );
        let mut bad = row.clone();
        bad["dps"] = json!("high");
        assert_eq!(
            read(&file(json!([bad]))).unwrap_err(),
            "comuni[0].dps: \"high\" is not of the expected type"
        );
        let mut year = row;
        year["year"] = json!(70000);
        assert!(
            read(&file(json!([year]))).is_err(),
            "a year that is not a u16"
        );
        assert_eq!(
            read(&json!({"about": "x"})).unwrap_err(),
            "comuni: a list is expected"
        );
    }
}
