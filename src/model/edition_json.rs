//! Reading an edition file (`assets/models/*.json`) by hand from its JSON tree, with the same checks as the
//! types' serde derives (every field present, no unknown field, the right types and enum names). The web app
//! parses JSON trees anyway (saved state, answers files); decoding the edition from the tree takes a tenth of the
//! code that the derives generate for the JSON text reader (about 10 KB gzip less in each web module). A test keeps
//! this reader equal to the derives on every bundled edition and on broken ones.

use serde_json::{Map, Value};

use super::edition::{
    Choice, Edition, ItemDef, LabelDef, LevelDef, Param, Params, Rule, Service, ServiceGroup, Tag,
    UserGroup,
};
use super::lang::Text;

type Obj = Map<String, Value>;

/// Reads an edition from its JSON text; the error names the path of the first problem (`services[3].name.it`).
pub fn edition_from_json(text: &str) -> Result<Edition, String> {
    let root: Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
    edition(&root, "edition")
}

/// `v` as an object whose keys are all in `keys`.
fn object<'a>(v: &'a Value, path: &str, keys: &[&str]) -> Result<&'a Obj, String> {
    let obj = v
        .as_object()
        .ok_or_else(|| format!("{path}: an object is expected"))?;
    match obj.keys().find(|k| !keys.contains(&k.as_str())) {
        Some(k) => Err(format!("{path}: unknown field `{k}`")),
        None => Ok(obj),
    }
}

/// The field `key` of `obj` (at `path`), which must be there.
fn field<'a>(obj: &'a Obj, path: &str, key: &str) -> Result<(&'a Value, String), String> {
    let v = obj
        .get(key)
        .ok_or_else(|| format!("{path}: missing field `{key}`"))?;
    Ok((v, format!("{path}.{key}")))
}

fn string(obj: &Obj, path: &str, key: &str) -> Result<String, String> {
    let (v, at) = field(obj, path, key)?;
    v.as_str()
        .map(str::to_string)
        .ok_or_else(|| format!("{at}: a string is expected"))
}

fn number(obj: &Obj, path: &str, key: &str) -> Result<f64, String> {
    let (v, at) = field(obj, path, key)?;
    v.as_f64()
        .ok_or_else(|| format!("{at}: a number is expected"))
}

fn text_at(v: &Value, path: &str) -> Result<Text, String> {
    let o = object(v, path, &["it", "en"])?;
    Ok(Text {
        it: string(o, path, "it")?,
        en: string(o, path, "en")?,
    })
}

fn text(obj: &Obj, path: &str, key: &str) -> Result<Text, String> {
    let (v, at) = field(obj, path, key)?;
    text_at(v, &at)
}

/// A string field that must be one of `names`, mapped to its value.
fn one_of<T: Copy>(obj: &Obj, path: &str, key: &str, names: &[(&str, T)]) -> Result<T, String> {
    let (v, at) = field(obj, path, key)?;
    let s = v
        .as_str()
        .ok_or_else(|| format!("{at}: a string is expected"))?;
    names
        .iter()
        .find(|(n, _)| *n == s)
        .map(|(_, t)| *t)
        .ok_or_else(|| format!("{at}: unknown variant `{s}`"))
}

const TAGS: [(&str, Tag); 3] = [
    ("sourced", Tag::Sourced),
    ("inferred", Tag::Inferred),
    ("assumption", Tag::Assumption),
];

/// Every element of the array `key`, read by `read`. A loop rather than `collect::<Result<Vec<_>, _>>()`, whose
/// adapter is compiled anew for each element type (1.2 to 1.8 KB more gzip in each web module).
fn list<T>(
    obj: &Obj,
    path: &str,
    key: &str,
    read: impl Fn(&Value, &str) -> Result<T, String>,
) -> Result<Vec<T>, String> {
    let (v, at) = field(obj, path, key)?;
    let items = v
        .as_array()
        .ok_or_else(|| format!("{at}: an array is expected"))?;
    let mut out = Vec::with_capacity(items.len());
    for (i, x) in items.iter().enumerate() {
        out.push(read(x, &format!("{at}[{i}]"))?);
    }
    Ok(out)
}

