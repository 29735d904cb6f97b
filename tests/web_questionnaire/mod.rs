//! The questionnaire's components in a real document: a service row changes level and asks SPID/CIE only at
//! levels 3-4; every choice question shows its answer and turns a choice into its edit; the progress bar counts
//! the edition's fixed 44 questions; the stepper marks the current step.

use care::app::{App, StoreState};
use care::components::questionnaire::choice_question::ChoiceQuestion;
use care::components::questionnaire::{ChoiceOption, ServiceRow, Stepper};
use care::model::{AnswerKey, LevelAnswer, ServiceAnswer};
use care::store::questions::control_id;
use care::store::{Edit, Step, Store};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use yew::prelude::*;

use crate::web_support::{clear_storage, find, mount_point, settle};

/// Answers of a test component's own, with the callback that applies an edit to them (as the store would).
#[hook]
fn use_local_answers() -> (UseStateHandle<care::model::Answers>, Callback<Edit>) {
    let answers = use_state(care::model::Answers::default);
    let onedit = {
        let answers = answers.clone();
        Callback::from(move |e: Edit| {
            let mut next = (*answers).clone();
            e.apply(care::model::current(), &mut next);
            answers.set(next);
        })
    };
    (answers, onedit)
}

/// A service row for IMU over a store of its own, applying its edits to a local answer.
#[function_component(ImuRow)]
fn imu_row() -> Html {
    let store = use_reducer(|| StoreState(Store::default()));
    let (answers, onedit) = use_local_answers();
    html! {
        <ContextProvider<care::app::StoreHandle> context={store}>
            <ServiceRow service="imu" answer={answers.services.get("imu").copied()} {onedit} />
            <output id="saved">{ format!("{:?}", answers.services.get("imu")) }</output>
        </ContextProvider<care::app::StoreHandle>>
    }
}

/// The choice questions of the Digital PA and Openness steps (a payment type and a network standing for theirs)
/// over a store of their own, applying their edits to local answers.
#[function_component(ChoiceQuestions)]
fn choice_questions() -> Html {
    let store = use_reducer(|| StoreState(Store::default()));
    let (answers, onedit) = use_local_answers();
    let questions = choice_keys()
        .into_iter()
        .map(|(key, values)| {
            let options = values
                .iter()
                .map(|v| ChoiceOption {
                    value: AttrValue::from(v.clone()),
                    label: AttrValue::from(v.clone()),
                })
                .collect();
            ChoiceQuestion::new(key, "?", options).view(&answers, &onedit)
        })
        .collect::<Html>();
    html! {
        <ContextProvider<care::app::StoreHandle> context={store}>{ questions }</ContextProvider<care::app::StoreHandle>>
    }
}

/// Every kind of choice question with the radio values it offers.
fn choice_keys() -> Vec<(AnswerKey, Vec<String>)> {
    let e = care::model::current();
    let ids = |list: &[care::model::Choice]| list.iter().map(|c| c.id.clone()).collect::<Vec<_>>();
    let yes_no = vec!["yes".to_string(), "no".to_string()];
    vec![
        (AnswerKey::PagopaActive, yes_no.clone()),
        (
            AnswerKey::Payment(e.payment_types[0].id.clone()),
            ids(&e.payment_channels),
        ),
        (AnswerKey::Anpr, ids(&e.anpr_states)),
        (AnswerKey::Licence, ids(&e.licence_options)),
        (AnswerKey::DcatHarvested, yes_no.clone()),
        (AnswerKey::ApiOrBulk, yes_no),
        (
            AnswerKey::Social(e.social_networks[0].id.clone()),
            ids(&e.social_statuses),
        ),
    ]
}

