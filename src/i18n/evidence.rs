//! The words of notes and verification links (answers file version 2): the "Nota e link di verifica" fields of
//! the questionnaire, the assessment's date and the respondents per section, what is wrong with a typed note or
//! address (the answers file's messages use the same words), and the headings of the outputs that show them
//! (review, results' tables, the report's annex "Evidenze", the CSV, the share link's notice).

use super::{fill, Plural};
use crate::model::evidence::{AddressProblem, NoteProblem, MAX_ADDRESS_CHARS, MAX_NOTE_CHARS};

/// Evidence strings.
#[derive(Debug)]
pub struct Evidence {
    /// The disclosure under each item.
    pub disclosure: &'static str,
    /// What the closed disclosure says is filled in: the list of [`Evidence::has_note`], [`Evidence::has_link`].
    pub disclosure_filled: &'static str,
    /// ... a note.
    pub has_note: &'static str,
    /// ... a link.
    pub has_link: &'static str,
    /// The note field's label: the item's name.
    pub note_label: &'static str,
    /// The note field's help: the limit.
    pub note_help: &'static str,
    /// Characters used: used, limit.
    pub note_count: &'static str,
    /// The address field's label: the item's name.
    pub address_label: &'static str,
    /// The address field's help.
    pub address_help: &'static str,
    /// A note too long: its length, the limit.
    pub note_too_long: &'static str,
    /// A note with control characters.
    pub note_control: &'static str,
    /// A note with a direction character: its code point.
    pub note_direction: &'static str,
    /// An address that is not a web address: the scheme found.
    pub not_web_address: &'static str,
    /// ... with no scheme at all.
    pub not_web_address_no_scheme: &'static str,
    /// A web address without a host.
    pub address_no_host: &'static str,
    /// A web address with spaces or control characters.
    pub address_spaces: &'static str,
    /// A web address with a user name before the host.
    pub address_credentials: &'static str,
    /// A web address that is too long: its length, the limit.
    pub address_too_long: &'static str,
    /// After a link's host, for screen readers: it opens in a new tab.
    pub new_tab: &'static str,
    /// The heading of notes and links (review, results, report annex, CSV section).
    pub title: &'static str,
    /// The introduction of the report's annex.
    pub annex_intro: &'static str,
    /// When no item has a note or a link.
    pub none: &'static str,
    /// Column: the item.
    pub column_item: &'static str,
    /// Column: the answer.
    pub column_answer: &'static str,
    /// Column: the note.
    pub column_note: &'static str,
    /// Column: the link.
    pub column_link: &'static str,
    /// The date of the assessment (label).
    pub assessed_on: &'static str,
    /// Its help.
    pub assessed_on_help: &'static str,
    /// A date that is not one.
    pub date_invalid: &'static str,
    /// The respondents' fieldset legend.
    pub respondents: &'static str,
    /// Its help.
    pub respondents_help: &'static str,
    /// A respondent's name (label): the section.
    pub respondent_name: &'static str,
    /// A respondent's office (label): the section.
    pub respondent_office: &'static str,
    /// A respondent in one line: name, office.
    pub respondent_line: &'static str,
    /// Who answered a section (a CSV row's item): the section.
    pub answered_by: &'static str,
    /// The share link left out the notes' texts: how many.
    pub share_left_notes: Plural,
    /// The share link left out the notes and the links: notes, links.
    pub share_left_all: &'static str,
}

/// Italian.
pub const IT: Evidence = Evidence {
    disclosure: "Nota e link di verifica",
    disclosure_filled: "Nota e link di verifica ({})",
    has_note: "nota",
    has_link: "link",
    note_label: "Nota su «{}»",
    note_help: "Facoltativa, testo semplice, al massimo {} caratteri: da dove viene la risposta, chi l'ha verificata, cosa è previsto.",
    note_count: "{} caratteri su {}",
    address_label: "Link di verifica per «{}»",
    address_help: "Facoltativo: la pagina dove verificare la risposta (il servizio online, il portale open data, l'account social). Inizia con https:// o http://.",
    note_too_long: "la nota è troppo lunga ({} caratteri, al massimo {})",
    note_control: "la nota contiene caratteri di controllo (tabulazioni...): sono ammessi solo gli a capo",
    note_direction: "la nota contiene un carattere invisibile che cambia la direzione del testo ({}): toglilo",
    not_web_address: "un indirizzo \"{}:\" non è accettato: il link di verifica deve iniziare con https:// o http://",
    not_web_address_no_scheme: "non è un indirizzo web: il link di verifica deve iniziare con https:// o http://",
    address_no_host: "l'indirizzo non indica un sito dopo https:// (es. https://www.comune.esempio.it/pagina)",
    address_spaces: "l'indirizzo contiene spazi o caratteri di controllo",
    address_credentials: "l'indirizzo contiene un nome utente o una password prima del sito: toglili",
    address_too_long: "l'indirizzo è troppo lungo ({} caratteri, al massimo {})",
    new_tab: "(si apre in una nuova scheda)",
    title: "Evidenze",
    annex_intro: "Le note e i link di verifica indicati per ciascuna risposta. Un link si verifica aprendolo: qui è riportato per intero.",
    none: "Nessuna nota o link di verifica.",
    column_item: "Voce",
    column_answer: "Risposta",
    column_note: "Nota",
    column_link: "Link di verifica",
    assessed_on: "Data della valutazione",
    assessed_on_help: "Facoltativa: il giorno a cui si riferiscono le risposte (diverso dall'ultima modifica).",
    date_invalid: "non è una data valida (anni 2000-2100)",
    respondents: "Chi risponde per ciascuna sezione",
    respondents_help: "Facoltativo: il nome e l'ufficio di chi conosce le risposte di ogni sezione.",
    respondent_name: "{}: nome",
    respondent_office: "{}: ufficio",
    respondent_line: "{} ({})",
    answered_by: "Chi ha risposto: {}",
    share_left_notes: Plural {
        one: "Il link non contiene il testo di {} nota: è troppo lungo per un link. I link di verifica ci sono. Per condividere tutto, esporta il file JSON.",
        other: "Il link non contiene il testo di {} note: sono troppo lunghe per un link. I link di verifica ci sono. Per condividere tutto, esporta il file JSON.",
    },
    share_left_all: "Il link non contiene le note ({}) né i link di verifica ({}): sono troppo lunghi per un link. Per condividere tutto, esporta il file JSON.",
};

