//! The report as HTML: one fragment in the style contract's classes (`docs/ui-classes.md`), used by the web
//! app's print view (`#/rapporto`, styled by app.css) and, wrapped in a complete document with its own small
//! stylesheet, by `care report` (`report.html`: self-contained, no script, no external resource, every chart as
//! inline SVG). Every free text (the comune's name, answers) is escaped; the SVG backend escapes chart text.

#[cfg(not(target_arch = "wasm32"))]
use crate::charts::font_face::bundled_font_face_css;
use crate::charts::{render_svg, Theme};
use crate::i18n::{fill, strings};
use crate::model::{Answers, Edition, Lang, LevelAnswer, PaymentChannel, Scores};

use super::advice::plan_view;
use super::charts::{comune_name, export_text, figures, Figure, EXPORT_SIZE};
use super::dates::{AssessmentDate, Date};
use super::escape::{css_string, escape};
use super::explain::{band_css, class_css, class_with_sub, details, provisional_mark, why};
use super::method::{assumptions, tag_css};
use super::table::{Cell, DataTable};
use crate::model::number::{compact, one_decimal};

/// What a report is made of.
#[derive(Clone, Copy, Debug)]
pub struct ReportInput<'a> {
    /// The model edition.
    pub edition: &'a Edition,
    /// The answers.
    pub answers: &'a Answers,
    /// Their scores.
    pub scores: &'a Scores,
    /// The language.
    pub lang: Lang,
    /// The assessment's date ([`super::dates::assessment_date`]), none when it is not known.
    pub date: Option<AssessmentDate>,
    /// The day the report is made (its last line).
    pub generated: Date,
}

/// A chart as inline SVG for an HTML page: `role="img"` with the text alternative, no namespace attribute (not
/// needed inside HTML), the image's own title and footer drawn in.
pub fn inline_svg(input: &ReportInput<'_>, figure: &Figure) -> String {
    let text = export_text(input.edition, input.answers, input.date, input.lang);
    let svg = render_svg(
        &figure.spec.as_chart(),
        &text,
        &Theme::default(),
        EXPORT_SIZE.0,
        EXPORT_SIZE.1,
    )
    .unwrap_or_default();
    let attrs = format!(
        " role=\"img\" aria-label=\"{}\" focusable=\"false\"",
        escape(&figure.label)
    );
    let svg = svg.replacen(" xmlns=\"http://www.w3.org/2000/svg\"", &attrs, 1);
    // Drop the XML declaration if a backend writes one.
    match svg.find("<svg") {
        Some(i) => svg[i..].to_string(),
        None => svg,
    }
}

/// The running header of the printed pages: the comune, the assessment's date and, while answers are missing,
/// "Provvisorio — N risposte mancanti" ([`super::explain::provisional_mark`]).
pub fn running_header(input: &ReportInput<'_>) -> String {
    let mut parts = vec![comune_name(input.answers, input.lang)];
    parts.extend(input.date.map(|d| d.format(input.lang)));
    parts.extend(provisional_mark(input.scores, input.lang));
    parts.join(" · ")
}

/// The CSS custom properties that print the running header and the page numbers (app.css and [`document`]'s
/// stylesheet use them in their `@page` margin boxes), each value a CSS string: the print view sets them on the
/// root element, the standalone document in its stylesheet.
pub fn print_properties(input: &ReportInput<'_>) -> [(&'static str, String); 3] {
    let rp = &strings(input.lang).report();
    [
        ("--care-running-header", css_string(&running_header(input))),
        ("--care-page", css_string(rp.page)),
        ("--care-page-of", css_string(rp.page_of)),
    ]
}