fn param(obj: &Obj, path: &str, key: &str) -> Result<Param, String> {
    let (v, at) = field(obj, path, key)?;
    let o = object(v, &at, &["value", "tag", "title", "source"])?;
    Ok(Param {
        value: number(o, &at, "value")?,
        tag: one_of(o, &at, "tag", &TAGS)?,
        title: text(o, &at, "title")?,
        source: text(o, &at, "source")?,
    })
}

/// The fields of `params`, in the file's order.
const PARAM_KEYS: [&str; 32] = [
    "level_points",
    "online_min_level",
    "composite_weight_dps",
    "composite_weight_dpa",
    "composite_weight_do",
    "dpa_weight_spid",
    "dpa_weight_cie",
    "dpa_weight_pagopa",
    "dpa_weight_anpr",
    "pagopa_inactive_points",
    "anpr_completed_points",
    "anpr_in_progress_points",
    "anpr_not_started_points",
    "od1_full_datasets",
    "od_item_weight",
    "od3_all_points",
    "od3_some_points",
    "od3_none_points",
    "od4_dcat_points",
    "od4_api_points",
    "so_presence_weight",
    "so_activity_weight",
    "do_open_data_weight",
    "do_social_weight",
    "band_low_cut",
    "band_high_cut",
    "band_points_basso",
    "band_points_sufficiente",
    "band_points_elevato",
    "spinta_min_points",
    "blocchi_min_basso",
    "cut_tolerance",
];

fn params(v: &Value, p: &str) -> Result<Params, String> {
    let o = object(v, p, &PARAM_KEYS)?;
    // Every parameter is read, a placeholder standing in for a wrong one, and the first problem is returned at the
    // end: with a return at the first wrong parameter, the compiler writes out the undoing of the parameters read
    // so far at each of the 32 returns (about 9 KB of wasm).
    let mut problem = None;
    let mut read = |key| {
        param(o, p, key).unwrap_or_else(|e| {
            problem.get_or_insert(e);
            Param {
                value: f64::NAN,
                tag: Tag::Assumption,
                title: Text::default(),
                source: Text::default(),
            }
        })
    };
    let params = Params {
        level_points: read("level_points"),
        online_min_level: read("online_min_level"),
        composite_weight_dps: read("composite_weight_dps"),
        composite_weight_dpa: read("composite_weight_dpa"),
        composite_weight_do: read("composite_weight_do"),
        dpa_weight_spid: read("dpa_weight_spid"),
        dpa_weight_cie: read("dpa_weight_cie"),
        dpa_weight_pagopa: read("dpa_weight_pagopa"),
        dpa_weight_anpr: read("dpa_weight_anpr"),
        pagopa_inactive_points: read("pagopa_inactive_points"),
        anpr_completed_points: read("anpr_completed_points"),
        anpr_in_progress_points: read("anpr_in_progress_points"),
        anpr_not_started_points: read("anpr_not_started_points"),
        od1_full_datasets: read("od1_full_datasets"),
        od_item_weight: read("od_item_weight"),
        od3_all_points: read("od3_all_points"),
        od3_some_points: read("od3_some_points"),
        od3_none_points: read("od3_none_points"),
        od4_dcat_points: read("od4_dcat_points"),
        od4_api_points: read("od4_api_points"),
        so_presence_weight: read("so_presence_weight"),
        so_activity_weight: read("so_activity_weight"),
        do_open_data_weight: read("do_open_data_weight"),
        do_social_weight: read("do_social_weight"),
        band_low_cut: read("band_low_cut"),
        band_high_cut: read("band_high_cut"),
        band_points_basso: read("band_points_basso"),
        band_points_sufficiente: read("band_points_sufficiente"),
        band_points_elevato: read("band_points_elevato"),
        spinta_min_points: read("spinta_min_points"),
        blocchi_min_basso: read("blocchi_min_basso"),
        cut_tolerance: read("cut_tolerance"),
    };
    problem.map_or(Ok(params), Err)
}

fn rule(v: &Value, p: &str) -> Result<Rule, String> {
    let o = object(v, p, &["id", "tag", "title", "text"])?;
    Ok(Rule {
        id: string(o, p, "id")?,
        tag: one_of(o, p, "tag", &TAGS)?,
        title: text(o, p, "title")?,
        text: text(o, p, "text")?,
    })
}

