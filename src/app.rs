//! The web app's root: the page of each route in each module (the routes are the table of `crate::routes`), the
//! store context, persistence and the page layout.

use std::rc::Rc;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::layout::Layout;
use crate::pages;
use crate::routes::Module;
pub use crate::routes::Route;
use crate::services::storage;
use crate::store::{Action, Store};

/// The store as a yew reducer.
#[derive(Clone, Debug, PartialEq)]
pub struct StoreState(pub Store);

impl Reducible for StoreState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.0.apply(action);
        Rc::new(next)
    }
}

impl std::ops::Deref for StoreState {
    type Target = Store;
    fn deref(&self) -> &Store {
        &self.0
    }
}

/// What components get from `use_store()`.
pub type StoreHandle = UseReducerHandle<StoreState>;

/// Creates an empty assessment and makes it current: the start page's way in, the questionnaire's first visit and
/// the "new assessment" buttons.
pub fn create_assessment(store: &StoreHandle) {
    let now = crate::services::dom::now_ms();
    store.dispatch(Action::Create {
        id: store.fresh_id(now as u64),
        name: String::new(),
        now_ms: now,
    });
}

/// The pages of the full app: every route.
pub fn full_switch(route: Route) -> Html {
    match route {
        Route::Results => html! { <pages::results::ResultsPage /> },
        Route::Assessments => html! { <pages::assessments::AssessmentsPage /> },
        Route::Compare => html! { <pages::compare::ComparePage /> },
        Route::Files => html! { <pages::files::FilesPage /> },
        Route::Shared { data } => html! { <pages::shared::SharedPage data={data} /> },
        Route::SharedEmpty => html! { <pages::shared::SharedPage data={""} /> },
        Route::Method => html! { <pages::method::MethodPage /> },
        Route::Report => html! { <pages::report::ReportPage /> },
        Route::Embed { theme, view, data } => {
            html! { <pages::embed::EmbedPage {theme} {view} {data} /> }
        }
        Route::EmbedIncomplete { .. } | Route::EmbedEmpty => {
            html! { <pages::embed::EmbedIncompletePage /> }
        }
        Route::Start
        | Route::Questionnaire
        | Route::QuestionnaireStep { .. }
        | Route::Accessibility
        | Route::NotFound => core_pages(route),
    }
}

/// The pages of the light app that a first visit loads: the routes of [`Module::Core`] (start page, questionnaire,
/// accessibility statement). A route of the full app shows a loader that brings in the full app and hands the page
/// over to it (see `pages::full_app`).
pub fn core_switch(route: Route) -> Html {
    match route.module() {
        Module::Full => html! { <pages::full_app::FullAppLoader /> },
        Module::Core => core_pages(route),
    }
}

/// The routes of [`Module::Core`], which both apps render the same way. The full app's routes never come here.
fn core_pages(route: Route) -> Html {
    match route {
        Route::Start => html! { <pages::start::StartPage /> },
        Route::Questionnaire => {
            html! { <pages::questionnaire::QuestionnairePage step={None::<String>} /> }
        }
        Route::QuestionnaireStep { step } => {
            html! { <pages::questionnaire::QuestionnairePage step={Some(step)} /> }
        }
        Route::Accessibility => html! { <pages::accessibility::AccessibilityPage /> },
        _ => html! { <pages::not_found::NotFoundPage /> },
    }
}

/// Which pages an app renders: [`full_switch`] or [`core_switch`].
#[derive(Properties, Clone)]
pub struct AppRootProps {
    /// The route-to-page function.
    pub switch: fn(Route) -> Html,
}

impl PartialEq for AppRootProps {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::fn_addr_eq(self.switch, other.switch)
    }
}

/// The pages in the app's frame (header, navigation, notices, footer, update banner), except the embed routes,
/// which are shown alone in another site's iframe.
#[function_component(Frame)]
fn frame(props: &AppRootProps) -> Html {
    let route = use_route::<Route>();
    let render = props.switch;
    if matches!(
        route,
        Some(Route::Embed { .. } | Route::EmbedIncomplete { .. } | Route::EmbedEmpty)
    ) {
        return html! { <Switch<Route> render={render} /> };
    }
    html! {
        <>
            <Layout>
                <Switch<Route> render={render} />
            </Layout>
            <crate::components::update_banner::UpdateBanner />
        </>
    }
}

/// The root component: loads the saved state once, saves it on every change, and lays out the pages that
/// `props.switch` renders.
#[function_component(AppRoot)]
pub fn app_root(props: &AppRootProps) -> Html {
    let store = use_reducer(|| StoreState(storage::load()));

    // Other tabs' saves are followed, so that two tabs never overwrite each other.
    storage::use_other_tabs(store.clone());
    // Persistence: one effect, on every change of the state.
    {
        let handle = store.clone();
        use_effect_with(store.clone(), move |state| {
            let status = storage::save(&state.0);
            if status != state.storage {
                handle.dispatch(Action::SetStorage(status));
            }
        });
    }
    // The document follows the language.
    use_effect_with(store.lang, |lang| {
        crate::services::dom::set_document_lang(*lang);
    });

    html! {
        <ContextProvider<StoreHandle> context={store}>
            <HashRouter>
                <Frame switch={props.switch} />
            </HashRouter>
        </ContextProvider<StoreHandle>>
    }
}

/// The full app: every page.
#[function_component(App)]
pub fn app() -> Html {
    html! { <AppRoot switch={full_switch as fn(Route) -> Html} /> }
}

thread_local! {
    /// The light app while it is mounted: it is destroyed when it hands the page over to the full app.
    static CORE_APP: std::cell::RefCell<Option<yew::AppHandle<AppRoot>>> = const { std::cell::RefCell::new(None) };
}

/// Mounts the full app in the page's `#app` element (or the body). Called by the `care-full` module.
pub fn start() {
    let props = AppRootProps {
        switch: full_switch,
    };
    match app_root_element() {
        Some(el) => {
            yew::Renderer::<AppRoot>::with_root_and_props(el, props).render();
        }
        None => {
            yew::Renderer::<AppRoot>::with_props(props).render();
        }
    }
}

/// Mounts the light app of a first visit in the page's `#app` element (or the body). Called by `care-web`.
pub fn start_core() {
    let props = AppRootProps {
        switch: core_switch,
    };
    let handle = match app_root_element() {
        Some(el) => yew::Renderer::<AppRoot>::with_root_and_props(el, props).render(),
        None => yew::Renderer::<AppRoot>::with_props(props).render(),
    };
    CORE_APP.with(|app| *app.borrow_mut() = Some(handle));
}

/// Takes the light app off the page (before the full app mounts in its place). Does nothing in the full app.
pub fn stop_core() {
    if let Some(handle) = CORE_APP.with(|app| app.borrow_mut().take()) {
        handle.destroy();
    }
}

fn app_root_element() -> Option<web_sys::Element> {
    let doc = web_sys::window()?.document()?;
    let el = doc.get_element_by_id("app")?;
    el.set_inner_html("");
    Some(el)
}