fn cover(input: &ReportInput<'_>) -> String {
    let (r, rp) = (
        &strings(input.lang).results(),
        &strings(input.lang).report(),
    );
    let lang = input.lang;
    let sc = input.scores;
    let mut out = String::from("<section class=\"report-cover\" aria-labelledby=\"report-title\">");
    out.push_str(&format!(
        "<h1 id=\"report-title\">{}</h1><p class=\"lead\"><bdi>{}</bdi></p>",
        escape(rp.title),
        escape(&comune_name(input.answers, lang))
    ));
    let mut meta = vec![
        (
            rp.date,
            input
                .date
                .map(|d| d.format(lang))
                .unwrap_or_else(|| rp.date_unknown.to_string()),
        ),
        (
            rp.edition,
            format!("{} ({})", input.edition.name.get(lang), input.edition.id),
        ),
    ];
    if let Some(code) = &input.answers.comune.istat_code {
        meta.push((rp.istat, code.clone()));
    }
    let missing = sc.progress.total.total - sc.progress.total.answered;
    meta.push((
        rp.status,
        if sc.complete {
            rp.complete.to_string()
        } else {
            rp.incomplete
                .fill(missing as usize, &[&sc.progress.total.total])
        },
    ));
    for (k, v) in meta {
        out.push_str(&format!(
            "<p class=\"mb-1\"><strong>{}:</strong> {}</p>",
            escape(k),
            escape(&v)
        ));
    }
    out.push_str("<div class=\"score-headline mt-3\">");
    out.push_str(&format!(
        "<p class=\"score-headline-label\">{}</p>",
        escape(r.headline_label)
    ));
    let number = sc
        .care_display
        .map(|v| v.to_string())
        .unwrap_or_else(|| r.not_available.to_string());
    out.push_str(&format!(
        "<p class=\"score-headline-value\"><span class=\"score-number\">{}</span><span class=\"score-scale\">{}</span></p>",
        escape(&number),
        escape(r.scale)
    ));
    out.push_str("<p class=\"score-headline-text\">");
    match sc.class {
        Some(c) => out.push_str(&format!(
            "<span class=\"class-badge {}\">{}</span>",
            class_css(c),
            escape(&class_with_sub(input.edition, c, sc.sub_label, lang))
        )),
        None => out.push_str(&escape(r.no_class)),
    }
    if let Some(mark) = provisional_mark(sc, lang) {
        out.push_str(&format!(
            " <span class=\"badge badge-warning\">{}</span>",
            escape(&mark)
        ));
    }
    if let Some(care) = sc.care {
        out.push_str(&format!(
            "<br><span class=\"text-muted\">{}</span>",
            escape(&fill(r.exact, &[&one_decimal(lang, care)]))
        ));
    }
    out.push_str("</p></div>");
    out.push_str("</section>");
    out
}

fn why_section(input: &ReportInput<'_>) -> String {
    let rp = &strings(input.lang).report();
    let w = why(input.edition, input.scores, input.lang);
    let mut out = format!(
        "<section aria-labelledby=\"report-why\"><h2 class=\"section-title\" id=\"report-why\">{}</h2><ul>",
        escape(rp.why_title)
    );
    for d in &w.dims {
        out.push_str("<li>");
        if let Some(b) = d.band {
            out.push_str(&format!(
                "<span class=\"band {}\">{}</span> ",
                band_css(b),
                escape(&d.band_name)
            ));
        }
        out.push_str(&escape(&d.sentence));
        out.push_str("</li>");
    }
    out.push_str("</ul>");
    if let Some(reason) = &w.reason {
        out.push_str(&format!("<p><strong>{}</strong></p>", escape(reason)));
    }
    if let Some(desc) = &w.class_description {
        out.push_str(&format!("<p>{}</p>", escape(desc)));
    }
    if let Some(rule) = &w.rule {
        out.push_str(&format!("<p class=\"text-muted\">{}</p>", escape(rule)));
    }
    out.push_str("</section>");
    out
}

fn charts_section(input: &ReportInput<'_>) -> String {
    let (r, rp) = (
        &strings(input.lang).results(),
        &strings(input.lang).report(),
    );
    let mut out = format!(
        "<section aria-labelledby=\"report-charts\"><h2 class=\"section-title\" id=\"report-charts\">{}</h2>",
        escape(rp.charts_title)
    );
    for f in figures(input.edition, input.answers, input.scores, input.lang) {
        out.push_str("<figure class=\"chart-figure\">");
        out.push_str(&inline_svg(input, &f));
        out.push_str(&format!(
            "<details class=\"chart-alt\"><summary>{}</summary>{}</details>",
            escape(r.show_table),
            f.table.to_html()
        ));
        // Last (or first) in the figure, as the HTML content model requires.
        out.push_str(&format!(
            "<figcaption><strong>{}</strong> {}</figcaption>",
            escape(&fill(r.figure, &[&f.number])),
            escape(&f.caption)
        ));
        out.push_str("</figure>");
    }
    out.push_str("</section>");
    out
}

