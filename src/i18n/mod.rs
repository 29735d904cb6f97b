//! The user-visible strings: one catalogue per language, split by area, checked by the compiler.
//!
//! Every area (`common`, `start`, ...) is a struct of `&'static str` with one constant per language, so a string
//! missing in one language does not compile. Templates use `{}` placeholders filled by [`fill`].

pub mod accessibility;
pub mod answers_file;
pub mod assessments;
pub mod cli;
pub mod common;
pub mod compare;
pub mod csv;
pub mod embed;
pub mod evidence;
pub mod explain;
pub mod history;
pub mod method;
pub mod offline;
pub mod questionnaire;
pub mod report;
pub mod results;
pub mod start;
pub mod transfer;

use crate::model::Lang;

/// The strings of the areas that the light first-load app shows, in one language. The areas that only the full app
/// shows (results, files, comparison, method, report, embeds, saved assessments) are reached through methods, so
/// that their text is not in the light app's module unless one of its pages uses it (see `crate::routes`).
#[derive(Debug)]
pub struct Strings {
    /// The language of this catalogue.
    pub lang: Lang,
    /// Shell: header, navigation, footer, storage messages.
    pub common: common::Common,
    /// The start page.
    pub start: start::Start,
    /// The offline support: the new-version banner.
    pub offline: offline::Offline,
    /// The accessibility statement.
    pub accessibility: accessibility::Accessibility,
    /// The questionnaire.
    pub questionnaire: questionnaire::Questionnaire,
    /// Notes and verification links, the assessment's date, respondents (questionnaire and outputs).
    pub evidence: evidence::Evidence,
}

/// Italian, the first language.
pub static IT: Strings = Strings {
    lang: Lang::It,
    common: common::IT,
    start: start::IT,
    offline: offline::IT,
    accessibility: accessibility::IT,
    questionnaire: questionnaire::IT,
    evidence: evidence::IT,
};

/// English.
pub static EN: Strings = Strings {
    lang: Lang::En,
    common: common::EN,
    start: start::EN,
    offline: offline::EN,
    accessibility: accessibility::EN,
    questionnaire: questionnaire::EN,
    evidence: evidence::EN,
};

/// One method per area of the full app: `strings.results()` is the `results` catalogue of the strings' language.
macro_rules! full_app_areas {
    ($($(#[$doc:meta])* $area:ident: $ty:ident,)*) => {
        impl Strings {
            $(
                $(#[$doc])*
                pub fn $area(&self) -> &'static $area::$ty {
                    match self.lang {
                        Lang::It => &$area::IT,
                        Lang::En => &$area::EN,
                    }
                }
            )*
        }
    };
}

full_app_areas! {
    /// Import, export, share links and the shared view.
    transfer: Transfer,
    /// The compare page.
    compare: Compare,
    /// The saved assessments.
    assessments: Assessments,
    /// The results, charts, plan and what-if.
    results: Results,
    /// The explanation of each dimension's score: answers in words and computations.
    explain: Explain,
    /// The method page.
    method: Method,
    /// The embed mode, the embed code and the take-out section.
    embed: Embed,
    /// The print view and the HTML report.
    report: Report,
    /// What is wrong with an answers file (import, share links, saved state, the `care` tool).
    answers_file: AnswersFile,
    /// The `care` command-line tool.
    cli: Cli,
    /// The CSV export of one assessment.
    csv: Csv,
    /// One comune's history, merging a colleague's file, exporting a section.
    history: History,
}

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

/// A text that depends on a count. Italian and English both use the singular for exactly one and the plural for
/// every other count, zero included ("1 servizio online", "0 servizi online", "3 services"). Both forms are
/// templates whose first `{}` is the count; any further `{}` take the other arguments of [`Plural::fill`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Plural {
    /// The form for a count of 1, e.g. "{} valutazione salvata".
    pub one: &'static str,
    /// The form for any other count, e.g. "{} valutazioni salvate".
    pub other: &'static str,
}

impl Plural {
    /// The form for `n`, filled with `n` alone: "3 valutazioni salvate".
    pub fn of(&self, n: usize) -> String {
        self.fill(n, &[])
    }

    /// The form for `n`, filled with `n` then `rest`: "Manca 1 risposta su 62".
    pub fn fill(&self, n: usize, rest: &[&dyn std::fmt::Display]) -> String {
        let template = if n == 1 { self.one } else { self.other };
        let mut args: Vec<&dyn std::fmt::Display> = Vec::with_capacity(rest.len() + 1);
        args.push(&n);
        args.extend_from_slice(rest);
        fill(template, &args)
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
    fn plurals_take_the_singular_for_one_only() {
        let saved = Plural {
            one: "{} valutazione salvata",
            other: "{} valutazioni salvate",
        };
        assert_eq!(saved.of(1), "1 valutazione salvata");
        assert_eq!(saved.of(0), "0 valutazioni salvate");
        assert_eq!(saved.of(3), "3 valutazioni salvate");
        let missing = IT.results().provisional_body;
        assert!(missing
            .fill(1, &[&62])
            .starts_with("Manca 1 risposta su 62:"));
        assert!(missing
            .fill(2, &[&62])
            .starts_with("Mancano 2 risposte su 62:"));
        assert_eq!(IT.results().steps.of(1), "1 passo");
        assert_eq!(EN.results().steps.of(4), "4 steps");
        assert_eq!(IT.assessments().count.of(1), "1 valutazione salvata");
        assert_eq!(IT.compare().count.of(1), "1 riga nel confronto.");
        assert_eq!(
            IT.transfer().completeness_value.fill(1, &[&62, &2]),
            "1 risposta su 62 (2%)"
        );
        let x = IT.explain();
        assert_eq!(
            x.flag_answer.fill(1, &[&3, &"SPID"]),
            "1 servizio online su 3 con SPID"
        );
        assert_eq!(x.so2_answer.fill(1, &[&3]), "1 account attivo su 3");
        assert_eq!(x.so2_answer.fill(2, &[&3]), "2 account attivi su 3");
        assert_eq!(IT.csv().answered_of.fill(1, &[&62]), "1 risposta su 62");
        assert_eq!(EN.explain().datasets.of(1), "1 dataset");
        assert_eq!(
            IT.report().incomplete.fill(1, &[&62]),
            "questionario incompleto: manca 1 risposta su 62 (risultato provvisorio)"
        );
    }

    #[test]
    fn both_catalogues_fill_every_string() {
        for s in [&IT, &EN] {
            let text = format!(
                "{s:?} {:?} {:?} {:?} {:?} {:?} {:?} {:?} {:?}",
                s.transfer(),
                s.compare(),
                s.assessments(),
                s.results(),
                s.explain(),
                s.method(),
                s.embed(),
                s.report()
            );
            assert!(
                !text.contains(": \"\""),
                "an empty string in a catalogue: {text}"
            );
        }
        assert_ne!(IT.start.title, EN.start.title);
    }
}
