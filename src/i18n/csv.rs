//! Strings of the CSV export of one assessment (`report::csv`): the header, the labels of the comune rows and of
//! the summary rows. `{}` placeholders are filled by [`fill`](super::fill) in order.

use super::Plural;

/// CSV strings.
#[derive(Debug)]
pub struct Csv {
    /// The header: section, item id, item, answer, score.
    pub header: [&'static str; 5],
    /// The section of the comune rows.
    pub section_comune: &'static str,
    /// The section of the summary rows.
    pub section_summary: &'static str,
    pub name: &'static str,
    pub istat_code: &'static str,
    pub year: &'static str,
    pub model: &'static str,
    pub class: &'static str,
    /// Added to a class of a questionnaire not yet complete.
    pub provisional_class: &'static str,
    pub online_services: &'static str,
    /// Online services: how many, of how many that apply.
    pub online_of: &'static str,
    pub completeness: &'static str,
    /// Answers given, then questions.
    pub answered_of: Plural,
    pub status: &'static str,
    /// The status of a complete questionnaire.
    pub status_final: &'static str,
    /// The status of an incomplete one: the missing answers.
    pub status_provisional: &'static str,
    pub missing_answers: &'static str,
}

/// Italian.
pub const IT: Csv = Csv {
    header: ["sezione", "voce", "descrizione", "risposta", "punteggio"],
    section_comune: "Comune",
    section_summary: "Sintesi",
    name: "Nome",
    istat_code: "Codice ISTAT",
    year: "Anno",
    model: "Modello",
    class: "Classe",
    provisional_class: "provvisoria",
    online_services: "Servizi online (livello 3 o più)",
    online_of: "{} su {}",
    completeness: "Completezza",
    answered_of: Plural {
        one: "{} risposta su {}",
        other: "{} risposte su {}",
    },
    status: "Stato del risultato",
    status_final: "definitivo",
    status_provisional: "provvisorio – risposte mancanti: {}",
    missing_answers: "Risposte mancanti",
};

/// English.
pub const EN: Csv = Csv {
    header: ["section", "item id", "item", "answer", "score"],
    section_comune: "Comune",
    section_summary: "Summary",
    name: "Name",
    istat_code: "ISTAT code",
    year: "Year",
    model: "Model",
    class: "Class",
    provisional_class: "provisional",
    online_services: "Online services (level 3 or more)",
    online_of: "{} of {}",
    completeness: "Completeness",
    answered_of: Plural {
        one: "{} of {} answered",
        other: "{} of {} answered",
    },
    status: "Result status",
    status_final: "final",
    status_provisional: "provisional – answers missing: {}",
    missing_answers: "Missing answers",
};