fn scores_section(input: &ReportInput<'_>) -> String {
    let rp = &strings(input.lang).report();
    let mut out = format!(
        "<section class=\"page-break\" aria-labelledby=\"report-scores\"><h2 class=\"section-title\" id=\"report-scores\">{}</h2>",
        escape(rp.scores_title)
    );
    for (table, formula) in details(input.edition, input.answers, input.scores, input.lang) {
        out.push_str(&table.to_html());
        out.push_str(&format!("<p class=\"small\">{}</p>", escape(&formula)));
    }
    out.push_str("</section>");
    out
}

/// The answers as three tables: services, payment types, the other questions.
pub fn answers_tables(edition: &Edition, answers: &Answers, lang: Lang) -> Vec<DataTable> {
    let (r, rp) = (&strings(lang).results(), &strings(lang).report());
    let unanswered = rp.not_answered.to_string();
    let yes_no = |v: Option<bool>| match v {
        Some(true) => r.yes.to_string(),
        Some(false) => r.no.to_string(),
        None => unanswered.clone(),
    };
    let choice = |list: &[crate::model::Choice], id: &str| {
        list.iter()
            .find(|c| c.id == id)
            .map(|c| c.name.get(lang).to_string())
            .unwrap_or_else(|| id.to_string())
    };
    let head = [r.th_service, r.th_level, r.th_spid, r.th_cie].map(Cell::text);
    let services =
        DataTable::from_items(rp.answers_services, head.into(), &edition.services, |s| {
            let a = answers.services.get(&s.id);
            let (level, online) = match a.map(|a| a.level) {
                None => (unanswered.clone(), false),
                Some(LevelAnswer::NotApplicable) => {
                    (edition.not_applicable.name.get(lang).to_string(), false)
                }
                Some(LevelAnswer::Level(l)) => (
                    edition
                        .level(l.min(4))
                        .map(|d| format!("{l} – {}", d.name.get(lang)))
                        .unwrap_or_else(|| l.to_string()),
                    edition.is_online(LevelAnswer::Level(l)),
                ),
            };
            let flag = |v: Option<bool>| {
                if online {
                    yes_no(v)
                } else {
                    r.not_asked.to_string()
                }
            };
            vec![
                Cell::head(s.name.get(lang)),
                Cell::text(level),
                Cell::text(flag(a.and_then(|a| a.spid))),
                Cell::text(flag(a.and_then(|a| a.cie))),
            ]
        });
    let head = vec![Cell::text(rp.th_question), Cell::text(rp.th_answer)];
    let payments = DataTable::from_items(rp.answers_payments, head, &edition.payment_types, |pt| {
        let v = answers
            .pagopa
            .payments
            .get(&pt.id)
            .map(|c: &PaymentChannel| choice(&edition.payment_channels, c.id()))
            .unwrap_or_else(|| unanswered.clone());
        vec![Cell::head(pt.name.get(lang)), Cell::text(v)]
    });
    let od = &answers.open_data;
    let q = |id: &str| choice(&edition.open_data_questions, id);
    let mut other = vec![
        vec![
            Cell::head(rp.pagopa_active),
            Cell::text(yes_no(answers.pagopa.active)),
        ],
        vec![
            Cell::head(rp.anpr),
            Cell::text(
                answers
                    .anpr
                    .map(|a| choice(&edition.anpr_states, a.id()))
                    .unwrap_or_else(|| unanswered.clone()),
            ),
        ],
        vec![
            Cell::head(q("datasets")),
            Cell::text(
                od.datasets
                    .map(|n| n.to_string())
                    .unwrap_or_else(|| unanswered.clone()),
            ),
        ],
        vec![
            Cell::head(q("open_format_share")),
            Cell::text(
                od.open_format_share
                    .map(|s| compact(lang, s))
                    .unwrap_or_else(|| unanswered.clone()),
            ),
        ],
        vec![
            Cell::head(q("licence")),
            Cell::text(
                od.licence
                    .map(|l| choice(&edition.licence_options, l.id()))
                    .unwrap_or_else(|| unanswered.clone()),
            ),
        ],
        vec![
            Cell::head(q("dcat_harvested")),
            Cell::text(yes_no(od.dcat_harvested)),
        ],
        vec![
            Cell::head(q("api_or_bulk")),
            Cell::text(yes_no(od.api_or_bulk)),
        ],
    ];
    for n in &edition.social_networks {
        other.push(vec![
            Cell::head(n.name.get(lang)),
            Cell::text(
                answers
                    .social
                    .get(&n.id)
                    .map(|s| choice(&edition.social_statuses, s.id()))
                    .unwrap_or_else(|| unanswered.clone()),
            ),
        ]);
    }
    let other = DataTable {
        caption: rp.answers_other.to_string(),
        head: vec![Cell::text(rp.th_question), Cell::text(rp.th_answer)],
        rows: other,
    };
    vec![services, payments, other]
}

