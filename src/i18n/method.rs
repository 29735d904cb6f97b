//! Strings of the method page ("Come calcoliamo"), also used by the report's section on the method's
//! assumptions.

use crate::model::Tag;

/// Method page strings.
#[derive(Debug)]
pub struct Method {
    pub title: &'static str,
    pub lead: &'static str,
    pub independent: &'static str,
    pub legend_title: &'static str,
    pub tag_sourced: &'static str,
    pub tag_inferred: &'static str,
    pub tag_assumption: &'static str,
    pub tag_sourced_desc: &'static str,
    pub tag_inferred_desc: &'static str,
    pub tag_assumption_desc: &'static str,
    pub counts: &'static str,
    pub rules_title: &'static str,
    pub params_title: &'static str,
    pub params_intro: &'static str,
    pub items_title: &'static str,
    pub bands_title: &'static str,
    pub services_title: &'static str,
    pub services_intro: &'static str,
    pub levels_title: &'static str,
    pub published_title: &'static str,
    pub published_intro: &'static str,
    pub plan_title: &'static str,
    pub plan_text: &'static str,
    pub th_param: &'static str,
    pub th_value: &'static str,
    pub th_provenance: &'static str,
    pub th_source: &'static str,
    pub th_rule: &'static str,
    pub th_name: &'static str,
    pub th_how: &'static str,
    pub th_meaning: &'static str,
    pub th_sources: &'static str,
    pub th_users: &'static str,
    pub later_note: &'static str,
    /// The list of the page's sections.
    pub toc_title: &'static str,
    /// Before the tags of the numbers a row's text states.
    pub numbers_label: &'static str,
    /// The link to the levels' table in [`Method::services_intro`].
    pub levels_link: &'static str,
}

impl Method {
    /// The name of a provenance tag ("da fonte", "dedotto", "nostra ipotesi").
    pub fn tag_name(&self, t: Tag) -> &'static str {
        match t {
            Tag::Sourced => self.tag_sourced,
            Tag::Inferred => self.tag_inferred,
            Tag::Assumption => self.tag_assumption,
        }
    }
}

/// Italian.
pub const IT: Method = Method {
    title: "Come calcoliamo",
    lead: "Il punteggio segue il modello dell'indagine FPA sulla maturità digitale dei Comuni capoluogo ({}). Il metodo ufficiale non è pubblicato per intero: qui ogni regola e ogni numero dice da dove viene, così si vede cosa è ufficiale e cosa è una lettura di questo strumento.",
    independent: "Strumento indipendente: non è il calcolo ufficiale di FPA o Dedagroup.",
    legend_title: "Da dove viene ogni scelta",
    tag_sourced: "da fonte",
    tag_inferred: "dedotto",
    tag_assumption: "nostra ipotesi",
    tag_sourced_desc: "detto da una fonte pubblica (l'indagine FPA, la metodologia DESI, la scala ISTAT).",
    tag_inferred_desc: "dedotto dai punteggi pubblicati, con cui è coerente.",
    tag_assumption_desc: "scelto da questo strumento dove le fonti tacciono.",
    counts: "{} parametri numerici: {} da fonte, {} dedotti, {} nostre ipotesi.",
    rules_title: "Le regole",
    params_title: "I parametri numerici",
    params_intro: "Ogni numero del calcolo, con il suo valore e la sua provenienza.",
    items_title: "Le dimensioni e le loro voci",
    bands_title: "Fasce, classi e sottoclassi",
    services_title: "I servizi della dimensione DPS",
    services_intro: "Ogni servizio si valuta sulla scala dei {}; i servizi non di competenza non contano.",
    levels_title: "I livelli di disponibilità online",
    published_title: "I casi pubblicati",
    published_intro: "I punteggi pubblicati con questo modello (indagini 2020 e 2021), riportati dalla stampa, servono a verificare il calcolo e al confronto nei risultati.",
    plan_title: "Come scegliamo cosa fare dopo",
    plan_text: "Un passo è un gradino su una sola risposta già data: un livello in più per un servizio (arrivando al livello 3 con accesso SPID e CIE), l'accesso SPID o CIE a un servizio online, l'adesione a pagoPA, un tipo di pagamento riscosso con pagoPA, un passo avanti in ANPR, più dataset (10, 25, 50, 100, 200), una quota di formati aperti più alta di 25 punti, una licenza migliore, DCAT-AP_IT o API, un canale social attivo. Proviamo tutte le combinazioni di uno e due passi; se non bastano, alziamo una dimensione alla volta con il passo che rende di più e togliamo poi ogni passo superfluo. Le risposte mancanti e i servizi non di competenza non si toccano.",
    th_param: "Parametro",
    th_value: "Valore",
    th_provenance: "Provenienza",
    th_source: "Fonte o motivo",
    th_rule: "Regola",
    th_name: "Nome",
    th_how: "Come si calcola",
    th_meaning: "Significato",
    th_sources: "Fonti",
    th_users: "Per chi",
    toc_title: "In questa pagina",
    numbers_label: "numeri:",
    levels_link: "livelli di disponibilità online",
    later_note: "Le edizioni dal 2022 usano un altro modello (App IO, quattro classi, 27 servizi): i loro punteggi non sono confrontabili e non compaiono nei grafici.",
};

