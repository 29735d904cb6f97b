//! CSV export: BOM, one row per item, summary rows, quoting and the formula-injection guard.

mod examples_support;

use examples_support::example;

use care::model::{self, Answers, Lang};
use care::report::csv::{cell, digits_as_text, to_csv};

#[test]
fn rows_and_summary() {
    let a = example("large-city.json");
    let en = to_csv(model::current(), &a, Lang::En);
    assert!(en.starts_with('\u{feff}'));
    let lines: Vec<&str> = en.trim_start_matches('\u{feff}').split("\r\n").collect();
    assert_eq!(lines[0], "section,item id,item,answer,score");
    // Header + 4 comune rows + 20 services + 4 DPA items + 8 DO items + 9 summary rows + trailing "".
    assert_eq!(lines.len(), 1 + 4 + 20 + 4 + 8 + 9 + 1);
    assert!(lines.contains(
        &"DPS,services.imu,IMU property tax: calculation and payment,3 – Online submission,75.0"
    ));
    assert!(
        lines.contains(&"Summary,dps,Digital Public Services,elevato,93.8"),
        "{en}"
    );
    assert!(lines.contains(&"Summary,status,Result status,final,"));
    assert!(lines.contains(&"Summary,missing_answers,Missing answers,0,"));
    assert!(lines.contains(&"Summary,class,Class,Spinta (eccellente),"));
    assert!(lines.contains(&"Summary,online_services,Online services (level 3 or more),20 of 20,"));
    let it = to_csv(model::current(), &a, Lang::It);
    let lines: Vec<&str> = it.trim_start_matches('\u{feff}').split("\r\n").collect();
    assert_eq!(lines[0], "sezione;voce;descrizione;risposta;punteggio");
    // The Italian file names the dimensions in Italian.
    for line in [
        "Sintesi;dps;Servizi pubblici digitali;elevato;93,8",
        "Sintesi;dpa;PA digitale;elevato;95,0",
        "Sintesi;do;Apertura digitale;elevato;91,4",
        "Sintesi;care;Indice Ca.Re;93;93,4",
        "Sintesi;status;Stato del risultato;definitivo;",
    ] {
        assert!(lines.contains(&line), "{line} in {it}");
    }
    assert!(!it.contains("Digital"), "{it}");
    let partial = to_csv(model::current(), &example("partial.json"), Lang::En);
    assert!(partial.contains("Spinta (differenziato) – provisional"));
}

#[test]
fn a_provisional_result_says_so_with_the_missing_answers() {
    let partial = example("partial.json");
    let it = to_csv(model::current(), &partial, Lang::It);
    let lines: Vec<&str> = it.trim_start_matches('\u{feff}').split("\r\n").collect();
    assert!(
        lines.contains(&"Sintesi;status;Stato del risultato;provvisorio – risposte mancanti: 31;"),
        "{it}"
    );
    assert!(lines.contains(&"Sintesi;missing_answers;Risposte mancanti;31;"));
    let en = to_csv(model::current(), &partial, Lang::En);
    assert!(en.contains("Summary,status,Result status,provisional – answers missing: 31,\r\n"));
}

#[test]
fn the_istat_code_stays_text_in_a_spreadsheet_and_is_no_formula() {
    let mut a = example("small-comune.json");
    a.comune.istat_code = Some("099002".into());
    for (lang, sep) in [(Lang::It, ';'), (Lang::En, ',')] {
        let out = to_csv(model::current(), &a, lang);
        let row = out
            .split("\r\n")
            .find(|l| l.contains("comune.istat_code"))
            .unwrap();
        let cells: Vec<&str> = row.split(sep).collect();
        // A tab, then the six digits: text for Excel and LibreOffice, leading zero kept, no formula sign.
        assert_eq!(cells[3], "\t099002", "{row:?}");
    }
    assert_eq!(digits_as_text("099002"), "\t099002");
    assert_eq!(cell(&digits_as_text("099002"), ';'), "\t099002");
    // Only digits pass unguarded after a tab: anything else is still refused as a formula.
    assert_eq!(digits_as_text("=1+1"), "=1+1");
    assert!(cell("\t=1+1", ';').starts_with('\''));
    assert!(cell("\t12=1", ';').starts_with('\''));
    assert!(cell("\t", ';').starts_with('\''));
}