fn answers_section(input: &ReportInput<'_>) -> String {
    let rp = &strings(input.lang).report();
    let mut out = format!(
        "<section class=\"page-break\" aria-labelledby=\"report-answers\"><h2 class=\"section-title\" id=\"report-answers\">{}</h2>",
        escape(rp.answers_title)
    );
    for t in answers_tables(input.edition, input.answers, input.lang) {
        out.push_str(&t.to_html());
    }
    out.push_str("</section>");
    out
}

/// The annex «Evidenze»: the notes and verification links per section (with who answered it), each link printed
/// in full after its host (paper cannot be clicked); nothing when the answers have none.
fn evidence_section(input: &ReportInput<'_>) -> String {
    let Some(tables) = super::evidence::annex_tables(input.edition, input.answers, input.lang)
    else {
        return String::new();
    };
    let e = &strings(input.lang).evidence;
    let mut out = format!(
        "<section class=\"page-break\" aria-labelledby=\"report-evidence\"><h2 class=\"section-title\" id=\"report-evidence\">{}</h2><p>{}</p>",
        escape(e.title),
        escape(e.annex_intro)
    );
    for t in tables {
        out.push_str(&t.to_html());
    }
    out.push_str("</section>");
    out
}

fn plan_section(input: &ReportInput<'_>) -> String {
    let (r, rp) = (
        &strings(input.lang).results(),
        &strings(input.lang).report(),
    );
    let v = plan_view(input.edition, input.answers, input.scores, input.lang);
    let mut out = format!(
        "<section aria-labelledby=\"report-plan\"><h2 class=\"section-title\" id=\"report-plan\">{}</h2>",
        escape(rp.plan_title)
    );
    if let Some(p) = &v.provisional {
        out.push_str(&format!("<p class=\"text-muted\">{}</p>", escape(p)));
    }
    if let Some(m) = &v.message {
        out.push_str(&format!("<p>{}</p>", escape(m)));
    }
    if let Some(lead) = &v.lead {
        out.push_str(&format!("<p>{}</p><ol>", escape(lead)));
        for c in &v.changes {
            out.push_str(&format!("<li>{} ({})", escape(&c.text), escape(&c.steps)));
            if let Some(m) = &c.measure {
                out.push_str(&format!(" · <span class=\"small\">{}</span>", escape(m)));
            }
            out.push_str("</li>");
        }
        out.push_str("</ol>");
    }
    if let Some(a) = &v.after {
        out.push_str(&format!("<p><strong>{}</strong></p>", escape(a)));
    }
    if let Some(n) = &v.note {
        out.push_str(&format!("<p class=\"small text-muted\">{}</p>", escape(n)));
    }
    out.push_str(&format!("<p class=\"small\">{}</p>", escape(r.plan_how)));
    if let Some(t) = &v.gains {
        out.push_str(&format!(
            "<p class=\"small mt-4\">{}</p>{}",
            escape(r.gains_intro),
            t.to_html()
        ));
        if let Some(n) = &v.measures {
            out.push_str(&format!("<p class=\"small\">{}</p>", escape(n)));
        }
    } else if let Some(n) = &v.gains_none {
        out.push_str(&format!("<p>{}</p>", escape(n)));
    }
    out.push_str("</section>");
    out
}

