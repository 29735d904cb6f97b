//! Strings of the questionnaire: steps, progress, fields and their errors, service rows, the live score panel,
//! the review and the announcements. Model texts (service names, levels, choices) come from the edition.

use super::{fill, Plural};
use crate::model::typed_values::FieldError;
use crate::model::{Lang, ServiceGroup, UserGroup};
use crate::store::live_score::Wait;
use crate::store::Step;

/// Questionnaire strings.
#[derive(Debug)]
pub struct Questionnaire {
    pub title: &'static str,
    pub title_of: &'static str,
    pub lead: &'static str,
    pub steppers_label: &'static str,
    pub step_comune: &'static str,
    pub step_services: &'static str,
    pub step_pa: &'static str,
    pub step_openness: &'static str,
    pub step_review: &'static str,
    pub step_done: &'static str,
    pub step_index: &'static str,
    pub intro_comune: &'static str,
    pub intro_services: &'static str,
    pub intro_pa: &'static str,
    pub intro_openness: &'static str,
    pub intro_review: &'static str,
    pub progress_label: &'static str,
    pub progress_text: &'static str,
    pub previous: &'static str,
    pub next: &'static str,
    pub step_nav_label: &'static str,
    pub saved_here: &'static str,
    pub saved_at: &'static str,
    pub not_kept: &'static str,
    pub announce_saved: &'static str,
    pub announce_not_kept: &'static str,
    pub announce_band: &'static str,
    pub announce_class: &'static str,
    pub announce_class_provisional: &'static str,
    pub announce_completed: &'static str,
    // Score panel
    pub score_title: &'static str,
    pub score_title_final: &'static str,
    pub score_not_yet: &'static str,
    pub score_total: &'static str,
    pub score_class: &'static str,
    pub provisional: &'static str,
    pub score_hint: &'static str,
    pub score_in_progress: &'static str,
    pub score_waits: &'static str,
    pub wait_levels: &'static str,
    pub wait_access: &'static str,
    pub wait_more_services: Plural,
    pub wait_and: &'static str,
    pub wait_payments: Plural,
    pub wait_open_data: Plural,
    pub wait_social: Plural,
    pub dps_name: &'static str,
    pub dpa_name: &'static str,
    pub do_name: &'static str,
    // The comune
    pub name_label: &'static str,
    pub name_help: &'static str,
    pub istat_label: &'static str,
    pub istat_help: &'static str,
    pub year_label: &'static str,
    pub year_help: &'static str,
    pub respondent_label: &'static str,
    pub respondent_help: &'static str,
    pub optional: &'static str,
    pub still_saved: &'static str,
    // Services
    pub level_legend: &'static str,
    pub service_details: &'static str,
    pub service_details_more: &'static str,
    pub level_title: &'static str,
    pub na_short: &'static str,
    pub users: &'static str,
    pub payable: &'static str,
    pub auth_label: &'static str,
    pub auth_unanswered: &'static str,
    pub group_count: &'static str,
    // Digital PA
    pub pagopa_title: &'static str,
    pub pagopa_legend: &'static str,
    pub pagopa_help: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
    pub payments_legend: &'static str,
    pub payments_help: &'static str,
    pub payments_not_asked: &'static str,
    pub anpr_title: &'static str,
    pub anpr_legend: &'static str,
    pub anpr_help: &'static str,
    // Openness
    pub open_data_title: &'static str,
    pub datasets_help: &'static str,
    pub share_help: &'static str,
    pub social_title: &'static str,
    pub social_help: &'static str,
    pub social_none: &'static str,
    pub social_inactive: &'static str,
    pub social_active: &'static str,
    // Review
    pub missing_title: &'static str,
    pub missing_none: &'static str,
    pub complete_title: &'static str,
    pub complete_text: &'static str,
    pub incomplete_text: &'static str,
    pub go_results: &'static str,
    pub q_name: &'static str,
    pub q_level: &'static str,
    pub q_spid: &'static str,
    pub q_cie: &'static str,
    pub q_pagopa_active: &'static str,
    pub q_payment: &'static str,
    pub q_anpr: &'static str,
    pub q_social: &'static str,
    // No assessment open
    pub none_title: &'static str,
    pub none_text: &'static str,
    pub create: &'static str,
    pub open_saved: &'static str,
    // Field errors
    pub err_name_required: &'static str,
    pub err_too_long: &'static str,
    pub err_control: &'static str,
    pub err_direction: &'static str,
    pub err_istat: &'static str,
    pub err_whole: &'static str,
    pub err_year: &'static str,
    pub err_negative: &'static str,
    pub err_too_large: &'static str,
    pub err_not_number: &'static str,
    pub err_share: &'static str,
    /// Not a date.
    pub err_date: &'static str,
    // Headings of the service groups
    pub group_citizens: &'static str,
    pub group_school: &'static str,
    pub group_taxes_payments: &'static str,
    pub group_business_building: &'static str,
    // Who uses a service
    pub users_citizens: &'static str,
    pub users_families: &'static str,
    pub users_businesses: &'static str,
    pub users_professionals: &'static str,
}