fn service(v: &Value, p: &str) -> Result<Service, String> {
    const KEYS: [&str; 7] = [
        "id",
        "name",
        "users",
        "payable",
        "group",
        "level3_example",
        "level4_example",
    ];
    const USERS: [(&str, UserGroup); 4] = [
        ("citizens", UserGroup::Citizens),
        ("families", UserGroup::Families),
        ("businesses", UserGroup::Businesses),
        ("professionals", UserGroup::Professionals),
    ];
    let groups = ServiceGroup::ALL.map(|g| (g.id(), g));
    let o = object(v, p, &KEYS)?;
    let (payable, at) = field(o, p, "payable")?;
    Ok(Service {
        id: string(o, p, "id")?,
        name: text(o, p, "name")?,
        users: list(o, p, "users", |u, at| {
            let s = u
                .as_str()
                .ok_or_else(|| format!("{at}: a string is expected"))?;
            USERS
                .iter()
                .find(|(n, _)| *n == s)
                .map(|(_, g)| *g)
                .ok_or_else(|| format!("{at}: unknown variant `{s}`"))
        })?,
        payable: payable
            .as_bool()
            .ok_or_else(|| format!("{at}: true or false is expected"))?,
        group: one_of(o, p, "group", &groups)?,
        level3_example: text(o, p, "level3_example")?,
        level4_example: text(o, p, "level4_example")?,
    })
}

fn level(v: &Value, p: &str) -> Result<LevelDef, String> {
    let o = object(v, p, &["value", "name", "description"])?;
    let (value, at) = field(o, p, "value")?;
    Ok(LevelDef {
        value: value
            .as_u64()
            .and_then(|n| u8::try_from(n).ok())
            .ok_or_else(|| format!("{at}: a whole number from 0 to 255 is expected"))?,
        name: text(o, p, "name")?,
        description: text(o, p, "description")?,
    })
}

fn choice(v: &Value, p: &str) -> Result<Choice, String> {
    let o = object(v, p, &["id", "name", "description"])?;
    Ok(Choice {
        id: string(o, p, "id")?,
        name: text(o, p, "name")?,
        description: match o.get("description") {
            None | Some(Value::Null) => None,
            Some(d) => Some(text_at(d, &format!("{p}.description"))?),
        },
    })
}

fn item(v: &Value, p: &str) -> Result<ItemDef, String> {
    let o = object(v, p, &["id", "code", "name", "description", "tag"])?;
    Ok(ItemDef {
        id: string(o, p, "id")?,
        code: string(o, p, "code")?,
        name: text(o, p, "name")?,
        description: text(o, p, "description")?,
        tag: one_of(o, p, "tag", &TAGS)?,
    })
}

fn label(v: &Value, p: &str) -> Result<LabelDef, String> {
    let o = object(v, p, &["id", "name", "description"])?;
    Ok(LabelDef {
        id: string(o, p, "id")?,
        name: text(o, p, "name")?,
        description: text(o, p, "description")?,
    })
}