fn method_section(input: &ReportInput<'_>) -> String {
    let (rp, m) = (&strings(input.lang).report(), &strings(input.lang).method());
    let (params, rules) = assumptions(input.edition, input.lang);
    let mut out = format!(
        "<section class=\"page-break\" aria-labelledby=\"report-method\"><h2 class=\"section-title\" id=\"report-method\">{}</h2><p>{}</p>",
        escape(rp.method_title),
        escape(rp.method_intro)
    );
    out.push_str(&format!(
        "<h3>{}</h3><div class=\"table-responsive\" tabindex=\"0\" role=\"region\" aria-label=\"{}\"><table class=\"table table-striped table-sm\"><thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead><tbody>",
        escape(m.rules_title),
        escape(m.rules_title),
        escape(m.th_rule),
        escape(m.th_provenance),
        escape(m.th_source)
    ));
    for rule in &rules {
        let tag = rule.tag.unwrap_or(crate::model::Tag::Assumption);
        out.push_str(&format!(
            "<tr><th scope=\"row\">{}</th><td><span class=\"{}\">{}</span></td><td>{}</td></tr>",
            escape(&rule.title),
            tag_css(tag),
            escape(m.tag_name(tag)),
            escape(&rule.text)
        ));
    }
    out.push_str("</tbody></table></div>");
    out.push_str(&format!(
        "<h3>{}</h3><div class=\"table-responsive\" tabindex=\"0\" role=\"region\" aria-label=\"{}\"><table class=\"table table-striped table-sm\"><thead><tr><th scope=\"col\">{}</th><th scope=\"col\" class=\"num\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead><tbody>",
        escape(m.params_title),
        escape(m.params_title),
        escape(m.th_param),
        escape(m.th_value),
        escape(m.th_provenance),
        escape(m.th_source)
    ));
    for p in &params {
        out.push_str(&format!(
            "<tr><th scope=\"row\">{}</th><td class=\"num\">{}</td><td><span class=\"{}\">{}</span></td><td>{}</td></tr>",
            escape(&p.title),
            escape(&p.value),
            tag_css(p.tag),
            escape(m.tag_name(p.tag)),
            escape(&p.source)
        ));
    }
    out.push_str("</tbody></table></div></section>");
    out
}

/// The report's content as an HTML fragment in the style contract's classes (for the print view and the
/// document).
pub fn body(input: &ReportInput<'_>) -> String {
    let rp = &strings(input.lang).report();
    let mut out = String::with_capacity(200_000);
    out.push_str(&cover(input));
    out.push_str(&why_section(input));
    out.push_str(&charts_section(input));
    out.push_str(&scores_section(input));
    out.push_str(&answers_section(input));
    out.push_str(&plan_section(input));
    out.push_str(&method_section(input));
    out.push_str(&evidence_section(input));
    out.push_str(&format!(
        "<p class=\"small text-muted mt-4\">{}</p>",
        escape(&fill(
            rp.generated,
            &[&input.edition.id, &input.generated.format(input.lang)]
        ))
    ));
    out
}

