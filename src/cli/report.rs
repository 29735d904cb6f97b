//! `care report FILE --out DIR [--lang it|en] [--date YYYY-MM-DD]`: every chart of the results as SVG and as
//! PNG (1600 x 900, the slide size) and a self-contained `report.html`, for consultants preparing slides.
//! `--date` is the assessment's date; without it the outputs carry the answers' year (an answers file has no
//! day), or no date at all. It writes files, so it is native only, like the whole tool.

use std::path::{Path, PathBuf};

use crate::charts::{render_png, render_svg_file, Theme, DEFAULT_EXPORT_SCALE};
use crate::model::{answers_file, current, edition, score, Lang};
use crate::report::charts::{export_text, figures, file_name, EXPORT_SIZE};
use crate::report::dates::{assessment_date, AssessmentDate, Date};
use crate::report::explain::provisional_mark;
use crate::report::html::{document, ReportInput};

use super::{Outcome, EXIT_OK};

/// Exit status when the output cannot be written.
pub const EXIT_WRITE_FAILED: i32 = 1;

struct Options {
    file: String,
    out: PathBuf,
    lang: Lang,
    date: Option<Date>,
}

fn today() -> Date {
    let ms = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as f64)
        .unwrap_or(0.0);
    Date::from_unix_ms(ms)
}

fn usage_error() -> Outcome {
    Outcome::bad(
        "uso: care report FILE --out CARTELLA [--lang it|en] [--date AAAA-MM-GG]",
        "usage: care report FILE --out DIR [--lang it|en] [--date YYYY-MM-DD]",
    )
}

fn options(args: &[&str]) -> Result<Options, Outcome> {
    let mut file = None;
    let mut out = None;
    let mut lang = Lang::It;
    let mut date = None;
    let mut i = 0;
    while i < args.len() {
        let (key, inline) = match args[i].split_once('=') {
            Some((k, v)) if k.starts_with("--") => (k, Some(v.to_string())),
            _ => (args[i], None),
        };
        let mut value = || -> Result<String, Outcome> {
            if let Some(v) = inline.clone() {
                return Ok(v);
            }
            i += 1;
            args.get(i).map(|s| s.to_string()).ok_or_else(|| {
                Outcome::bad(
                    format!("{key}: manca il valore"),
                    format!("{key}: the value is missing"),
                )
            })
        };
        match key {
            "--out" | "-o" => out = Some(PathBuf::from(value()?)),
            "--lang" => {
                let v = value()?;
                lang = Lang::from_code(&v).ok_or_else(|| {
                    Outcome::bad(
                        format!("--lang: \"{v}\" non è una lingua (it o en)"),
                        format!("--lang: \"{v}\" is not a language (it or en)"),
                    )
                })?;
            }
            "--date" => {
                let v = value()?;
                date = Some(Date::parse_iso(&v).ok_or_else(|| {
                    Outcome::bad(
                        format!("--date: \"{v}\" non è una data AAAA-MM-GG"),
                        format!("--date: \"{v}\" is not a YYYY-MM-DD date"),
                    )
                })?);
            }
            k if k.starts_with("--") && k.len() > 2 => {
                return Err(Outcome::bad(
                    format!("opzione sconosciuta \"{k}\""),
                    format!("unknown option \"{k}\""),
                ))
            }
            f => {
                if file.replace(f.to_string()).is_some() {
                    return Err(usage_error());
                }
            }
        }
        i += 1;
    }
    match (file, out) {
        (Some(file), Some(out)) => Ok(Options {
            file,
            out,
            lang,
            date,
        }),
        _ => Err(usage_error()),
    }
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), Outcome> {
    std::fs::write(path, bytes).map_err(|e| Outcome {
        code: EXIT_WRITE_FAILED,
        stdout: String::new(),
        stderr: format!(
            "errore: impossibile scrivere {} ({e})\nerror: cannot write {} ({e})\n",
            path.display(),
            path.display()
        ),
    })
}

/// Runs `care report` with the arguments after `report`.
pub fn run(args: &[&str], read: &dyn Fn(&str) -> std::io::Result<String>) -> Outcome {
    let o = match options(args) {
        Ok(o) => o,
        Err(e) => return e,
    };
    let text = match read(&o.file) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::InvalidData => {
            return Outcome::bad(
                format!("{}: il file non è testo UTF-8", o.file),
                format!("{}: the file is not UTF-8 text", o.file),
            )
        }
        Err(e) => {
            return Outcome::bad(
                format!("{}: impossibile leggere il file ({e})", o.file),
                format!("{}: cannot read the file ({e})", o.file),
            )
        }
    };
    let answers = match answers_file::parse(&text) {
        Ok(a) => a,
        Err(e) => {
            return Outcome::bad(
                format!("{}: {}", o.file, e.message(Lang::It)),
                format!("{}: {}", o.file, e.message(Lang::En)),
            )
        }
    };
    let ed = edition(&answers.model).unwrap_or_else(current);
    let scores = score(ed, &answers);
    if let Err(e) = std::fs::create_dir_all(&o.out) {
        return Outcome {
            code: EXIT_WRITE_FAILED,
            stdout: String::new(),
            stderr: format!(
                "errore: impossibile creare la cartella {} ({e})\nerror: cannot create the folder {} ({e})\n",
                o.out.display(),
                o.out.display()
            ),
        };
    }
    let date = match o.date {
        Some(d) => Some(AssessmentDate::Day(d)),
        None => assessment_date(&answers, None),
    };
    let text = export_text(ed, &answers, date, o.lang);
    let theme = Theme::default();
    let (w, h) = EXPORT_SIZE;
    let mut written = Vec::new();
    for f in figures(ed, &answers, &scores, o.lang) {
        let chart = f.spec.as_chart();
        let svg = match render_svg_file(&chart, &text, &theme, (w, h)) {
            Ok(s) => s,
            Err(e) => return Outcome::bad(e.to_string(), e.to_string()),
        };
        let png = match render_png(&chart, &text, &theme, w, h, DEFAULT_EXPORT_SCALE) {
            Ok(p) => p,
            Err(e) => return Outcome::bad(e.to_string(), e.to_string()),
        };
        for (ext, bytes) in [("svg", svg.into_bytes()), ("png", png)] {
            let path = o.out.join(file_name(&answers, date, f.kind, ext));
            if let Err(e) = write(&path, &bytes) {
                return e;
            }
            written.push(path);
        }
    }
    let html = document(&ReportInput {
        edition: ed,
        answers: &answers,
        scores: &scores,
        lang: o.lang,
        date,
        generated: today(),
    });
    let path = o.out.join("report.html");
    if let Err(e) = write(&path, html.as_bytes()) {
        return e;
    }
    written.push(path);
    let mut stdout: String = written
        .iter()
        .map(|p| format!("{}\n", p.display()))
        .collect();
    stdout.push_str(&format!("{} file scritti / files written\n", written.len()));
    if let (Some(it), Some(en)) = (
        provisional_mark(&scores, Lang::It),
        provisional_mark(&scores, Lang::En),
    ) {
        stdout.push_str(&format!("{it} / {en}\n"));
    }
    Outcome {
        code: EXIT_OK,
        stdout,
        stderr: String::new(),
    }
}