fn edition(v: &Value, p: &str) -> Result<Edition, String> {
    const KEYS: [&str; 20] = [
        "id",
        "name",
        "description",
        "levels",
        "not_applicable",
        "services",
        "payment_types",
        "payment_channels",
        "anpr_states",
        "open_data_questions",
        "licence_options",
        "social_networks",
        "social_statuses",
        "dimensions",
        "items",
        "bands",
        "classes",
        "sub_labels",
        "params",
        "rules",
    ];
    let o = object(v, p, &KEYS)?;
    let (na, na_at) = field(o, p, "not_applicable")?;
    let (ps, ps_at) = field(o, p, "params")?;
    Ok(Edition {
        id: string(o, p, "id")?,
        name: text(o, p, "name")?,
        description: text(o, p, "description")?,
        levels: list(o, p, "levels", level)?,
        not_applicable: choice(na, &na_at)?,
        services: list(o, p, "services", service)?,
        payment_types: list(o, p, "payment_types", choice)?,
        payment_channels: list(o, p, "payment_channels", choice)?,
        anpr_states: list(o, p, "anpr_states", choice)?,
        open_data_questions: list(o, p, "open_data_questions", choice)?,
        licence_options: list(o, p, "licence_options", choice)?,
        social_networks: list(o, p, "social_networks", choice)?,
        social_statuses: list(o, p, "social_statuses", choice)?,
        dimensions: list(o, p, "dimensions", item)?,
        items: list(o, p, "items", item)?,
        bands: list(o, p, "bands", label)?,
        classes: list(o, p, "classes", label)?,
        sub_labels: list(o, p, "sub_labels", label)?,
        params: params(ps, &ps_at)?,
        rules: list(o, p, "rules", rule)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The serde derives of the edition types: the reference this reader must agree with.
    fn by_derive(text: &str) -> Result<Edition, String> {
        serde_json::from_str::<Edition>(text).map_err(|e| e.to_string())
    }

    #[test]
    fn every_bundled_edition_reads_as_the_derives_read_it() {
        for (id, text) in crate::model::EDITION_SOURCES {
            let by_hand = edition_from_json(text).unwrap_or_else(|e| panic!("{id}: {e}"));
            assert_eq!(Ok(by_hand), by_derive(text), "{id}");
        }
    }

    /// The bundled edition as a tree, changed by `change`, as text.
    fn changed(change: impl FnOnce(&mut Value)) -> String {
        let mut v: Value = serde_json::from_str(crate::model::EDITION_SOURCES[0].1).unwrap();
        change(&mut v);
        v.to_string()
    }

    #[test]
    fn broken_editions_are_refused_as_the_derives_refuse_them() {
        let cases: Vec<(&str, String)> = vec![
            (
                "unknown top field",
                changed(|v| {
                    v["extra"] = Value::Bool(true);
                }),
            ),
            (
                "missing field",
                changed(|v| {
                    v.as_object_mut().unwrap().remove("rules");
                }),
            ),
            (
                "unknown tag",
                changed(|v| {
                    v["params"]["level_points"]["tag"] = "maybe".into();
                }),
            ),
            (
                "number as string",
                changed(|v| {
                    v["params"]["cut_tolerance"]["value"] = "0.1".into();
                }),
            ),
            (
                "unknown param",
                changed(|v| {
                    v["params"]["new_weight"] = v["params"]["level_points"].clone();
                }),
            ),
            (
                "unknown group",
                changed(|v| {
                    v["services"][2]["group"] = "leisure".into();
                }),
            ),
            (
                "unknown user",
                changed(|v| {
                    v["services"][0]["users"][0] = "tourists".into();
                }),
            ),
            (
                "text without en",
                changed(|v| {
                    v["services"][1]["name"]
                        .as_object_mut()
                        .unwrap()
                        .remove("en");
                }),
            ),
            (
                "level out of range",
                changed(|v| {
                    v["levels"][0]["value"] = 300.into();
                }),
            ),
            (
                "payable not a bool",
                changed(|v| {
                    v["services"][0]["payable"] = 1.into();
                }),
            ),
            (
                "choice with an unknown key",
                changed(|v| {
                    v["payment_types"][0]["colour"] = "red".into();
                }),
            ),
            ("not JSON", "{\"id\": ".to_string()),
        ];
        for (what, text) in cases {
            let hand = edition_from_json(&text);
            assert!(hand.is_err(), "{what}: accepted by the reader");
            assert!(by_derive(&text).is_err(), "{what}: accepted by the derives");
        }
        // A choice's description may be absent or null, as with `#[serde(default)]`.
        let text = changed(|v| {
            v["payment_types"][0]["description"] = Value::Null;
        });
        assert_eq!(edition_from_json(&text), by_derive(&text));
        let text = changed(|v| {
            v["payment_types"][0]
                .as_object_mut()
                .unwrap()
                .remove("description");
        });
        assert_eq!(edition_from_json(&text), by_derive(&text));
    }

    #[test]
    fn errors_name_the_path() {
        let text = changed(|v| {
            v["services"][3]["name"]["it"] = 5.into();
        });
        assert_eq!(
            edition_from_json(&text).unwrap_err(),
            "edition.services[3].name.it: a string is expected"
        );
    }
}
