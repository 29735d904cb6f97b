//! Prints, as a JSON array, the first path segments of the routes that only the full web app serves
//! (`care::routes::full_app_segments`): the list that `scripts/postbuild.mjs` writes into the boot script, so that a
//! page opened on one of those routes (a share link, an embed) loads the full module straight away.

fn main() {
    let list = care::routes::full_app_segments();
    println!(
        "{}",
        serde_json::to_string(&list).expect("a list of strings is JSON")
    );
}