/// The stylesheet of the standalone report: the style contract's classes used by [`body`], in a few rules.
#[cfg(not(target_arch = "wasm32"))]
const REPORT_CSS: &str = r#"
:root{--primary:#0066cc;--primary-dark:#004d99;--primary-light:#f2f7fc;--text:#1a1a1a;--muted:#5d7083;--dark:#17324d;--border:#c5c7c9;--alt:#f5f6f7;--elevato:#00664a}
*,*::before,*::after{box-sizing:border-box}
body{margin:0;font-family:"Titillium Web",system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;font-size:1rem;line-height:1.5;color:var(--text);background:#fff}
.container{max-width:60rem;margin:0 auto;padding:1.5rem 1rem 3rem}
h1,h2,h3{color:var(--dark);line-height:1.2;margin:0 0 .5rem}
h1{font-size:2.2rem}h2{font-size:1.6rem}h3{font-size:1.2rem;margin-top:1.5rem}
.section-title{margin:3rem 0 1rem}
.lead{font-size:1.25rem}.small{font-size:.875rem}.text-muted{color:var(--muted)}
.mb-1{margin-bottom:.25rem}.mt-3{margin-top:1rem}.mt-4{margin-top:1.5rem}
.score-headline{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem 1.5rem;padding:1.5rem;border-radius:8px;background:var(--primary-light);border-left:6px solid var(--primary)}
.score-headline-label{width:100%;margin:0;font-size:.9rem;font-weight:700;letter-spacing:.06em;text-transform:uppercase;color:var(--primary-dark)}
.score-headline-value{margin:0;line-height:.9;color:var(--dark)}
.score-number{font-size:4.5rem;font-weight:700}.score-scale{font-size:1.5rem;font-weight:600;color:var(--muted)}
.score-headline-text{flex:1 1 16rem;margin:0}
.class-badge{display:inline-block;padding:.3rem 1rem;border-radius:2rem;font-size:1.2rem;font-weight:700;border:3px solid}
.class-blocchi{border-style:dashed;border-color:var(--dark);color:var(--dark)}.class-blocchi::before{content:"\25A0  "}
.class-stacco{border-color:var(--primary);color:var(--primary-dark)}.class-stacco::before{content:"\25B2  "}
.class-spinta{border-color:var(--elevato);background:var(--elevato);color:#fff}.class-spinta::before{content:"\25B2\25B2  "}
.badge{display:inline-block;padding:.1rem .5rem;border:1px solid;border-radius:4px;font-size:.85rem;font-weight:600}
.badge-warning{border-color:#995c00;background:#fff4e0;color:#6b4000}
.band{display:inline-block;padding:0 .5rem;border-radius:4px;font-size:.85rem;font-weight:700}
.band-basso{color:#a3203a;border:2px dashed currentColor;background:#fbeaed}
.band-sufficiente{color:#7a4a00;border:2px solid currentColor;background:#fff4e0}
.band-elevato{color:#fff;border:2px solid var(--elevato);background:var(--elevato)}
.tag-sourced,.tag-inferred,.tag-assumption{display:inline-block;padding:0 .4rem;border-radius:4px;font-size:.85rem;font-weight:600;white-space:nowrap}
.tag-sourced{border:2px solid #008055;background:#e6f4ee;color:#00573a}.tag-sourced::before{content:"\2713  "}
.tag-inferred{border:2px dashed var(--primary);background:var(--primary-light);color:var(--primary-dark)}.tag-inferred::before{content:"\2248  "}
.tag-assumption{border:2px dotted #995c00;background:#fff4e0;color:#6b4000;font-style:italic}.tag-assumption::before{content:"?  "}
.chart-figure{margin:0 0 1.5rem;padding:1rem;border:1px solid var(--border);border-radius:8px}
.chart-figure svg{display:block;width:100%;height:auto}
.chart-figure figcaption{margin-top:.5rem;font-size:.95rem;color:var(--muted)}.chart-figure figcaption strong{color:var(--text)}
.chart-alt>summary{color:var(--primary);font-weight:600;text-decoration:underline;cursor:pointer}
.table-responsive{width:100%;overflow-x:auto;margin-bottom:1rem}
.table{width:100%;border-collapse:collapse;font-size:.95rem}
.table caption{caption-side:top;padding:0 0 .5rem;text-align:left;font-weight:700;color:var(--dark)}
.table th,.table td{padding:.3rem .5rem;border-bottom:1px solid var(--border);text-align:left;vertical-align:top}
.table thead th{border-bottom:2px solid var(--dark)}
.table-striped tbody tr:nth-of-type(odd){background:var(--alt)}
.table .num{text-align:right;font-variant-numeric:tabular-nums}
.table td{white-space:pre-line}.evidence-link{overflow-wrap:anywhere}
.visually-hidden{position:absolute!important;width:1px!important;height:1px!important;padding:0!important;margin:-1px!important;overflow:hidden!important;clip:rect(0,0,0,0)!important;white-space:nowrap!important;border:0!important}
@page{margin:18mm 14mm 18mm;
@top-center{content:var(--care-running-header);font-family:"Titillium Web",sans-serif;font-size:8.5pt;color:#5d7083}
@bottom-right{content:var(--care-page) counter(page) var(--care-page-of) counter(pages);font-family:"Titillium Web",sans-serif;font-size:8.5pt;color:#5d7083}}
@media print{
html{font-size:11pt}.container{max-width:none;padding:0}
.report-cover{min-height:60vh;display:flex;flex-direction:column;justify-content:center;break-after:page}
.page-break{break-before:page}
.chart-figure,table tr,.score-headline,figure{break-inside:avoid}
h1,h2,h3{break-after:avoid}
.chart-alt>summary{display:none}
.evidence-link::after{content:" (" attr(href) ")";font-size:.85em;word-break:break-all}
.band,.class-badge,.badge,.tag-sourced,.tag-inferred,.tag-assumption,.table-striped tbody tr{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
"#;

/// The standalone report: a complete HTML document with its stylesheet, the app's font inline (WOFF2 data URIs:
/// it renders the same on a machine without Titillium Web), the running header and page numbers for print, no
/// script and no external resource. Native only (`care report`): the web app shows [`body`] in its own page.
#[cfg(not(target_arch = "wasm32"))]
pub fn document(input: &ReportInput<'_>) -> String {
    let rp = &strings(input.lang).report();
    let root: String = print_properties(input)
        .iter()
        .map(|(k, v)| format!("{k}:{v};"))
        .collect();
    format!(
        "<!doctype html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>\n{}\n:root{{{root}}}{}</style>\n</head>\n<body>\n<main class=\"container\">\n{}\n</main>\n</body>\n</html>\n",
        input.lang.code(),
        escape(&fill(rp.doc_title, &[&comune_name(input.answers, input.lang)])),
        bundled_font_face_css(),
        REPORT_CSS,
        body(input)
    )
}
