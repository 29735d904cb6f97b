//! Strings of the accessibility statement (in the spirit of AgID's model statement for law 4/2004).
//!
//! The parts that only the publishing comune can fill in (its name, the feedback contact, the publication date) are
//! placeholders, shown highlighted on the page.

/// Accessibility statement strings.
#[derive(Debug)]
pub struct Accessibility {
    /// Page title.
    pub title: &'static str,
    /// Placeholder for the publishing body's name, shown highlighted before `intro`.
    pub entity_placeholder: &'static str,
    /// The commitment, following the body's name.
    pub intro: &'static str,
    /// Heading: conformance status.
    pub status_title: &'static str,
    /// The status (partially conformant, self-assessed, WCAG 2.1 AA).
    pub status_body: &'static str,
    /// Short label of the status, for the highlighted summary.
    pub status_label: &'static str,
    /// Heading: known limitations.
    pub limits_title: &'static str,
    /// Introduction to the limitations.
    pub limits_intro: &'static str,
    /// Limitation: charts.
    pub limit_charts: &'static str,
    /// Limitation: assistive technologies not tested systematically.
    pub limit_assistive: &'static str,
    /// Limitation: printed report and PDF.
    pub limit_print: &'static str,
    /// Limitation: exported data files.
    pub limit_files: &'static str,
    /// Limitation: JavaScript and WebAssembly needed.
    pub limit_script: &'static str,
    /// Heading: how the statement was prepared.
    pub method_title: &'static str,
    /// Introduction to the checks.
    pub method_intro: &'static str,
    /// Check: automated axe-core tests.
    pub method_axe: &'static str,
    /// Check: keyboard.
    pub method_keyboard: &'static str,
    /// Check: colour contrast.
    pub method_contrast: &'static str,
    /// Check: reflow, zoom, colour not alone.
    pub method_reflow: &'static str,
    /// Who prepared the statement and when; `{}` is the date.
    pub method_date: &'static str,
    /// The statement's date.
    pub date: &'static str,
    /// Heading: feedback and contacts.
    pub feedback_title: &'static str,
    /// How to report a problem.
    pub feedback_body: &'static str,
    /// Title of the box to be filled in by the publishing comune.
    pub feedback_placeholder_title: &'static str,
    /// What to write in that box.
    pub feedback_placeholder: &'static str,
    /// The enforcement procedure (AgID's digital ombudsman).
    pub feedback_enforcement: &'static str,
    /// Heading: about the application.
    pub info_title: &'static str,
    /// Label: publication date.
    pub info_published: &'static str,
    /// Placeholder of the publication date.
    pub info_published_placeholder: &'static str,
    /// Label: technologies.
    pub info_tech: &'static str,
    /// The technologies.
    pub info_tech_value: &'static str,
    /// Label: privacy and third parties.
    pub info_privacy: &'static str,
    /// No third party, answers in the browser.
    pub info_privacy_value: &'static str,
}

/// Italian.
pub const IT: Accessibility = Accessibility {
    title: "Dichiarazione di accessibilità",
    entity_placeholder: "[Nome dell'ente che pubblica l'applicazione: da compilare]",
    intro: " si impegna a rendere accessibile questa applicazione, conformemente alla legge 9 gennaio 2004, n. 4. La dichiarazione si applica all'applicazione web «Ca.Re autovalutazione» pubblicata a questo indirizzo.",
    status_title: "Stato di conformità",
    status_label: "Parzialmente conforme",
    status_body: "L'applicazione è parzialmente conforme ai requisiti delle Linee guida AgID sull'accessibilità degli strumenti informatici, che per il web rimandano alle WCAG 2.1 livello AA (norma UNI CEI EN 301549), per le limitazioni elencate sotto. La conformità è autovalutata dal gruppo di sviluppo: nessuna verifica è stata svolta da terzi.",
    limits_title: "Limitazioni note",
    limits_intro: "Questi contenuti o aspetti non sono, o non sono ancora stati verificati come, pienamente accessibili:",
    limit_charts: "I grafici dei risultati sono immagini disegnate: ognuno ha una descrizione testuale e una tabella con gli stessi dati, ma il grafico in sé non si esplora con la tastiera o con un lettore di schermo.",
    limit_assistive: "L'applicazione non è ancora stata provata in modo sistematico con lettori di schermo (NVDA, JAWS, VoiceOver, TalkBack) né con software di ingrandimento o di controllo vocale.",
    limit_print: "Il rapporto stampato o salvato in PDF dal browser non è un PDF accessibile con marcatura (tag): per un documento accessibile usa la pagina dei risultati.",
    limit_files: "I file esportati (risposte in JSON, dati in CSV) sono dati per altri programmi, non documenti da leggere.",
    limit_script: "L'applicazione richiede JavaScript e WebAssembly: senza, mostra solo un messaggio che lo spiega.",
    method_title: "Redazione della dichiarazione",
    method_intro: "La conformità è stata verificata così:",
    method_axe: "test automatici con axe-core (regole WCAG 2.1 A e AA) sulle pagine dell'applicazione, a 1280 e a 360 pixel di larghezza, in Chromium, eseguiti a ogni modifica del codice;",
    method_keyboard: "prove con la sola tastiera: ordine del fuoco, fuoco sempre visibile, collegamento «Vai al contenuto principale», nessuna trappola per il fuoco;",
    method_contrast: "contrasto calcolato per ogni coppia di colori usata: almeno 4,5:1 per il testo e 3:1 per i componenti dell'interfaccia;",
    method_reflow: "nessuno scorrimento orizzontale a 320 pixel di larghezza; classi e livelli non sono mai indicati dal solo colore.",
    method_date: "Dichiarazione redatta il {} sulla base di un'autovalutazione del gruppo di sviluppo e riesaminata a ogni nuova versione dell'applicazione.",
    date: "23 novembre 2026",
    feedback_title: "Feedback e recapiti",
    feedback_body: "Per segnalare un problema di accessibilità, o per chiedere in forma accessibile un contenuto che non lo è, scrivi al recapito qui sotto.",
    feedback_placeholder_title: "Da compilare a cura del Comune che pubblica l'applicazione",
    feedback_placeholder: "[Da compilare: indirizzo email o modulo di contatto del responsabile dell'accessibilità dell'ente]",
    feedback_enforcement: "Se non ricevi risposta entro 30 giorni, o la risposta non è soddisfacente, puoi rivolgerti al Difensore civico per il digitale presso l'Agenzia per l'Italia Digitale (AgID).",
    info_title: "Informazioni sull'applicazione",
    info_published: "Data di pubblicazione",
    info_published_placeholder: "[da compilare a cura dell'ente]",
    info_tech: "Tecnologie usate",
    info_tech_value: "HTML, CSS, WAI-ARIA, WebAssembly e JavaScript.",
    info_privacy: "Dati e terze parti",
    info_privacy_value: "Le risposte restano nel browser; l'applicazione non carica nulla da altri siti e funziona anche senza rete, una volta aperta.",
};

