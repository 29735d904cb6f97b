//! The method page as data, generated from the edition: every parameter and rule with its tag (sourced,
//! inferred, assumption) and source, the dimensions and items, bands and classes, the services and levels, and
//! the published cases with their sources. The web page and the report's "assumptions" section render it.

use crate::i18n::strings;
use crate::model::{Edition, Lang, Tag};

use super::published::published;
use crate::model::number::exact;

/// One numeric parameter.
#[derive(Clone, Debug, PartialEq)]
pub struct ParamRow {
    /// The field name in the edition (`band_low_cut`).
    pub key: &'static str,
    /// What it is.
    pub title: String,
    /// Its value, formatted.
    pub value: String,
    /// Sourced, inferred or assumed.
    pub tag: Tag,
    /// Where it comes from, or why.
    pub source: String,
}

/// A rule, an item or a label with its text and tag.
#[derive(Clone, Debug, PartialEq)]
pub struct TextRow {
    /// A short code (`P1 SPID`) or the rule id.
    pub code: String,
    /// The title or name.
    pub title: String,
    /// The text or description.
    pub text: String,
    /// The tag, when the edition gives one.
    pub tag: Option<Tag>,
    /// The tags of the parameters its text states (each once, sourced first): a dimension that is sourced may be
    /// computed with weights that are our assumption, and says so.
    pub number_tags: Vec<Tag>,
}

/// A published case with its sources.
#[derive(Clone, Debug, PartialEq)]
pub struct PublishedRow {
    /// "Siena 2021".
    pub label: String,
    /// Ca.Re, DPS, DPA, DO as published (`None`: not published).
    pub values: [Option<f64>; 4],
    /// The published class, if reported, named in the language of the page.
    pub class: Option<String>,
    /// Source URLs.
    pub sources: Vec<String>,
}

/// Everything on the method page.
#[derive(Clone, Debug, PartialEq)]
pub struct MethodData {
    /// The edition id (`care-2021`).
    pub edition_id: String,
    /// The edition's name.
    pub edition_name: String,
    /// The edition's description.
    pub edition_description: String,
    /// The rules.
    pub rules: Vec<TextRow>,
    /// The numeric parameters.
    pub params: Vec<ParamRow>,
    /// The dimensions, then the items.
    pub items: Vec<TextRow>,
    /// Bands, classes and sub-labels (no tag).
    pub labels: Vec<TextRow>,
    /// The services (code = id; text = users).
    pub services: Vec<TextRow>,
    /// The levels (code = value).
    pub levels: Vec<TextRow>,
    /// The published cases of this model.
    pub published: Vec<PublishedRow>,
    /// Parameters per tag: sourced, inferred, assumption.
    pub counts: [usize; 3],
}

/// The CSS class of a tag chip.
pub fn tag_css(tag: Tag) -> &'static str {
    match tag {
        Tag::Sourced => "tag-sourced",
        Tag::Inferred => "tag-inferred",
        Tag::Assumption => "tag-assumption",
    }
}

/// The method data of an edition in `lang`.
pub fn method(edition: &Edition, lang: Lang) -> MethodData {
    let params: Vec<ParamRow> = edition
        .params
        .all()
        .into_iter()
        .map(|(key, p)| ParamRow {
            key,
            title: p.title.get(lang).to_string(),
            // As the edition writes it: a tolerance of 0.000000001 is not "0,0".
            value: exact(lang, p.value),
            tag: p.tag,
            source: p.source.get(lang).to_string(),
        })
        .collect();
    let count = |t: Tag| params.iter().filter(|p| p.tag == t).count();
    let counts = [
        count(Tag::Sourced),
        count(Tag::Inferred),
        count(Tag::Assumption),
    ];
    let number_tags = |text: &crate::model::Text| -> Vec<Tag> {
        let named = edition.params_named(text);
        [Tag::Sourced, Tag::Inferred, Tag::Assumption]
            .into_iter()
            .filter(|t| named.iter().any(|(_, p)| p.tag == *t))
            .collect()
    };
    let item_row = |d: &crate::model::ItemDef| TextRow {
        code: d.code.clone(),
        title: d.name.get(lang).to_string(),
        text: edition.fill(&d.description, lang),
        tag: Some(d.tag),
        number_tags: number_tags(&d.description),
    };
    let label_row = |d: &crate::model::LabelDef| TextRow {
        code: d.id.clone(),
        title: d.name.get(lang).to_string(),
        text: edition.fill(&d.description, lang),
        tag: None,
        number_tags: number_tags(&d.description),
    };
    let r = &strings(lang).results();
    MethodData {
        edition_id: edition.id.clone(),
        edition_name: edition.name.get(lang).to_string(),
        edition_description: edition.description.get(lang).to_string(),
        rules: edition
            .rules
            .iter()
            .map(|rule| TextRow {
                code: rule.id.clone(),
                title: rule.title.get(lang).to_string(),
                text: rule.text.get(lang).to_string(),
                tag: Some(rule.tag),
                number_tags: Vec::new(),
            })
            .collect(),
        params,
        items: edition
            .dimensions
            .iter()
            .chain(edition.items.iter())
            .map(item_row)
            .collect(),
        labels: edition
            .bands
            .iter()
            .chain(edition.classes.iter())
            .chain(edition.sub_labels.iter())
            .map(label_row)
            .collect(),
        services: edition
            .services
            .iter()
            .map(|s| TextRow {
                code: s.id.clone(),
                title: s.name.get(lang).to_string(),
                text: s
                    .users
                    .iter()
                    .map(|u| crate::i18n::questionnaire::of(lang).user_group(*u))
                    .collect::<Vec<_>>()
                    .join(", "),
                tag: None,
                number_tags: Vec::new(),
            })
            .collect(),
        levels: edition
            .levels
            .iter()
            .map(|l| TextRow {
                code: l.value.to_string(),
                title: l.name.get(lang).to_string(),
                text: l.description.get(lang).to_string(),
                tag: None,
                number_tags: Vec::new(),
            })
            .chain(std::iter::once(TextRow {
                code: r.chart_na_short.to_string(),
                title: edition.not_applicable.name.get(lang).to_string(),
                text: edition
                    .not_applicable
                    .description
                    .as_ref()
                    .map(|d| d.get(lang).to_string())
                    .unwrap_or_default(),
                tag: None,
                number_tags: Vec::new(),
            }))
            .collect(),
        published: published()
            .comparable()
            .into_iter()
            .map(|c| PublishedRow {
                label: c.label(),
                values: [Some(c.care), c.dps, c.dpa, c.do_],
                // In the words of the language, as in the comparison ("Sprint (even)"), not as published.
                class: c
                    .class
                    .as_ref()
                    .map(|_| crate::transfer::compare::Row::from_published(c).class_text(lang)),
                sources: c.sources.clone(),
            })
            .collect(),
        counts,
    }
}

/// The parameters and rules that are not stated by a source (inferred or assumed): the report's "assumptions".
pub fn assumptions(edition: &Edition, lang: Lang) -> (Vec<ParamRow>, Vec<TextRow>) {
    let m = method(edition, lang);
    (
        m.params
            .into_iter()
            .filter(|p| p.tag != Tag::Sourced)
            .collect(),
        m.rules
            .into_iter()
            .filter(|r| r.tag != Some(Tag::Sourced))
            .collect(),
    )
}
