//! `care report FILE --out DIR [--lang it|en] [--date YYYY-MM-DD]`: every chart of the results as SVG and as
//! PNG (1600 x 900, the slide size) and a self-contained `report.html`, for consultants preparing slides.
//! `--date` is the assessment's date; without it the outputs carry the answers' year (an answers file has no
//! day), or no date at all. It writes files, so it is native only, like the whole tool.

use std::path::{Path, PathBuf};

use crate::charts::{render_png, render_svg_file, Theme, DEFAULT_EXPORT_SCALE};
use crate::i18n::strings;
use crate::model::{current, edition, score, Lang};
use crate::report::charts::{export_text, figures, file_name, EXPORT_SIZE};
use crate::report::dates::{assessment_date, AssessmentDate, Date};
use crate::report::explain::provisional_mark;
use crate::report::html::{document, ReportInput};

use super::{read_answers, CliError, Command, IoProblem, Outcome, EXIT_OK};

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

fn options(args: &[&str]) -> Result<Options, CliError> {
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
        let mut value = || -> Result<String, CliError> {
            if let Some(v) = inline.clone() {
                return Ok(v);
            }
            i += 1;
            args.get(i)
                .map(|s| s.to_string())
                .ok_or_else(|| CliError::MissingValue(key.to_string()))
        };
        match key {
            "--out" | "-o" => out = Some(PathBuf::from(value()?)),
            "--lang" => {
                let v = value()?;
                lang = Lang::from_code(&v).ok_or(CliError::NotALanguage(v))?;
            }
            "--date" => {
                let v = value()?;
                date = Some(Date::parse_iso(&v).ok_or(CliError::NotADate(v))?);
            }
            k if k.starts_with("--") && k.len() > 2 => {
                return Err(CliError::UnknownOption(k.to_string()))
            }
            f => {
                if file.replace(f.to_string()).is_some() {
                    return Err(CliError::Usage(Command::Report));
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
        _ => Err(CliError::Usage(Command::Report)),
    }
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), CliError> {
    std::fs::write(path, bytes).map_err(|e| CliError::CannotWrite {
        path: path.display().to_string(),
        problem: IoProblem::from(&e),
    })
}

/// Runs `care report` with the arguments after `report`.
pub fn run(args: &[&str], read: &dyn Fn(&str) -> std::io::Result<String>) -> Outcome {
    match report(args, read) {
        Ok(o) => o,
        Err(e) => e.into(),
    }
}

fn report(
    args: &[&str],
    read: &dyn Fn(&str) -> std::io::Result<String>,
) -> Result<Outcome, CliError> {
    let o = options(args)?;
    let answers = read_answers(&o.file, read)?;
    let ed = edition(&answers.model).unwrap_or_else(current);
    let scores = score(ed, &answers);
    std::fs::create_dir_all(&o.out).map_err(|e| CliError::CannotCreateFolder {
        path: o.out.display().to_string(),
        problem: IoProblem::from(&e),
    })?;
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
        let cannot_draw = |ext| CliError::CannotDraw {
            chart: file_name(&answers, date, f.kind, ext),
        };
        let svg = render_svg_file(&chart, &text, &theme, (w, h)).map_err(|_| cannot_draw("svg"))?;
        let png = render_png(&chart, &text, &theme, w, h, DEFAULT_EXPORT_SCALE)
            .map_err(|_| cannot_draw("png"))?;
        for (ext, bytes) in [("svg", svg.into_bytes()), ("png", png)] {
            let path = o.out.join(file_name(&answers, date, f.kind, ext));
            write(&path, &bytes)?;
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
    write(&path, html.as_bytes())?;
    written.push(path);
    let mut stdout: String = written
        .iter()
        .map(|p| format!("{}\n", p.display()))
        .collect();
    let count = |lang| strings(lang).cli().files_written.of(written.len());
    stdout.push_str(&format!("{} / {}\n", count(Lang::It), count(Lang::En)));
    if let (Some(it), Some(en)) = (
        provisional_mark(&scores, Lang::It),
        provisional_mark(&scores, Lang::En),
    ) {
        stdout.push_str(&format!("{it} / {en}\n"));
    }
    Ok(Outcome {
        code: EXIT_OK,
        stdout,
        stderr: String::new(),
    })
}