/// English.
pub const EN: Evidence = Evidence {
    disclosure: "Note and verification link",
    disclosure_filled: "Note and verification link ({})",
    has_note: "note",
    has_link: "link",
    note_label: "Note on “{}”",
    note_help: "Optional, plain text, at most {} characters: where the answer comes from, who checked it, what is planned.",
    note_count: "{} of {} characters",
    address_label: "Verification link for “{}”",
    address_help: "Optional: the page where the answer can be checked (the online service, the open-data portal, the social account). Starts with https:// or http://.",
    note_too_long: "the note is too long ({} characters, at most {})",
    note_control: "the note contains control characters (tabs...): only line breaks are allowed",
    note_direction: "the note contains an invisible character that changes the direction of the text ({}): remove it",
    not_web_address: "a \"{}:\" address is not accepted: the verification link must start with https:// or http://",
    not_web_address_no_scheme: "not a web address: the verification link must start with https:// or http://",
    address_no_host: "the address names no site after https:// (e.g. https://www.comune.example.it/page)",
    address_spaces: "the address contains spaces or control characters",
    address_credentials: "the address has a user name or password before the site: remove them",
    address_too_long: "the address is too long ({} characters, at most {})",
    new_tab: "(opens in a new tab)",
    title: "Evidence",
    annex_intro: "The notes and verification links given for each answer. A link is checked by opening it: it is printed in full here.",
    none: "No notes or verification links.",
    column_item: "Item",
    column_answer: "Answer",
    column_note: "Note",
    column_link: "Verification link",
    assessed_on: "Date of the assessment",
    assessed_on_help: "Optional: the day the answers refer to (not the last edit).",
    date_invalid: "is not a valid date (years 2000-2100)",
    respondents: "Who answers each section",
    respondents_help: "Optional: the name and office of who knows the answers of each section.",
    respondent_name: "{}: name",
    respondent_office: "{}: office",
    respondent_line: "{} ({})",
    answered_by: "Answered by: {}",
    share_left_notes: Plural {
        one: "The link leaves out the text of {} note: it is too long for a link. The verification links are in it. To share everything, export the JSON file.",
        other: "The link leaves out the text of {} notes: they are too long for a link. The verification links are in it. To share everything, export the JSON file.",
    },
    share_left_all: "The link leaves out the notes ({}) and the verification links ({}): they are too long for a link. To share everything, export the JSON file.",
};

impl Evidence {
    /// What is wrong with a verification address.
    pub fn address_problem(&self, problem: &AddressProblem) -> String {
        match problem {
            AddressProblem::NotWeb { scheme } if scheme.is_empty() => {
                self.not_web_address_no_scheme.to_string()
            }
            AddressProblem::NotWeb { scheme } => fill(self.not_web_address, &[scheme]),
            AddressProblem::NoHost => self.address_no_host.to_string(),
            AddressProblem::Spaces => self.address_spaces.to_string(),
            AddressProblem::Credentials => self.address_credentials.to_string(),
            AddressProblem::TooLong { chars } => {
                fill(self.address_too_long, &[chars, &MAX_ADDRESS_CHARS])
            }
        }
    }

    /// What is wrong with a note.
    pub fn note_problem(&self, problem: &NoteProblem) -> String {
        match problem {
            NoteProblem::TooLong { chars } => fill(self.note_too_long, &[chars, &MAX_NOTE_CHARS]),
            NoteProblem::ControlCharacters => self.note_control.to_string(),
            NoteProblem::DirectionCharacter { code } => {
                fill(self.note_direction, &[&format!("U+{code:04X}")])
            }
        }
    }
}