/// English.
pub const EN: Method = Method {
    title: "How we compute",
    lead: "The score follows the model of the FPA survey of the digital maturity of Italy's capoluogo comuni ({}). The official method was never published in full: here every rule and every number says where it comes from, so you can see what is official and what is this tool's reading.",
    independent: "An independent tool: this is not FPA's or Dedagroup's official computation.",
    legend_title: "Where each choice comes from",
    tag_sourced: "sourced",
    tag_inferred: "inferred",
    tag_assumption: "assumption",
    tag_sourced_desc: "stated by a public source (the FPA survey, the DESI methodology, the ISTAT scale).",
    tag_inferred_desc: "inferred from the published scores, which it agrees with.",
    tag_assumption_desc: "chosen by this tool where the sources are silent.",
    counts: "{} numeric parameters: {} sourced, {} inferred, {} our assumptions.",
    rules_title: "The rules",
    params_title: "The numeric parameters",
    params_intro: "Every number of the computation, with its value and where it comes from.",
    items_title: "The dimensions and their items",
    bands_title: "Bands, classes and sub-labels",
    services_title: "The services of the DPS dimension",
    services_intro: "Each service is rated on the scale of the {}; services that are not the comune's competence do not count.",
    levels_title: "The levels of online availability",
    published_title: "The published cases",
    published_intro: "The scores published with this model (2020 and 2021 surveys), as reported by the press, check the computation and feed the comparison in the results.",
    plan_title: "How we choose what to do next",
    plan_text: "A step is one notch on a single answer already given: one level up for a service (reaching level 3 with SPID and CIE access), SPID or CIE access to an online service, joining pagoPA, a payment type collected through pagoPA, one step on ANPR, more datasets (10, 25, 50, 100, 200), a share of open formats 25 points higher, a better licence, DCAT-AP_IT or API, an active social channel. We try every combination of one and two steps; when they are not enough, we raise one dimension at a time by the step that gains most, then drop every step that is not needed. Missing answers and services that are not the comune's competence are never touched.",
    th_param: "Parameter",
    th_value: "Value",
    th_provenance: "Provenance",
    th_source: "Source or reason",
    th_rule: "Rule",
    th_name: "Name",
    th_how: "How it is computed",
    th_meaning: "Meaning",
    th_sources: "Sources",
    th_users: "For whom",
    toc_title: "On this page",
    numbers_label: "numbers:",
    levels_link: "levels of online availability",
    later_note: "The editions from 2022 use another model (App IO, four classes, 27 services): their scores are not comparable and are left out of the charts.",
};