impl Questionnaire {
    /// The name of a step.
    pub fn step_name(&self, step: Step) -> &'static str {
        match step {
            Step::Comune => self.step_comune,
            Step::Services => self.step_services,
            Step::DigitalPa => self.step_pa,
            Step::Openness => self.step_openness,
            Step::Review => self.step_review,
        }
    }

    /// The introduction of a step.
    pub fn step_intro(&self, step: Step) -> &'static str {
        match step {
            Step::Comune => self.intro_comune,
            Step::Services => self.intro_services,
            Step::DigitalPa => self.intro_pa,
            Step::Openness => self.intro_openness,
            Step::Review => self.intro_review,
        }
    }

    /// The message of a refused value.
    pub fn field_error(&self, e: FieldError) -> &'static str {
        match e {
            FieldError::NameRequired => self.err_name_required,
            FieldError::TooLong => self.err_too_long,
            FieldError::ControlCharacters => self.err_control,
            FieldError::DirectionCharacters => self.err_direction,
            FieldError::IstatDigits => self.err_istat,
            FieldError::NotAWholeNumber => self.err_whole,
            FieldError::YearRange => self.err_year,
            FieldError::Negative => self.err_negative,
            FieldError::TooLarge => self.err_too_large,
            FieldError::NotANumber => self.err_not_number,
            FieldError::ShareRange => self.err_share,
            FieldError::NotADate => self.err_date,
        }
    }

    /// The heading of a group of services.
    pub fn service_group(&self, g: ServiceGroup) -> &'static str {
        match g {
            ServiceGroup::Citizens => self.group_citizens,
            ServiceGroup::School => self.group_school,
            ServiceGroup::TaxesPayments => self.group_taxes_payments,
            ServiceGroup::BusinessBuilding => self.group_business_building,
        }
    }

    /// The name of a group of users of a service.
    pub fn user_group(&self, u: UserGroup) -> &'static str {
        match u {
            UserGroup::Citizens => self.users_citizens,
            UserGroup::Families => self.users_families,
            UserGroup::Businesses => self.users_businesses,
            UserGroup::Professionals => self.users_professionals,
        }
    }

    /// What a dimension in corso waits for, in words: "SPID/CIE per Anagrafe", "3 tipi di pagamento".
    pub fn wait_text(&self, wait: &Wait, lang: Lang) -> String {
        match wait {
            Wait::ServiceLevels => self.wait_levels.to_string(),
            Wait::Access(services) => {
                let first = services
                    .first()
                    .map(|s| s.name.get(lang))
                    .unwrap_or_default();
                let names = match services.len() {
                    0 | 1 => first.to_string(),
                    n => fill(self.wait_and, &[&first, &self.wait_more_services.of(n - 1)]),
                };
                fill(self.wait_access, &[&names])
            }
            Wait::Pagopa => "pagoPA".to_string(),
            Wait::Payments(n) => self.wait_payments.of(*n as usize),
            Wait::Anpr => "ANPR".to_string(),
            Wait::OpenData(n) => self.wait_open_data.of(*n as usize),
            Wait::Social(n) => self.wait_social.of(*n as usize),
        }
    }

    /// "DPA in corso, in attesa di: SPID/CIE per Anagrafe, ANPR".
    pub fn waits_line(&self, code: &str, waits: &[Wait], lang: Lang) -> String {
        let list: Vec<String> = waits.iter().map(|w| self.wait_text(w, lang)).collect();
        fill(self.score_waits, &[&code, &list.join(", ")])
    }

    /// The short name of a social status (`none`, `inactive`, `active`) for the one-row choice of a network.
    pub fn social_status_short(&self, id: &str) -> Option<&'static str> {
        match id {
            "none" => Some(self.social_none),
            "inactive" => Some(self.social_inactive),
            "active" => Some(self.social_active),
            _ => None,
        }
    }

    /// The full name of dimension `index` (0 DPS, 1 DPA, 2 DO).
    pub fn dimension_name(&self, index: usize) -> &'static str {
        match index {
            0 => self.dps_name,
            1 => self.dpa_name,
            _ => self.do_name,
        }
    }
}

