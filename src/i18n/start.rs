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
    pub how_title: &'static str,
    pub how_time: &'static str,
    pub how_privacy: &'static str,
    pub how_resume: &'static str,
    pub begin: &'static str,
    pub resume: &'static str,
}

/// Italian.
pub const IT: Start = Start {
    title: "Quanto è maturo digitalmente il tuo Comune?",
    lead: "Un'autovalutazione secondo il modello Ca.Re, usato nell'indagine FPA sulla maturità digitale dei Comuni capoluogo: rispondi a domande sui servizi online, sulle piattaforme abilitanti e sull'apertura, e ottieni il punteggio, la classe e cosa fare per migliorare.",
    dimensions_title: "Cosa misura: tre dimensioni",
    dps_name: "Servizi pubblici digitali",
    dps_desc: "Quanto sono disponibili online 20 servizi comunali, dall'informazione alla pratica completa.",
    dpa_name: "PA digitale",
    dpa_desc: "L'integrazione con le piattaforme nazionali: SPID, CIE, pagoPA e ANPR.",
    do_name: "Apertura digitale",
    do_desc: "Open data (quanti, in che formati, con che licenza) e comunicazione sui canali social.",
    classes_title: "Tre classi, come una partenza di corsa",
    classes_intro: "Ogni dimensione è bassa, sufficiente o elevata; la loro combinazione colloca il Comune in una classe.",
    how_title: "Come funziona",
    how_time: "Servono circa 20-40 minuti; puoi interrompere e riprendere quando vuoi.",
    how_privacy: "Le risposte restano in questo browser e non vengono mai inviate a nessuno.",
    how_resume: "Puoi tenere più valutazioni (altri Comuni, altri anni), esportarle e confrontarle.",
    begin: "Inizia l'autovalutazione",
    resume: "Riprendi la valutazione di {}",
};

/// English.
pub const EN: Start = Start {
    title: "How digitally mature is your comune?",
    lead: "A self-assessment following the Ca.Re model, used in the FPA survey of the digital maturity of Italy's capoluogo comuni: answer questions on online services, enabling platforms and openness, and get the score, the class and what to do to improve.",
    dimensions_title: "What it measures: three dimensions",
    dps_name: "Digital public services",
    dps_desc: "How far 20 municipal services are available online, from information to the whole procedure.",
    dpa_name: "Digital PA",
    dpa_desc: "Integration with the national platforms: SPID, CIE, pagoPA and ANPR.",
    do_name: "Digital openness",
    do_desc: "Open data (how many, in which formats, under which licence) and communication on social channels.",
    classes_title: "Three classes, like the start of a race",
    classes_intro: "Each dimension is low, sufficient or high; their combination places the comune in a class.",
    how_title: "How it works",
    how_time: "It takes about 20-40 minutes; you can stop and resume whenever you like.",
    how_privacy: "Your answers stay in this browser and are never sent to anyone.",
    how_resume: "You can keep several assessments (other comuni, other years), export and compare them.",
    begin: "Start the self-assessment",
    resume: "Resume the assessment of {}",
};