/// English.
pub const EN: Accessibility = Accessibility {
    title: "Accessibility statement",
    entity_placeholder: "[Name of the body publishing the application: to be filled in]",
    intro: " is committed to making this application accessible, in accordance with Italian law no. 4 of 9 January 2004. This statement applies to the web application “Ca.Re self-assessment” published at this address.",
    status_title: "Compliance status",
    status_label: "Partially compliant",
    status_body: "The application is partially compliant with the requirements of AgID's guidelines on the accessibility of IT tools, which for the web refer to WCAG 2.1 level AA (standard EN 301 549), because of the limitations listed below. Compliance is self-assessed by the development team: no third party has audited it.",
    limits_title: "Known limitations",
    limits_intro: "These contents or aspects are not, or have not yet been verified to be, fully accessible:",
    limit_charts: "The result charts are drawn images: each has a text description and a table with the same data, but the chart itself cannot be explored with a keyboard or a screen reader.",
    limit_assistive: "The application has not yet been tested systematically with screen readers (NVDA, JAWS, VoiceOver, TalkBack), screen magnifiers or voice control.",
    limit_print: "The report printed or saved as PDF by the browser is not a tagged, accessible PDF: for an accessible document use the results page.",
    limit_files: "Exported files (answers in JSON, data in CSV) are data for other programs, not documents to read.",
    limit_script: "The application needs JavaScript and WebAssembly: without them it only shows a message saying so.",
    method_title: "Preparation of this statement",
    method_intro: "Compliance was checked as follows:",
    method_axe: "automated tests with axe-core (WCAG 2.1 A and AA rules) on the application's pages, at 1280 and 360 pixels wide, in Chromium, run on every change of the code;",
    method_keyboard: "keyboard-only checks: focus order, focus always visible, the “Skip to main content” link, no keyboard trap;",
    method_contrast: "contrast computed for every pair of colours used: at least 4.5:1 for text and 3:1 for interface components;",
    method_reflow: "no horizontal scrolling at 320 pixels wide; classes and levels are never conveyed by colour alone.",
    method_date: "Statement prepared on {} from a self-assessment by the development team, and reviewed with every new version of the application.",
    date: "23 November 2026",
    feedback_title: "Feedback and contact",
    feedback_body: "To report an accessibility problem, or to ask for inaccessible content in an accessible form, write to the contact below.",
    feedback_placeholder_title: "To be filled in by the comune publishing the application",
    feedback_placeholder: "[To be filled in: email address or contact form of the body's accessibility officer]",
    feedback_enforcement: "If you get no answer within 30 days, or the answer is not satisfactory, you can turn to the Digital Ombudsman (Difensore civico per il digitale) at the Agency for Digital Italy (AgID).",
    info_title: "About the application",
    info_published: "Publication date",
    info_published_placeholder: "[to be filled in by the body]",
    info_tech: "Technologies used",
    info_tech_value: "HTML, CSS, WAI-ARIA, WebAssembly and JavaScript.",
    info_privacy: "Data and third parties",
    info_privacy_value: "Answers stay in the browser; the application loads nothing from other sites and, once opened, also works without a network.",
};
