//! The web app's root: the page of each route in each module (the routes are the table of `crate::routes`), the
//! store context, persistence and the page layout.

use std::rc::Rc;

use yew::prelude::*;
use yew_router::history::{AnyHistory, HashHistory, MemoryHistory};
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
        Route::History => html! { <pages::history::HistoryPage /> },
        Route::HistoryOf { id } => html! { <pages::history::HistoryPage id={id} /> },
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
        // The start page is what index.html holds at build time, for every route: after it, the quiet loading state
        // that a page opened on another route shows instead until the app runs (hidden otherwise, see
        // `assets/css/app.css`). It is part of the start page's render so that an app's first render is the built
        // page, the same markup in its place (see `mount`).
        Route::Start => html! {
            <>
                <pages::start::StartPage />
                <pages::full_app::RouteLoading />
            </>
        },
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

/// What an app renders: which pages, on which state, on which history.
#[derive(Properties, Clone)]
pub struct AppRootProps {
    /// The route-to-page function: [`full_switch`] or [`core_switch`].
    pub switch: fn(Route) -> Html,
    /// The state the app starts from: the saved one ([`storage::load`]) in the browser, a first visit's
    /// (`Store::default()`) for the server renderer.
    pub store: Store,
    /// Where the route comes from: the address's hash in the browser, the start route in memory for the server
    /// renderer.
    pub history: AnyHistory,
}

impl PartialEq for AppRootProps {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::fn_addr_eq(self.switch, other.switch)
            && self.store == other.store
            && self.history == other.history
    }
}

/// Which pages the frame shows.
#[derive(Properties, Clone)]
struct FrameProps {
    switch: fn(Route) -> Html,
}

impl PartialEq for FrameProps {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::fn_addr_eq(self.switch, other.switch)
    }
}

/// The pages in the app's frame (header, navigation, notices, footer, update banner), except the embed routes,
/// which are shown alone in another site's iframe.
#[function_component(Frame)]
fn frame(props: &FrameProps) -> Html {
    crate::hooks::route_place::use_route_place();
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

/// The root component, the same in the browser and in the server renderer (so that an app's first render is the
/// page built into index.html): starts from `props.store`, saves it on every change, and lays out the pages that
/// `props.switch` renders on the route of `props.history`.
#[function_component(AppRoot)]
pub fn app_root(props: &AppRootProps) -> Html {
    let store = use_reducer(|| StoreState(props.store.clone()));

    // Other tabs' saves are followed, so that two tabs never overwrite each other.
    storage::use_other_tabs(store.clone());
    // Persistence: one effect, on every change of the state.
    {
        let handle = store.clone();
        use_effect_with(store.clone(), move |_| storage::save_and_report(&handle));
    }
    // The document follows the language.
    use_effect_with(store.lang, |lang| {
        crate::services::dom::set_document_lang(*lang);
    });
    // The page built into index.html has given way to the app (tests and the boot script wait for this mark).
    use_effect_with((), |_| crate::services::dom::mark_app_live());

    html! {
        <ContextProvider<StoreHandle> context={store}>
            <Router history={props.history.clone()}>
                <Frame switch={props.switch} />
            </Router>
        </ContextProvider<StoreHandle>>
    }
}

/// The full app on the saved state and the address's route: every page (what the wasm tests mount).
#[function_component(App)]
pub fn app() -> Html {
    let props = use_memo((), |_| AppRootProps::in_browser(full_switch));
    html! { <AppRoot ..(*props).clone() /> }
}

impl AppRootProps {
    /// An app in the browser: the saved state, the route in the address's hash.
    fn in_browser(switch: fn(Route) -> Html) -> Self {
        AppRootProps {
            switch,
            store: storage::load(),
            history: AnyHistory::from(HashHistory::new()),
        }
    }

    /// What the page built into index.html is rendered from (`care-prerender`): a first visit's state (nothing
    /// saved, Italian, no notice) at the start route, which both apps render the same way.
    pub fn prerendered() -> Self {
        AppRootProps {
            switch: core_switch,
            store: Store::default(),
            history: AnyHistory::from(MemoryHistory::with_entries(vec![Route::Start.to_path()])),
        }
    }
}

thread_local! {
    /// The light app while it is mounted: it is destroyed when it hands the page over to the full app.
    static CORE_APP: std::cell::RefCell<Option<yew::AppHandle<AppRoot>>> = const { std::cell::RefCell::new(None) };
}

/// Starts the full app in the page's `#app` element (or the body): every route. Called by the `care-full` module,
/// which a page runs on its own (see [`mount`]) or after the light app, in that app's place.
pub fn start() {
    mount(full_switch);
}

/// Starts the light app (start page, questionnaire) in the page's `#app` element (or the body): what a first visit
/// whose browser asks to save data runs. Called by `care-web`.
pub fn start_core() {
    let handle = mount(core_switch);
    CORE_APP.with(|app| *app.borrow_mut() = Some(handle));
}

/// Mounts an app with these pages on the saved state and the address's route, in place of what `#app` holds: the
/// page built into index.html (on a first visit the app's render is the same markup, so nothing moves), or the light
/// app's last render. The element that had the keyboard focus gets it back. The page stays scrolled where it was: it
/// is emptied and filled again in the same turn of the event loop (the render is a microtask), before the browser
/// lays it out again.
///
/// The page is replaced rather than hydrated: the markup is the same, and yew's hydration would add about 16 KB
/// (gzip) to each module, which every first visit downloads.
fn mount(switch: fn(Route) -> Html) -> yew::AppHandle<AppRoot> {
    let props = AppRootProps::in_browser(switch);
    let focused = crate::services::handover::focused_selector();
    let handle = match emptied_app_root() {
        Some(el) => yew::Renderer::<AppRoot>::with_root_and_props(el, props).render(),
        None => yew::Renderer::<AppRoot>::with_props(props).render(),
    };
    if focused.is_some() {
        crate::services::handover::restore_focus(focused, 0, 10);
    }
    handle
}

/// Takes the light app off the page (before the full app mounts in its place). Does nothing in the full app.
pub fn stop_core() {
    if let Some(handle) = CORE_APP.with(|app| app.borrow_mut().take()) {
        handle.destroy();
    }
}

/// The start page in the app's frame (header, navigation, footer) as HTML, rendered natively at build time by yew's
/// server renderer for `index.html` (see `src/bin/care-prerender.rs`), so that the first paint does not wait for
/// WebAssembly. It is an app's first render for a first visit ([`AppRootProps::prerendered`]), which the app that
/// runs the page then puts in its place (see [`mount`]).
#[cfg(feature = "prerender")]
pub fn prerender_start_page() -> String {
    let render = yew::LocalServerRenderer::<AppRoot>::with_props(AppRootProps::prerendered())
        .hydratable(false)
        .render();
    tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a single-thread runtime for the server renderer")
        .block_on(render)
}

/// `#app`, emptied for an app to render in.
fn emptied_app_root() -> Option<web_sys::Element> {
    let doc = web_sys::window()?.document()?;
    let el = doc.get_element_by_id("app")?;
    el.set_inner_html("");
    Some(el)
}
