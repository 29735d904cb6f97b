//! The user-visible strings: one catalogue per language, split by area, checked by the compiler.
//!
//! Every area (`common`, `start`, ...) is a struct of `&'static str` with one constant per language, so a string
//! missing in one language does not compile. Templates use `{}` placeholders filled by [`fill`].

pub mod accessibility;
pub mod assessments;
pub mod common;
pub mod compare;
pub mod embed;
pub mod method;
pub mod offline;
pub mod questionnaire;
pub mod report;
pub mod results;
pub mod start;
pub mod transfer;

use crate::model::Lang;

/// Every string of the app in one language.
#[derive(Debug)]
pub struct Strings {
    /// Shell: header, navigation, footer, storage messages.
    pub common: common::Common,
    /// The start page.
    pub start: start::Start,
    /// The offline support: the new-version banner.
    pub offline: offline::Offline,
    /// The accessibility statement.
    pub accessibility: accessibility::Accessibility,
    /// Import, export, share links and the shared view.
    pub transfer: transfer::Transfer,
    /// The compare page.
    pub compare: compare::Compare,
    /// The questionnaire.
    pub questionnaire: questionnaire::Questionnaire,
    /// The saved assessments.
    pub assessments: assessments::Assessments,
    /// The results, charts, plan and what-if.
    pub results: results::Results,
    /// The method page.
    pub method: method::Method,
    /// The embed mode, the embed code and the take-out section.
    pub embed: embed::Embed,
    /// The print view and the HTML report.
    pub report: report::Report,
}

/// Italian, the first language.
pub static IT: Strings = Strings {
    common: common::IT,
    start: start::IT,
    offline: offline::IT,
    accessibility: accessibility::IT,
    transfer: transfer::IT,
    compare: compare::IT,
    questionnaire: questionnaire::IT,
    assessments: assessments::IT,
    results: results::IT,
    method: method::IT,
    embed: embed::IT,
    report: report::IT,
};

/// English.
pub static EN: Strings = Strings {
    common: common::EN,
    start: start::EN,
    offline: offline::EN,
    accessibility: accessibility::EN,
    transfer: transfer::EN,
    compare: compare::EN,
    questionnaire: questionnaire::EN,
    assessments: assessments::EN,
    results: results::EN,
    method: method::EN,
    embed: embed::EN,
    report: report::EN,
};

/// The catalogue of a language.
pub fn strings(lang: Lang) -> &'static Strings {
    match lang {
        Lang::It => &IT,
        Lang::En => &EN,
    }
}

/// Replaces each `{}` of `template` with the next argument, in order; extra placeholders stay as they are.
pub fn fill(template: &str, args: &[&dyn std::fmt::Display]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    let mut args = args.iter();
    while let Some(pos) = rest.find("{}") {
        out.push_str(&rest[..pos]);
        match args.next() {
            Some(a) => out.push_str(&a.to_string()),
            None => out.push_str("{}"),
        }
        rest = &rest[pos + 2..];
    }
    out.push_str(rest);
    out
}

/// Formats a number with one decimal and the decimal separator of the language (`62,3` / `62.3`).
pub fn one_decimal(lang: Lang, value: f64) -> String {
    let s = format!("{value:.1}");
    match lang {
        Lang::It => s.replace('.', ","),
        Lang::En => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_replaces_placeholders_in_order() {
        assert_eq!(fill("Passo {} di {}", &[&2, &5]), "Passo 2 di 5");
        assert_eq!(fill("{} e {}", &[&"a"]), "a e {}");
        assert_eq!(fill("nessuno", &[&1]), "nessuno");
    }

    #[test]
    fn decimals_follow_the_language() {
        assert_eq!(one_decimal(Lang::It, 62.345), "62,3");
        assert_eq!(one_decimal(Lang::En, 62.345), "62.3");
    }

    #[test]
    fn both_catalogues_fill_every_string() {
        for s in [&IT, &EN] {
            let text = format!("{s:?}");
            assert!(
                !text.contains(": \"\""),
                "an empty string in a catalogue: {text}"
            );
        }
        assert_ne!(IT.start.title, EN.start.title);
    }
}