/// The questionnaire strings of a language.
pub fn of(lang: Lang) -> &'static Questionnaire {
    match lang {
        Lang::It => &IT,
        Lang::En => &EN,
    }
}

/// Italian.
pub const IT: Questionnaire = Questionnaire {
    title: "Questionario",
    title_of: "Questionario — {}",
    lead: "Ogni risposta è salvata subito in questo browser: puoi interrompere e riprendere quando vuoi, anche un altro giorno.",
    steppers_label: "Sezioni del questionario",
    step_comune: "Il Comune",
    step_services: "Servizi online",
    step_pa: "PA digitale",
    step_openness: "Apertura",
    step_review: "Revisione",
    step_done: "(completata)",
    step_index: "Passo {} di {}",
    intro_comune: "Chi viene valutato: il Comune e l'anno a cui si riferiscono le risposte.",
    intro_services: "Per ciascuno dei 20 servizi, quanto si può fare online oggi sul sito del Comune. Scegli il livello che descrive meglio la situazione: sotto i pulsanti trovi cosa significa e un esempio concreto. «N/A» vuol dire che il servizio non è di competenza del Comune.",
    intro_pa: "L'integrazione con le piattaforme nazionali: i pagamenti con pagoPA e il subentro nell'Anagrafe nazionale (ANPR). SPID e CIE sono chiesti servizio per servizio nella sezione precedente.",
    intro_openness: "I dati aperti pubblicati dal Comune e la sua presenza sui social network.",
    intro_review: "Cosa manca per completare il questionario. Ogni voce porta alla domanda da compilare.",
    progress_label: "Completamento del questionario",
    progress_text: "{} di {} domande completate",
    previous: "Indietro: {}",
    next: "Avanti: {}",
    step_nav_label: "Passo precedente e successivo",
    saved_here: "Le risposte sono salvate automaticamente in questo browser.",
    saved_at: "Ultima modifica salvata: {}.",
    not_kept: "Attenzione: in questo browser le risposte non vengono conservate.",
    announce_saved: "Risposta salvata in questo browser.",
    announce_not_kept: "Risposta registrata, ma non conservata in questo browser.",
    announce_band: "{} ora {}: {}.",
    announce_class: "Classe: {}.",
    announce_class_provisional: "Classe provvisoria: {}.",
    announce_completed: "Questionario completo: tutte le domande hanno una risposta.",
    score_title: "Punteggio provvisorio",
    score_title_final: "Punteggio",
    score_not_yet: "non ancora calcolabile",
    score_total: "Indice Ca.Re",
    score_class: "Classe",
    provisional: "provvisoria",
    score_hint: "L'indice e la classe compaiono quando ogni dimensione ha un valore.",
    score_in_progress: "in corso",
    score_waits: "{} in corso, in attesa di: {}",
    wait_levels: "livelli dei servizi",
    wait_access: "SPID/CIE per {}",
    wait_more_services: Plural {
        one: "un altro servizio",
        other: "altri {} servizi",
    },
    wait_and: "{} e {}",
    wait_payments: Plural {
        one: "{} tipo di pagamento",
        other: "{} tipi di pagamento",
    },
    wait_open_data: Plural {
        one: "{} domanda sugli open data",
        other: "{} domande sugli open data",
    },
    wait_social: Plural {
        one: "{} social network",
        other: "{} social network",
    },
    dps_name: "Servizi pubblici digitali",
    dpa_name: "PA digitale",
    do_name: "Apertura digitale",
    name_label: "Nome del Comune",
    name_help: "Come appare nell'Indice PA, per esempio «Comune di Siena».",
    istat_label: "Codice ISTAT del Comune",
    istat_help: "6 cifre, per esempio 052032 per Siena.",
    year_label: "Anno della valutazione",
    year_help: "L'anno a cui si riferiscono le risposte, da 2000 a 2100.",
    respondent_label: "Chi compila il questionario",
    respondent_help: "Una persona o un ufficio, per ricordarlo tra una sessione e l'altra. Resta solo in questo browser: non fa parte del file delle risposte e non viene esportato né condiviso.",
    optional: "(facoltativo)",
    still_saved: "Resta salvato il valore precedente: «{}».",
    level_legend: "Livello di disponibilità online",
    service_details: "Dettagli",
    service_details_more: ": per chi è e cosa significano i livelli",
    level_title: "Livello {} — {}",
    na_short: "N/A",
    users: "Per: {}.",
    payable: "Prevede un pagamento: al livello 4 si paga anche online.",
    auth_label: "Accesso con:",
    auth_unanswered: "(da indicare)",
    group_count: "{} di {} servizi",
    pagopa_title: "pagoPA",
    pagopa_legend: "Il Comune è attivo su pagoPA?",
    pagopa_help: "pagoPA è la piattaforma nazionale dei pagamenti verso la pubblica amministrazione.",
    yes: "Sì",
    no: "No",
    payments_legend: "Come si riscuote: {}",
    payments_help: "Per ogni tipo di pagamento: se si paga con pagoPA, se il Comune lo riscuote in altro modo (bonifico, sportello, F24) o se non lo riscuote.",
    payments_not_asked: "Il Comune non è attivo su pagoPA: i tipi di pagamento non sono chiesti e non contano nel punteggio. Le risposte già date restano salvate.",
    anpr_title: "ANPR",
    anpr_legend: "Subentro nell'Anagrafe nazionale della popolazione residente (ANPR)",
    anpr_help: "Se l'anagrafe del Comune è già passata ad ANPR, se il passaggio è in corso o non è iniziato.",
    open_data_title: "Open data",
    datasets_help: "Quanti dataset il Comune pubblica come dati aperti: un numero intero, 0 se nessuno.",
    share_help: "Un numero da 0 a 100; si può usare la virgola (per esempio 62,5).",
    social_title: "Social network",
    social_help: "Per ogni canale: se il Comune ha un account ufficiale e se lo ha aggiornato negli ultimi 30 giorni (attivo) o no (non aggiornato).",
    social_none: "Nessun account",
    social_inactive: "Non aggiornato",
    social_active: "Attivo",
    missing_title: "Domande ancora senza risposta: {}",
    missing_none: "Nessuna domanda senza risposta.",
    complete_title: "Questionario completo",
    complete_text: "Tutte le domande hanno una risposta: punteggi e classe sono definitivi.",
    incomplete_text: "Finché mancano risposte, punteggi e classe sono provvisori: le domande senza risposta non contano nel calcolo.",
    go_results: "Vai ai risultati",
    q_name: "Nome del Comune",
    q_level: "{}: livello",
    q_spid: "{}: accesso con SPID",
    q_cie: "{}: accesso con CIE",
    q_pagopa_active: "Attivazione di pagoPA",
    q_payment: "Pagamento: {}",
    q_anpr: "Subentro in ANPR",
    q_social: "Social: {}",
    none_title: "Nessuna valutazione aperta",
    none_text: "Ci sono valutazioni salvate in questo browser. Aprine una o iniziane una nuova.",
    create: "Nuova valutazione",
    open_saved: "Le mie valutazioni",
    err_name_required: "Scrivi il nome del Comune.",
    err_too_long: "Al massimo 120 caratteri.",
    err_control: "Il testo non può contenere a capo o tabulazioni.",
    err_direction: "Il testo contiene un carattere invisibile che cambia la direzione della scrittura (per esempio copiato da un altro documento): cancellalo e riscrivi il testo.",
    err_istat: "Il codice ISTAT è di 6 cifre, per esempio 052032.",
    err_whole: "Scrivi un numero intero, senza punti né virgole.",
    err_year: "L'anno deve essere tra 2000 e 2100.",
    err_negative: "Il numero non può essere negativo.",
    err_too_large: "Il numero è troppo grande.",
    err_not_number: "Scrivi un numero.",
    err_share: "La quota è una percentuale: un numero da 0 a 100.",
    err_date: "Non è una data: scrivila come 15/03/2026 o 2026-03-15 (anni 2000-2100).",
    group_citizens: "Anagrafe e servizi al cittadino",
    group_school: "Scuola",
    group_taxes_payments: "Tributi e pagamenti",
    group_business_building: "Imprese ed edilizia",
    users_citizens: "cittadini",
    users_families: "famiglie",
    users_businesses: "imprese",
    users_professionals: "professionisti",
};

