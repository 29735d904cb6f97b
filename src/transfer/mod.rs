//! Taking results out of the browser and bringing them in, as pure logic tested natively: file names and the
//! checks of an export, what an import does to the store ([`files`]), the rows and the CSV of a comparison of
//! comuni ([`compare`]), the localised words of the charts these views draw ([`charts`]), one comune's history
//! and what changed between two of its assessments ([`history`]), a colleague's file merged into the open
//! assessment with its undo ([`merge`]) and questions and answers in words ([`answer_words`]). The published
//! comuni used as references are [`crate::report::published`]; slugs, numbers, cut-offs and the names of
//! bands and classes come from [`crate::report`] too. The share-link codec is [`crate::share`]; the views are in
//! `components::transfer`, `pages::shared`, `pages::files` and `pages::compare`.

pub mod answer_words;
pub mod charts;
pub mod compare;
pub mod files;
pub mod history;
pub mod merge;
