//! `care report FILE --out DIR`: every chart written as SVG and PNG (1600 x 900) with names that say what they
//! are, a self-contained `report.html` (no script, no external resource, free text escaped), clear errors and
//! non-zero exit statuses on bad input.

mod cli_support;
mod examples_support;

use std::path::Path;

use cli_support::{care_text, scratch_dir};
use examples_support::{example_path, example_text};

const CHARTS: [&str; 6] = [
    "subindici",
    "radar",
    "servizi",
    "indice",
    "confronto",
    "distribuzione",
];

/// `care report FILE --out DIR` and `more` arguments.
fn report(file: &Path, out: &Path, more: &[&str]) -> (i32, String, String) {
    let mut args = vec![
        "report",
        file.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ];
    args.extend(more);
    care_text(&args)
}

fn png_size(bytes: &[u8]) -> (u32, u32) {
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n", "a PNG signature");
    assert_eq!(&bytes[12..16], b"IHDR");
    let w = u32::from_be_bytes(bytes[16..20].try_into().unwrap());
    let h = u32::from_be_bytes(bytes[20..24].try_into().unwrap());
    (w, h)
}

#[test]
fn writes_every_chart_and_a_self_contained_report() {
    let dir = scratch_dir("small");
    let file = example_path("small-comune.json");
    let (code, stdout, stderr) = report(&file, &dir, &["--date", "2026-05-12"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("13 file"), "{stdout}");
    for chart in CHARTS {
        let stem = format!("care-comune-di-borgomonte-esempio-2026-{chart}");
        let svg = std::fs::read_to_string(dir.join(format!("{stem}.svg"))).unwrap();
        assert!(svg.starts_with("<svg") && svg.trim_end().ends_with("</svg>"));
        assert!(svg.contains("Comune di Borgomonte (esempio) · 12/05/2026 · modello care-2021"));
        let png = std::fs::read(dir.join(format!("{stem}.png"))).unwrap();
        assert_eq!(png_size(&png), (1600, 900), "{chart}: 16:9 at 2x");
    }
    let html = std::fs::read_to_string(dir.join("report.html")).unwrap();
    assert!(html.starts_with("<!doctype html>") && html.contains("<html lang=\"it\">"));
    let lower = html.to_lowercase();
    assert!(!lower.contains("http"), "no address of any kind");
    assert!(!lower.contains("<script"), "no script");
    assert!(!lower.contains("<link"), "no linked resource");
    // The only CSS resources are the two faces of the app's font, inline.
    assert_eq!(lower.matches("url(").count(), 2, "two font faces");
    assert_eq!(
        lower.matches("url(data:font/woff2;base64,").count(),
        2,
        "the font is carried inline"
    );
    assert!(html.contains("font-family:\"Titillium Web\";font-style:normal;font-weight:400;"));
    // Printed: the running header (comune and the assessment's date) and page numbers in the margin boxes.
    assert!(
        html.contains("--care-running-header:\"Comune di Borgomonte (esempio) · 12/05/2026\";"),
        "{}",
        &html[..2000.min(html.len())]
    );
    assert!(html.contains("--care-page:\"Pagina \";--care-page-of:\" di \";"));
    assert!(html.contains("@top-center{content:var(--care-running-header)"));
    assert!(html.contains("counter(page) var(--care-page-of) counter(pages)"));
    assert!(html.contains("Data della valutazione:</strong> 12/05/2026"));
    assert!(!lower.contains("src="), "no embedded resource");
    // The scores, the class and why, charts inline, the answers, the plan and the method's assumptions.
    assert!(html.contains("<span class=\"score-number\">50</span>"));
    assert!(html.contains("class-badge class-stacco"));
    assert!(html.contains("DO è basso (36,8: sotto 40)"), "the why");
    assert_eq!(html.matches("<svg").count(), 6, "six inline charts");
    assert_eq!(html.matches("role=\"img\"").count(), 6);
    assert!(html.contains("Certificati anagrafici e di stato civile"));
    assert!(html.contains("Cosa fare dopo") && html.contains("PNRR 1.4.4"));
    assert!(html.contains("Le ipotesi del metodo") && html.contains("tag-assumption"));
    assert!(
        !html.contains("class=\"tag-sourced\""),
        "only the assumptions and inferences"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_report_is_in_english_on_request_and_escapes_free_text() {
    let dir = scratch_dir("escape");
    std::fs::create_dir_all(&dir).unwrap();
    let text = example_text("partial.json");
    let text = text.replace(
        "\"name\": \"",
        "\"name\": \"<script>alert(1)</script> & <b>Co</b> ",
    );
    let input = dir.join("in.json");
    std::fs::write(&input, text).unwrap();
    let out = dir.join("out");
    let (code, stdout, stderr) = report(&input, &out, &["--lang", "en", "--date=2026-01-31"]);
    assert_eq!(code, 0, "{stderr}");
    let html = std::fs::read_to_string(out.join("report.html")).unwrap();
    assert!(html.contains("<html lang=\"en\">"));
    assert!(!html.contains("<script>") && !html.contains("<b>Co"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;Co&lt;/b&gt;"));
    assert!(html.contains("Provisional") || html.contains("provisional"));
    // Provisional on the cover, in the running header of every printed page and in the command's output.
    assert!(html.contains(" · 2026-01-31 · Provisional — 31 answers missing\";"));
    assert!(
        stdout.contains("Provvisorio — 31 risposte mancanti / Provisional — 31 answers missing\n"),
        "{stdout}"
    );
    assert!(html.contains("The class and why"));
    let names: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        names.iter().all(|n| n == "report.html"
            || (n.starts_with("care-script-alert-1-script-b-co-b-") && !n.contains('<'))),
        "{names:?}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn without_a_date_or_a_year_nothing_is_dated_with_today() {
    let dir = scratch_dir("undated");
    let (code, stdout, stderr) = report(&example_path("partial.json"), &dir, &[]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stdout.contains("Provvisorio — 31 risposte mancanti"),
        "{stdout}"
    );
    for chart in CHARTS {
        let stem = format!("care-comune-di-collefiorito-esempio-{chart}");
        let svg = std::fs::read_to_string(dir.join(format!("{stem}.svg"))).unwrap();
        assert!(
            svg.contains("Comune di Collefiorito (esempio) · modello care-2021"),
            "no date in the footer"
        );
    }
    let html = std::fs::read_to_string(dir.join("report.html")).unwrap();
    assert!(html.contains("Data della valutazione:</strong> non indicata"));
    assert!(html.contains(
        "--care-running-header:\"Comune di Collefiorito (esempio) · Provvisorio — 31 risposte mancanti\";"
    ));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn bad_input_is_refused_with_a_message_and_a_non_zero_status() {
    let dir = scratch_dir("bad");
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.json");
    std::fs::write(
        &bad,
        r#"{"format":"care-answers","version":1,"model":"care-2021","comune":{"name":"X"},"services":{"imu":{"level":7}}}"#,
    )
    .unwrap();
    let out = dir.join("out");
    let (code, _, stderr) = report(&bad, &out, &[]);
    assert_eq!(code, 2);
    assert!(stderr.contains("services.imu.level"), "{stderr}");
    assert!(!out.exists(), "nothing written for a bad file");

    let (code, _, stderr) = care_text(&["report", example_path("partial.json").to_str().unwrap()]);
    assert_eq!(code, 2, "--out is required");
    assert!(stderr.contains("--out"), "{stderr}");

    let (code, _, stderr) = report(Path::new("missing-file.json"), &out, &[]);
    assert_eq!(code, 2);
    assert!(stderr.contains("missing-file.json"), "{stderr}");

    for (flag, value) in [("--lang", "fr"), ("--date", "31/01/2026")] {
        let (code, _, stderr) = report(&example_path("partial.json"), &out, &[flag, value]);
        assert_eq!(code, 2);
        assert!(stderr.contains(value), "{stderr}");
    }

    // The output folder is a file: a write error, status 1.
    let file_as_dir = dir.join("a-file");
    std::fs::write(&file_as_dir, "x").unwrap();
    let (code, _, stderr) = report(&example_path("partial.json"), &file_as_dir, &[]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("a-file"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_help_lists_the_report_command() {
    let (code, stdout, _) = care_text(&["--help"]);
    assert_eq!(code, 0);
    assert!(stdout.contains("care report FILE --out DIR"));
}

#[test]
fn a_version_2_file_has_the_evidence_annex_with_safe_links() {
    let dir = scratch_dir("evidence");
    let file = example_path("small-comune-2027.json");
    let (code, _, stderr) = report(&file, &dir, &[]);
    assert_eq!(code, 0, "{stderr}");
    let html = std::fs::read_to_string(dir.join("report.html")).unwrap();
    let annex = &html[html.find("id=\"report-evidence\"").expect("the annex")..];
    assert!(
        annex.starts_with("id=\"report-evidence\">Evidenze</h2>"),
        "{annex:.80}"
    );
    assert!(annex.contains("Evidenze · PA digitale — Ufficio ragioneria"));
    assert!(annex.contains(
        "<a class=\"evidence-link\" href=\"https://checkout.pagopa.it/\" target=\"_blank\" rel=\"noopener noreferrer\">checkout.pagopa.it<span class=\"visually-hidden\"> (si apre in una nuova scheda)</span></a>"
    ));
    assert!(annex.contains("Avvisi pagoPA dal 2027."));
    // Every link of the annex opens apart from the report, and none is a script.
    assert_eq!(
        annex.matches("<a ").count(),
        annex.matches("rel=\"noopener noreferrer\"").count()
    );
    assert!(!html.to_lowercase().contains("javascript:"));
    // The date of the assessment is the report's date.
    assert!(
        html.contains("12/03/2027"),
        "the assessment's date on the cover"
    );
    let _ = std::fs::remove_dir_all(dir);
}
