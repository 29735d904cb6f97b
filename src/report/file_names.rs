//! The names of the files an assessment leaves the app as (charts, report, answers file, CSV): the one slug of a
//! comune's name and the one stem `care-<slug>-<year>`.

use super::dates::AssessmentDate;
use crate::model::Answers;

/// The longest slug, in ASCII characters.
const MAX_SLUG: usize = 60;

/// A file-name slug: lower-case ASCII letters and digits joined by single hyphens, accents folded
/// (`"Città di Portoalto (esempio)"` → `"citta-di-portoalto-esempio"`, `Forlì-Cesena` → `forli-cesena`), at
/// most 60 characters and never ending with a hyphen; `"comune"` when nothing is left. The one slug of the
/// app: chart, report and answers file names all use it.
pub fn slug(s: &str) -> String {
    let mut out = String::new();
    let mut pending_dash = false;
    for ch in s.chars().flat_map(fold) {
        if ch.is_ascii_alphanumeric() {
            if pending_dash && !out.is_empty() {
                out.push('-');
            }
            pending_dash = false;
            out.push(ch.to_ascii_lowercase());
        } else {
            pending_dash = true;
        }
        if out.len() > MAX_SLUG {
            break;
        }
    }
    // ASCII only, so byte and character counts agree.
    out.truncate(MAX_SLUG);
    let out = out.trim_end_matches('-');
    if out.is_empty() {
        "comune".to_string()
    } else {
        out.to_string()
    }
}

/// The stem of every file of an assessment: `care-<comune slug>-<year>`, the year of [`assessment_date`]
/// (`date`), or `care-<comune slug>` when it has none (never the current year).
pub fn file_stem(answers: &Answers, date: Option<AssessmentDate>) -> String {
    let slug = slug(&answers.comune.name);
    match date {
        Some(d) => format!("care-{slug}-{}", d.year()),
        None => format!("care-{slug}"),
    }
}

/// Folds the accented Latin letters of Italian (and a few neighbours) to ASCII; other characters pass as they are.
fn fold(c: char) -> impl Iterator<Item = char> {
    let folded: &str = match c {
        'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' | 'À' | 'Á' | 'Â' | 'Ä' | 'Ã' | 'Å' => "a",
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => "i",
        'ò' | 'ó' | 'ô' | 'ö' | 'õ' | 'Ò' | 'Ó' | 'Ô' | 'Ö' | 'Õ' => "o",
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => "u",
        'ç' | 'Ç' => "c",
        'ñ' | 'Ñ' => "n",
        'ß' => "ss",
        _ => "",
    };
    let own = folded.is_empty().then_some(c);
    folded.chars().chain(own)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_ascii_and_readable() {
        assert_eq!(
            slug("Città di Portoalto (esempio)"),
            "citta-di-portoalto-esempio"
        );
        assert_eq!(slug("  <script>&  "), "script");
        assert_eq!(slug("///"), "comune");
        assert_eq!(slug("Forlì-Cesena"), "forli-cesena");
    }

    #[test]
    fn slugs_stop_at_sixty_characters_without_a_trailing_hyphen() {
        // 59 letters, then a word: the hyphen would be the 60th character and the word the 61st.
        let name = format!("{} bc", "a".repeat(59));
        let s = slug(&name);
        assert_eq!(s, "a".repeat(59));
        let long = slug(&"Comune di Qualcosa ".repeat(10));
        assert!(long.len() <= 60, "{long}");
        assert!(!long.ends_with('-'));
    }
}
