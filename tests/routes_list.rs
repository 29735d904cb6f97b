//! The list of full-app routes that the boot script reads (printed by `care-routes`, written into the boot script by
//! `scripts/postbuild.mjs`) against the route table: a route of the full app missing from it would open the light
//! app on a share link or an embed; a route of the light app in it would load the full app for nothing.

use care::routes::{first_segment, Module, ROUTES};

fn printed_list() -> Vec<String> {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_care-routes"))
        .output()
        .expect("care-routes runs");
    assert!(out.status.success(), "care-routes failed: {out:?}");
    serde_json::from_slice(&out.stdout).expect("care-routes prints a JSON list of strings")
}

#[test]
fn every_full_app_route_and_no_other_is_in_the_boot_list() {
    let list = printed_list();
    for (pattern, module) in ROUTES {
        let first = first_segment(pattern);
        let listed = list.iter().any(|s| s == first);
        match module {
            Module::Full => assert!(
                listed,
                "{pattern} is a full-app route missing from {list:?}"
            ),
            Module::Core => assert!(!listed, "{pattern} is a light-app route, yet in {list:?}"),
        }
    }
    for segment in &list {
        assert!(
            ROUTES
                .iter()
                .any(|(p, m)| *m == Module::Full && first_segment(p) == segment),
            "{segment} is no route of the full app"
        );
    }
    for expected in [
        "risultati",
        "condivisa",
        "embed",
        "file",
        "metodo",
        "rapporto",
    ] {
        assert!(list.iter().any(|s| s == expected), "{expected} in {list:?}");
    }
}
