//! Taking results out of the browser and bringing them in, as pure logic tested natively: file names and the
//! checks of an export, what an import does to the store ([`files`]), the rows and the CSV of a comparison of
//! comuni ([`compare`]), the published comuni used as references ([`published`]) and the localised words of the
//! charts these views draw ([`charts`]). The share-link codec is [`crate::share`]; the views are in
//! `components::transfer`, `pages::shared`, `pages::files` and `pages::compare`.

pub mod charts;
pub mod compare;
pub mod files;
pub mod published;
