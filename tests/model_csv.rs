//! CSV export: BOM, one row per item, summary rows, quoting and the formula-injection guard.

use care::model::csv::{cell, to_csv};
use care::model::{self, Answers, Lang};

fn example(name: &str) -> Answers {
    let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/examples")
        .join(name);
    model::answers_file::parse(&std::fs::read_to_string(p).unwrap()).unwrap()
}

#[test]
fn rows_and_summary() {
    let a = example("large-city.json");
    let en = to_csv(model::current(), &a, Lang::En);
    assert!(en.starts_with('\u{feff}'));
    let lines: Vec<&str> = en.trim_start_matches('\u{feff}').split("\r\n").collect();
    assert_eq!(lines[0], "section,item id,item,answer,score");
    // Header + 4 comune rows + 20 services + 4 DPA items + 8 DO items + 7 summary rows + trailing "".
    assert_eq!(lines.len(), 1 + 4 + 20 + 4 + 8 + 7 + 1);
    assert!(lines.contains(
        &"DPS,services.imu,IMU property tax: calculation and payment,3 – Online submission,75.0"
    ));
    assert!(lines.contains(&"Summary,dps,Digital Public Services,elevato,93.8"));
    assert!(lines.contains(&"Summary,class,Class,Spinta (eccellente),"));
    assert!(lines.contains(&"Summary,online_services,Online services (level 3 or more),20 of 20,"));
    let it = to_csv(model::current(), &a, Lang::It);
    let lines: Vec<&str> = it.trim_start_matches('\u{feff}').split("\r\n").collect();
    assert_eq!(lines[0], "sezione;voce;descrizione;risposta;punteggio");
    assert!(lines.contains(&"Sintesi;dps;Digital Public Services;elevato;93,8"));
    let partial = to_csv(model::current(), &example("partial.json"), Lang::En);
    assert!(partial.contains("Spinta (differenziato) – provisional"));
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