/// English.
pub const EN: Questionnaire = Questionnaire {
    title: "Questionnaire",
    title_of: "Questionnaire — {}",
    lead: "Every answer is saved at once in this browser: you can stop and resume whenever you like, even on another day.",
    steppers_label: "Questionnaire sections",
    step_comune: "The comune",
    step_services: "Online services",
    step_pa: "Digital PA",
    step_openness: "Openness",
    step_review: "Review",
    step_done: "(completed)",
    step_index: "Step {} of {}",
    intro_comune: "Who is assessed: the comune and the year the answers refer to.",
    intro_services: "For each of the 20 services, how much can be done online today on the comune's website. Choose the level that best describes it: below the buttons you find what it means and a concrete example. “N/A” means the service is not the comune's competence.",
    intro_pa: "Integration with the national platforms: payments with pagoPA and the migration to the national registry (ANPR). SPID and CIE are asked service by service in the previous section.",
    intro_openness: "The open data published by the comune and its presence on social networks.",
    intro_review: "What is left to complete the questionnaire. Each item takes you to its question.",
    progress_label: "Questionnaire completion",
    progress_text: "{} of {} questions done",
    previous: "Back: {}",
    next: "Next: {}",
    step_nav_label: "Previous and next step",
    saved_here: "Answers are saved automatically in this browser.",
    saved_at: "Last change saved: {}.",
    not_kept: "Warning: this browser does not keep the answers.",
    announce_saved: "Answer saved in this browser.",
    announce_not_kept: "Answer recorded, but not kept in this browser.",
    announce_band: "{} now {}: {}.",
    announce_class: "Class: {}.",
    announce_class_provisional: "Provisional class: {}.",
    announce_completed: "Questionnaire complete: every question has an answer.",
    score_title: "Provisional score",
    score_title_final: "Score",
    score_not_yet: "not computable yet",
    score_total: "Ca.Re index",
    score_class: "Class",
    provisional: "provisional",
    score_hint: "The index and the class appear when every dimension has a value.",
    score_in_progress: "in progress",
    score_waits: "{} in progress, waiting for: {}",
    wait_levels: "the service levels",
    wait_access: "SPID/CIE for {}",
    wait_more_services: Plural {
        one: "one more service",
        other: "{} more services",
    },
    wait_and: "{} and {}",
    wait_payments: Plural {
        one: "{} payment type",
        other: "{} payment types",
    },
    wait_open_data: Plural {
        one: "{} open-data question",
        other: "{} open-data questions",
    },
    wait_social: Plural {
        one: "{} social network",
        other: "{} social networks",
    },
    dps_name: "Digital public services",
    dpa_name: "Digital PA",
    do_name: "Digital openness",
    name_label: "Name of the comune",
    name_help: "As it appears in the Indice PA, for example “Comune di Siena”.",
    istat_label: "ISTAT code of the comune",
    istat_help: "6 digits, for example 052032 for Siena.",
    year_label: "Year of the assessment",
    year_help: "The year the answers refer to, from 2000 to 2100.",
    respondent_label: "Who fills in the questionnaire",
    respondent_help: "A person or an office, to remember it between sessions. It stays in this browser only: it is not part of the answers file and is never exported or shared.",
    optional: "(optional)",
    still_saved: "The previous value stays saved: “{}”.",
    level_legend: "Level of online availability",
    service_details: "Details",
    service_details_more: ": who it is for and what the levels mean",
    level_title: "Level {} — {}",
    na_short: "N/A",
    users: "For: {}.",
    payable: "Involves a payment: at level 4 it can also be paid online.",
    auth_label: "Access with:",
    auth_unanswered: "(to be stated)",
    group_count: "{} of {} services",
    pagopa_title: "pagoPA",
    pagopa_legend: "Is the comune active on pagoPA?",
    pagopa_help: "pagoPA is the national platform for payments to the public administration.",
    yes: "Yes",
    no: "No",
    payments_legend: "How it is collected: {}",
    payments_help: "For each payment type: whether it is paid through pagoPA, collected by the comune in another way (bank transfer, counter, F24), or not collected by the comune.",
    payments_not_asked: "The comune is not active on pagoPA: payment types are not asked and do not count in the score. Answers already given stay saved.",
    anpr_title: "ANPR",
    anpr_legend: "Migration to the national resident population registry (ANPR)",
    anpr_help: "Whether the comune's registry has already moved to ANPR, is moving, or has not started.",
    open_data_title: "Open data",
    datasets_help: "How many datasets the comune publishes as open data: a whole number, 0 if none.",
    share_help: "A number from 0 to 100; decimals are allowed (for example 62.5).",
    social_title: "Social networks",
    social_help: "For each channel: whether the comune has an official account and whether it was updated in the last 30 days (active) or not (not updated).",
    social_none: "No account",
    social_inactive: "Not updated",
    social_active: "Active",
    missing_title: "Questions still without an answer: {}",
    missing_none: "No question is left without an answer.",
    complete_title: "Questionnaire complete",
    complete_text: "Every question has an answer: scores and class are final.",
    incomplete_text: "While answers are missing, scores and class are provisional: unanswered questions do not count.",
    go_results: "Go to the results",
    q_name: "Name of the comune",
    q_level: "{}: level",
    q_spid: "{}: access with SPID",
    q_cie: "{}: access with CIE",
    q_pagopa_active: "Activation of pagoPA",
    q_payment: "Payment: {}",
    q_anpr: "Migration to ANPR",
    q_social: "Social: {}",
    none_title: "No assessment open",
    none_text: "There are assessments saved in this browser. Open one or start a new one.",
    create: "New assessment",
    open_saved: "My assessments",
    err_name_required: "Write the name of the comune.",
    err_too_long: "At most 120 characters.",
    err_control: "The text cannot contain line breaks or tabs.",
    err_direction: "The text contains an invisible character that changes the writing direction (copied from another document, for example): delete it and type the text again.",
    err_istat: "The ISTAT code has 6 digits, for example 052032.",
    err_whole: "Write a whole number, without dots or commas.",
    err_year: "The year must be between 2000 and 2100.",
    err_negative: "The number cannot be negative.",
    err_too_large: "The number is too large.",
    err_not_number: "Write a number.",
    err_share: "The share is a percentage: a number from 0 to 100.",
    err_date: "Not a date: write it as 2026-03-15 or 15/03/2026 (years 2000-2100).",
    group_citizens: "Registry and services to citizens",
    group_school: "School",
    group_taxes_payments: "Taxes and payments",
    group_business_building: "Business and building",
    users_citizens: "citizens",
    users_families: "families",
    users_businesses: "businesses",
    users_professionals: "professionals",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_error_has_a_message_in_both_languages() {
        for &e in FieldError::ALL {
            assert!(!IT.field_error(e).is_empty());
            assert_ne!(IT.field_error(e), EN.field_error(e), "{e:?}");
        }
        for st in Step::ALL {
            assert_ne!(IT.step_name(st), EN.step_name(st));
        }
        for g in ServiceGroup::ALL {
            assert_ne!(IT.service_group(g), EN.service_group(g));
        }
        assert_eq!(IT.user_group(UserGroup::Businesses), "imprese");
    }
}
