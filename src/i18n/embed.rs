//! Strings of the embed mode (`#/embed/<tema>/<vista>/<dati>`: the results card or one chart in another site's
//! iframe), of the "Copia codice di incorporamento" section and of the "Porta fuori i risultati" section of the
//! results page. `{}` placeholders are filled by [`fill`](super::fill) in order.

/// Embed strings.
#[derive(Debug)]
pub struct Embed {
    /// The card's heading: comune, then year.
    pub card_title: &'static str,
    /// The year when the answers have none.
    pub no_year: &'static str,
    /// The source line's link to the full shared view (opens a new tab).
    pub source_link: &'static str,
    /// Told to screen readers after the source link.
    pub new_tab: &'static str,
    /// The heading of the message for an embed address that cannot be shown.
    pub error_title: &'static str,
    /// An unknown theme: the theme found, then the known ones.
    pub unknown_theme: &'static str,
    /// An unknown view: the view found, then the known ones.
    pub unknown_view: &'static str,
    /// The address stops before the payload.
    pub incomplete: &'static str,
    /// The title of the embedding section of the results page.
    pub code_title: &'static str,
    /// What the embedding section is for.
    pub code_intro: &'static str,
    /// The label of the view select.
    pub view_label: &'static str,
    /// The results card, as a view option.
    pub view_card: &'static str,
    /// The label of the theme select.
    pub theme_label: &'static str,
    /// The light theme.
    pub theme_light: &'static str,
    /// The presentation theme.
    pub theme_presentation: &'static str,
    /// The label of the snippet's text area.
    pub snippet_label: &'static str,
    /// The note under the snippet: the answers travel in the address.
    pub snippet_help: &'static str,
    /// The copy button.
    pub copy: &'static str,
    /// After a copy.
    pub copied: &'static str,
    /// When the clipboard is refused: the snippet is selected for Ctrl+C.
    pub copy_manual: &'static str,
    /// The iframe's `title`: comune, then year.
    pub frame_title: &'static str,
    /// The title of the take-out section of the results page.
    pub takeout_title: &'static str,
    /// What the take-out section is for.
    pub takeout_intro: &'static str,
    /// The accessible name of the take-out buttons' group.
    pub takeout_group: &'static str,
}

/// Italian.
pub const IT: Embed = Embed {
    card_title: "Ca.Re — {} {}",
    no_year: "(anno non indicato)",
    source_link: "Fonte: Ca.Re autovalutazione — vedi tutti i risultati",
    new_tab: " (si apre in una nuova scheda)",
    error_title: "Impossibile mostrare i risultati",
    unknown_theme: "Il tema «{}» non esiste: i temi sono {}.",
    unknown_view: "La vista «{}» non esiste: le viste sono {}.",
    incomplete: "L'indirizzo è incompleto: deve essere #/embed/<tema>/<vista>/<dati>. Copia di nuovo il codice di incorporamento dalla pagina dei risultati.",
    code_title: "Incorpora in una pagina o in una presentazione",
    code_intro: "Scegli cosa mostrare e copia il codice: incollato in una pagina web, mostra la scheda o il grafico sempre aggiornato a queste risposte, e si adatta in altezza.",
    view_label: "Cosa mostrare",
    view_card: "Scheda dei risultati",
    theme_label: "Tema",
    theme_light: "Chiaro",
    theme_presentation: "Presentazione (caratteri grandi, per proiettore)",
    snippet_label: "Codice di incorporamento (HTML)",
    snippet_help: "Le risposte sono nell'indirizzo del riquadro (dopo #): chi vede la pagina può leggerle. Il server che ospita l'app deve permettere l'incorporamento (frame-ancestors).",
    copy: "Copia codice di incorporamento",
    copied: "Codice copiato negli appunti.",
    copy_manual: "Il browser non permette di copiare: il codice è selezionato, premi Ctrl+C (⌘+C su Mac).",
    frame_title: "Ca.Re — {} {}",
    takeout_title: "Porta fuori i risultati",
    takeout_intro: "Scarica le risposte (JSON) o i punteggi (CSV), oppure copia un link che mostra questi risultati a chi lo apre.",
    takeout_group: "Porta fuori i risultati",
};

/// English.
pub const EN: Embed = Embed {
    card_title: "Ca.Re — {} {}",
    no_year: "(year not given)",
    source_link: "Source: Ca.Re self-assessment — see the full results",
    new_tab: " (opens in a new tab)",
    error_title: "The results cannot be shown",
    unknown_theme: "There is no theme “{}”: the themes are {}.",
    unknown_view: "There is no view “{}”: the views are {}.",
    incomplete: "The address is incomplete: it must be #/embed/<theme>/<view>/<data>. Copy the embed code again from the results page.",
    code_title: "Embed in a web page or a presentation",
    code_intro: "Choose what to show and copy the code: pasted into a web page, it shows the card or the chart of these answers, and fits its height.",
    view_label: "What to show",
    view_card: "Results card",
    theme_label: "Theme",
    theme_light: "Light",
    theme_presentation: "Presentation (large type, for a projector)",
    snippet_label: "Embed code (HTML)",
    snippet_help: "The answers are in the frame's address (after #): whoever sees the page can read them. The server hosting the app must allow embedding (frame-ancestors).",
    copy: "Copy embed code",
    copied: "Code copied to the clipboard.",
    copy_manual: "The browser does not allow copying: the code is selected, press Ctrl+C (⌘+C on a Mac).",
    frame_title: "Ca.Re — {} {}",
    takeout_title: "Take the results out",
    takeout_intro: "Download the answers (JSON) or the scores (CSV), or copy a link that shows these results to whoever opens it.",
    takeout_group: "Take the results out",
};
