//! Strings of the start page (the names of the classes are the edition's: `crate::model`).

/// Start page strings.
#[derive(Debug)]
pub struct Start {
    pub title: &'static str,
    pub lead: &'static str,
    pub dimensions_title: &'static str,
    pub dps_name: &'static str,
    pub dps_desc: &'static str,
    pub dpa_name: &'static str,
    pub dpa_desc: &'static str,
    pub do_name: &'static str,
    pub do_desc: &'static str,
    pub classes_title: &'static str,
    pub classes_intro: &'static str,
    /// The key facts beside the title: what it takes, where the answers stay, what comes out.
    pub facts_title: &'static str,
    pub fact_time_key: &'static str,
    pub fact_time: &'static str,
    pub fact_privacy_key: &'static str,
    pub fact_privacy: &'static str,
    pub fact_result_key: &'static str,
    pub fact_result: &'static str,
    pub fact_files_key: &'static str,
    pub fact_files: &'static str,
    pub begin: &'static str,
    pub resume: &'static str,
}

impl Start {
    /// The three dimensions: code, name and what it measures in plain words.
    pub fn dimensions(&self) -> [(&'static str, &'static str, &'static str); 3] {
        [
            ("DPS", self.dps_name, self.dps_desc),
            ("DPA", self.dpa_name, self.dpa_desc),
            ("DO", self.do_name, self.do_desc),
        ]
    }
}

/// Italian.
pub const IT: Start = Start {
    title: "Quanto è maturo digitalmente il tuo Comune?",
    lead: "Un'autovalutazione secondo il modello Ca.Re dell'indagine FPA sui Comuni capoluogo: servizi online, piattaforme abilitanti e apertura. Ottieni il punteggio, la classe e cosa fare per migliorare.",
    dimensions_title: "Cosa misura: tre dimensioni",
    dps_name: "Servizi pubblici digitali",
    dps_desc: "Quanto sono disponibili online 20 servizi comunali, dall'informazione alla pratica completa.",
    dpa_name: "PA digitale",
    dpa_desc: "L'integrazione con le piattaforme nazionali: SPID, CIE, pagoPA e ANPR.",
    do_name: "Apertura digitale",
    do_desc: "Open data (quanti, in che formati, con che licenza) e comunicazione sui canali social.",
    classes_title: "Tre classi, come una partenza di corsa",
    classes_intro: "Ogni dimensione è bassa, sufficiente o elevata; la loro combinazione colloca il Comune in una classe.",
    facts_title: "In breve",
    fact_time_key: "20-40 minuti",
    fact_time: "per rispondere; puoi interrompere e riprendere quando vuoi.",
    fact_privacy_key: "Le risposte restano nel browser",
    fact_privacy: "non vengono mai inviate a nessuno: nessun account, nessun server.",
    fact_result_key: "Punteggio, classe e passi",
    fact_result: "l'indice Ca.Re, la classe del Comune e cosa fare per migliorare.",
    fact_files_key: "Più valutazioni",
    fact_files: "altri Comuni, altri anni: da esportare, importare e confrontare.",
    begin: "Inizia l'autovalutazione",
    resume: "Riprendi la valutazione di {}",
};

/// English.
pub const EN: Start = Start {
    title: "How digitally mature is your comune?",
    lead: "A self-assessment following the Ca.Re model of the FPA survey of Italy's capoluogo comuni: online services, enabling platforms and openness. Get the score, the class and what to do to improve.",
    dimensions_title: "What it measures: three dimensions",
    dps_name: "Digital public services",
    dps_desc: "How far 20 municipal services are available online, from information to the whole procedure.",
    dpa_name: "Digital PA",
    dpa_desc: "Integration with the national platforms: SPID, CIE, pagoPA and ANPR.",
    do_name: "Digital openness",
    do_desc: "Open data (how many, in which formats, under which licence) and communication on social channels.",
    classes_title: "Three classes, like the start of a race",
    classes_intro: "Each dimension is low, sufficient or high; their combination places the comune in a class.",
    facts_title: "At a glance",
    fact_time_key: "20-40 minutes",
    fact_time: "to answer; you can stop and resume whenever you like.",
    fact_privacy_key: "Your answers stay in the browser",
    fact_privacy: "they are never sent to anyone: no account, no server.",
    fact_result_key: "Score, class and next steps",
    fact_result: "the Ca.Re index, the comune's class and what to do to improve.",
    fact_files_key: "Several assessments",
    fact_files: "other comuni, other years: export, import and compare them.",
    begin: "Start the self-assessment",
    resume: "Resume the assessment of {}",
};