#[wasm_bindgen_test]
async fn every_choice_question_shows_its_answer_and_turns_a_choice_into_its_edit() {
    let root = mount_point();
    yew::Renderer::<ChoiceQuestions>::with_root(root.clone()).render();
    settle().await;
    for (key, values) in choice_keys() {
        let id = control_id(&key.path());
        let group = find(&root, &format!("#{id}")).expect("the question's fieldset");
        assert_eq!(group.tag_name(), "FIELDSET");
        let row = group.parent_element().expect("its row");
        assert!(
            row.class_name().contains("is-unanswered"),
            "{id} unanswered"
        );
        // Each choice is saved as the question's answer, which the radios then show as chosen.
        for v in values.iter().rev() {
            click(&root, &format!("#{id}-{v}"));
            settle().await;
            let checked = root
                .query_selector(&format!("input[name={id}]:checked"))
                .unwrap()
                .unwrap_or_else(|| panic!("{id}: a radio checked after choosing {v}"))
                .unchecked_into::<web_sys::HtmlInputElement>()
                .value();
            assert_eq!(&checked, v, "{id}");
        }
        let row = find(&root, &format!("#{id}"))
            .unwrap()
            .parent_element()
            .unwrap();
        assert!(!row.class_name().contains("is-unanswered"), "{id} answered");
    }
    root.set_inner_html("");
}

fn click(root: &web_sys::Element, selector: &str) {
    find(root, selector)
        .unwrap_or_else(|| panic!("{selector} is on the page"))
        .click();
}

#[wasm_bindgen_test]
async fn a_service_row_changes_level_and_asks_spid_and_cie_only_when_online() {
    let root = mount_point();
    yew::Renderer::<ImuRow>::with_root(root.clone()).render();
    settle().await;
    let row = find(&root, "#svc-imu").expect("the row");
    assert!(row.class_name().contains("is-unanswered"));
    assert_eq!(
        root.query_selector_all("input[type=radio]")
            .unwrap()
            .length(),
        6
    );
    assert!(find(&root, ".auth-options").is_none());
    assert!(
        find(&root, ".level-help-title").is_none(),
        "no level described before one is chosen"
    );
    let examples = find(&root, ".service-details .level-help")
        .expect("before a choice, the service's examples of the online levels")
        .text_content()
        .unwrap_or_default();
    assert!(
        examples.contains("Livello 3 — Invio online: ")
            && examples.contains("Livello 4 — Tutto online: "),
        "{examples}"
    );

    for (level, online) in [
        ("2", false),
        ("3", true),
        ("4", true),
        ("1", false),
        ("na", false),
    ] {
        click(&root, &format!("#q-services-imu-level-{level}"));
        settle().await;
        assert_eq!(
            find(&root, ".auth-options").is_some(),
            online,
            "SPID/CIE at level {level}"
        );
        assert_eq!(find(&root, "#q-services-imu-spid").is_some(), online);
        let checked = root
            .query_selector("input[name=q-services-imu-level]:checked")
            .unwrap()
            .unwrap()
            .unchecked_into::<web_sys::HtmlInputElement>()
            .value();
        assert_eq!(checked, level);
        let help = find(&root, ".level-help").expect("the help of the chosen level");
        // Its text, read whether the row's details are open (wide screens) or closed.
        let text = help.text_content().unwrap_or_default();
        if level == "3" {
            assert!(text.contains("Livello 3 — Invio online"), "{text}");
            assert!(text.contains("F24"), "the service's own example: {text}");
        }
        if level == "na" {
            assert!(text.contains("Non di competenza"));
        }
    }
    assert!(!find(&root, "#svc-imu")
        .unwrap()
        .class_name()
        .contains("is-unanswered"));

    // Online again: the flags come back as they were ("no" until ticked) and ticking one is saved.
    click(&root, "#q-services-imu-level-4");
    settle().await;
    click(&root, "#q-services-imu-cie");
    settle().await;
    let saved = find(&root, "#saved").unwrap().inner_text();
    assert_eq!(
        saved,
        format!(
            "{:?}",
            Some(ServiceAnswer {
                level: LevelAnswer::Level(4),
                spid: Some(false),
                cie: Some(true)
            })
        )
    );
    root.set_inner_html("");
}