#[test]
fn quoting_and_formula_guard() {
    assert_eq!(cell("plain", ','), "plain");
    assert_eq!(cell("a,b", ','), "\"a,b\"");
    assert_eq!(cell("a,b", ';'), "a,b");
    assert_eq!(cell("say \"hi\"", ','), "\"say \"\"hi\"\"\"");
    assert_eq!(cell("two\nlines", ','), "\"two\nlines\"");
    for bad in ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"] {
        assert!(
            cell(bad, ',').trim_start_matches('"').starts_with('\''),
            "{bad:?}"
        );
    }
    assert_eq!(cell("=HYPERLINK(\"x\")", ','), "\"'=HYPERLINK(\"\"x\"\")\"");
    let mut a = Answers::new("=cmd|' /C calc'!A0");
    a.comune.year = Some(2026);
    let out = to_csv(model::current(), &a, Lang::En);
    assert!(
        out.contains("Comune,comune.name,Name,'=cmd|' /C calc'!A0,"),
        "{out}"
    );
}

#[test]
fn counts_take_the_singular_for_one() {
    let one = Answers::new("Comune di Uno").with_level("imu", model::LevelAnswer::Level(1));
    let it = to_csv(model::current(), &one, Lang::It);
    assert!(it.contains(";1 risposta su "), "{it}");
    let scores = model::score(model::current(), &one);
    let missing = scores.progress.total.total - 1;
    assert!(it.contains(&format!("provvisorio – risposte mancanti: {missing};")));
    // The provisional mark of every output follows the one plural rule.
    let mark = care::report::explain::provisional_mark(&scores, Lang::It).unwrap();
    assert_eq!(mark, format!("Provvisorio — {missing} risposte mancanti"));
}

#[test]
fn version_2_answers_add_the_date_the_respondents_and_the_evidence_section() {
    let a = example("small-comune-2027.json");
    let it = to_csv(model::current(), &a, Lang::It);
    let lines: Vec<&str> = it.trim_start_matches('\u{feff}').split("\r\n").collect();
    assert_eq!(
        lines[0],
        "sezione;voce;descrizione;risposta;punteggio;nota;link di verifica"
    );
    assert!(
        lines
            .iter()
            .all(|l| l.is_empty() || l.matches(';').count() >= 6),
        "{it}"
    );
    assert!(
        lines.contains(&"Comune;assessed_on;Data della valutazione;2027-03-12;;;"),
        "{it}"
    );
    assert!(
        lines.contains(
            &"Comune;respondents.digital_pa;Chi ha risposto: PA digitale;Ufficio ragioneria;;;"
        ),
        "{it}"
    );
    assert!(lines.contains(
        &"Evidenze;pagopa.payments.imu;Pagamento: IMU;Con pagoPA;;Avvisi pagoPA dal 2027.;https://checkout.pagopa.it/"
    ), "{it}");
    // A note with a line break is one quoted cell.
    assert!(it.contains("\"Domande dal portale dei servizi scolastici dal 2026/27.\nVerificato dall'ufficio scuola.\""));
    assert_eq!(
        lines.iter().filter(|l| l.starts_with("Evidenze;")).count(),
        9
    );
    // Version-1 answers: five columns, as before.
    let v1 = to_csv(model::current(), &example("small-comune.json"), Lang::It);
    assert!(v1
        .trim_start_matches('\u{feff}')
        .starts_with("sezione;voce;descrizione;risposta;punteggio\r\n"));
    assert!(!v1.contains("Evidenze"));
}