fn progress(root: &web_sys::Element) -> (String, String, String) {
    let bar = find(root, "[role=progressbar]").expect("the progress bar");
    (
        bar.get_attribute("aria-valuenow").unwrap_or_default(),
        bar.get_attribute("aria-valuemax").unwrap_or_default(),
        bar.get_attribute("aria-valuetext").unwrap_or_default(),
    )
}

#[wasm_bindgen_test]
async fn progress_counts_answered_applicable_questions() {
    clear_storage();
    let window = web_sys::window().unwrap();
    window
        .location()
        .set_hash("#/questionario/servizi")
        .unwrap();
    let root = mount_point();
    yew::Renderer::<App>::with_root(root.clone()).render();
    settle().await;
    settle().await;
    assert!(
        find(&root, "#svc-certificati-anagrafici").is_some(),
        "the services step"
    );
    // 20 levels + pagoPA + 10 payment types + ANPR + 5 open data + 7 networks.
    assert_eq!(
        progress(&root),
        ("0".into(), "44".into(), "0 di 44 domande completate".into())
    );

    // Level 4: its two flags are asked inside the service's own question (they start as "no", which the
    // unticked boxes show): the total does not move.
    click(&root, "#q-services-certificati-anagrafici-level-4");
    settle().await;
    assert_eq!(progress(&root).2, "1 di 44 domande completate");
    click(&root, "#q-services-cambio-residenza-level-2");
    click(&root, "#q-services-carta-identita-level-na");
    settle().await;
    assert_eq!(progress(&root).2, "3 di 44 domande completate");
    // Back offline: still three services answered of 44 questions.
    click(&root, "#q-services-certificati-anagrafici-level-1");
    settle().await;
    assert_eq!(
        progress(&root),
        ("3".into(), "44".into(), "3 di 44 domande completate".into())
    );
    assert_eq!(
        care::components::questionnaire::progress::bar_width(&root),
        "6%",
        "3/44 of the bar, rounded down"
    );
    // pagoPA not active: the answer settles the ten payment types, the total stays.
    click(&root, "#step-btn-pa-digitale");
    settle().await;
    click(&root, "#q-pagopa-active-no");
    settle().await;
    assert_eq!(progress(&root).2, "14 di 44 domande completate");

    // The answers were saved at once.
    let saved = window
        .local_storage()
        .unwrap()
        .unwrap()
        .get_item("care.state.v1")
        .unwrap()
        .expect("the state is saved");
    assert!(
        saved.contains("\"carta-identita\":{\"level\":\"na\"}"),
        "{saved}"
    );
    window.location().set_hash("").unwrap();
    root.set_inner_html("");
}

/// A stepper at the services step, with the first step done.
#[function_component(StepperAtServices)]
fn stepper_at_services() -> Html {
    let store = use_reducer(|| StoreState(Store::default()));
    html! {
        <ContextProvider<care::app::StoreHandle> context={store}>
            <Stepper current={Step::Services} done={[true, false, false, false, false]}
                     onselect={Callback::noop()} />
        </ContextProvider<care::app::StoreHandle>>
    }
}

#[wasm_bindgen_test]
async fn the_stepper_marks_current_done_and_todo_steps() {
    let root = mount_point();
    yew::Renderer::<StepperAtServices>::with_root(root.clone()).render();
    settle().await;
    let items = root.query_selector_all(".steppers li").unwrap();
    assert_eq!(items.length(), 5);
    let class = |i: u32| {
        items
            .item(i)
            .unwrap()
            .unchecked_into::<web_sys::Element>()
            .class_name()
    };
    assert_eq!([class(0), class(1), class(2)], ["done", "current", "todo"]);
    let current = find(&root, "[aria-current=step]").unwrap();
    assert!(current.inner_text().contains("Servizi online"));
    assert!(find(&root, "li.done .visually-hidden")
        .unwrap()
        .inner_text()
        .contains("completata"));
    root.set_inner_html("");
}
