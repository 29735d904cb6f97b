//! What to do next: the smallest raises of the given answers that move the comune to the next class, and the
//! single raises that gain the most Ca.Re points.
//!
//! **Knobs and steps.** Every answered question that can improve is a *knob* with a ladder of settings, one
//! *step* apart: a service level up by one (reaching level 3 "online" together with SPID and CIE access, since
//! going online without them lowers P1/P2 by the model's definition); a SPID or CIE flag to yes; pagoPA
//! activated; a payment type collected through pagoPA; ANPR one state up; the number of open datasets to the
//! next milestone (10, 25, 50, 100, then the full-score anchor); the open-format share to the next multiple of
//! 25%; the licence one answer up; DCAT-AP_IT or API access to yes; a social network to an active account.
//! Unanswered questions, "not applicable" services and uncollected payment types are never touched: the plan
//! changes answers, it does not invent them. Every step raises or keeps every dimension (the model's
//! monotonicity, `tests/model_props.rs`).
//!
//! **Steps are edits.** A step changes answers only through [`Edit`]s applied by [`Edit::apply`], as the
//! questionnaire and the what-if do: "a service to level 3 with SPID and CIE" is the level, then SPID yes, then
//! CIE yes, and gives the same answers as a user who chooses level 3 and ticks both boxes.
//!
//! **Next class.** Blocchi di partenza → Stacco → Spinta; from Spinta omogeneo or differenziato the next goal is
//! Spinta eccellente (all three dimensions high); Spinta eccellente is the top. The size of a plan is its number
//! of steps. The search first tries every plan of one and two steps exhaustively (so a plan of up to
//! [`EXACT_STEPS`] + 1 steps is minimal). Longer plans are built per target band combination (every combination
//! of bands, each at least the current one, that gives the goal): each dimension that must cross a cut is
//! raised greedily by the step with the largest gain on that dimension (ties: the larger Ca.Re gain, then
//! questionnaire order; when no single step gains, the best pair, which finds "activate pagoPA, then move a
//! payment type"), then the plan is pruned until no step can be removed; the combination with the fewest steps
//! wins (ties: the higher Ca.Re). Candidates are scored with the model's one scorer, [`crate::model::score`],
//! which builds no text (`examples/bench_plan.rs` times the worst case).

use std::cell::RefCell;
use std::collections::HashMap;

use crate::model::{
    classify_with, score, Anpr, Answers, Class, Classification, Edit, Edition, LevelAnswer,
    Licence, PaymentChannel, SocialStatus, SubLabel,
};
use crate::sort::sort_by_number;

/// Plans of up to this many steps are found by exhaustive search.
pub const EXACT_STEPS: u32 = 2;

/// Milestones of the number of open datasets below the full-score anchor.
const DATASET_MILESTONES: [u32; 4] = [10, 25, 50, 100];

/// One answer that a plan can raise.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Knob {
    /// The level of a service (by id).
    ServiceLevel(String),
    /// SPID access to an online service.
    Spid(String),
    /// CIE access to an online service.
    Cie(String),
    /// Whether the comune is active on pagoPA.
    PagopaActive,
    /// A payment type (by id) collected through pagoPA.
    Payment(String),
    /// The ANPR migration.
    Anpr,
    /// The number of open datasets.
    Datasets,
    /// The share of datasets in open formats.
    OpenFormat,
    /// The open licence.
    Licence,
    /// DCAT-AP_IT metadata harvested.
    Dcat,
    /// Access by API or bulk download.
    Api,
    /// A social network (by id).
    Social(String),
}

/// The PNRR measures (Missione 1, Componente 1) that fund a change.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Measure {
    /// 1.4.1 "Esperienza del cittadino nei servizi pubblici": online services.
    Pnrr141,
    /// 1.4.3 adoption of pagoPA and App IO.
    Pnrr143,
    /// 1.4.4 SPID/CIE and ANPR.
    Pnrr144,
}

impl Measure {
    /// The measure's number, e.g. `1.4.1`.
    pub fn code(self) -> &'static str {
        match self {
            Measure::Pnrr141 => "1.4.1",
            Measure::Pnrr143 => "1.4.3",
            Measure::Pnrr144 => "1.4.4",
        }
    }
}

impl Knob {
    /// The PNRR measure that applies to this answer, if any.
    pub fn measure(&self) -> Option<Measure> {
        match self {
            Knob::ServiceLevel(_) => Some(Measure::Pnrr141),
            Knob::PagopaActive | Knob::Payment(_) => Some(Measure::Pnrr143),
            Knob::Spid(_) | Knob::Cie(_) | Knob::Anpr => Some(Measure::Pnrr144),
            _ => None,
        }
    }

    /// Which dimensions (DPS, DPA, DO) a step of this knob can raise.
    pub fn dimensions(&self) -> [bool; 3] {
        match self {
            Knob::ServiceLevel(_) => [true, true, false],
            Knob::Spid(_) | Knob::Cie(_) | Knob::PagopaActive | Knob::Payment(_) | Knob::Anpr => {
                [false, true, false]
            }
            _ => [false, false, true],
        }
    }
}

/// The value of a knob.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Setting {
    /// A service level 0-4.
    Level(u8),
    /// A yes/no answer (a missing SPID/CIE flag reads as no).
    Yes(bool),
    /// How a payment type is collected.
    Channel(PaymentChannel),
    /// The ANPR state.
    Anpr(Anpr),
    /// A number of datasets.
    Count(u32),
    /// A share 0-100.
    Share(f64),
    /// The licence answer.
    Licence(Licence),
    /// A social network's status.
    Social(SocialStatus),
}

/// One knob raised by one or more steps.
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    /// The answer changed.
    pub knob: Knob,
    /// Its current value.
    pub from: Setting,
    /// Its value after the change.
    pub to: Setting,
    /// Steps between the two.
    pub steps: u32,
}

/// The goal of a plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// This class or a higher one.
    Class(Class),
    /// Spinta with every dimension high.
    Eccellente,
}

impl Target {
    /// Whether a classification meets the goal.
    pub fn reached(self, c: &Classification) -> bool {
        match self {
            Target::Class(class) => c.class >= class,
            Target::Eccellente => {
                c.class == Class::Spinta && c.sub_label == Some(SubLabel::Eccellente)
            }
        }
    }
}

/// A plan that reaches the next class.
#[derive(Clone, Debug, PartialEq)]
pub struct Plan {
    /// The goal.
    pub target: Target,
    /// The changes, in questionnaire order.
    pub changes: Vec<Change>,
    /// The number of steps.
    pub steps: u32,
    /// True when no plan with fewer steps reaches the goal.
    pub minimal: bool,
    /// The classification now.
    pub before: Classification,
    /// The classification with the plan applied.
    pub after: Classification,
}

/// What the plan search found.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    /// A dimension is undefined (nothing answered in it): no class to improve on.
    NoClass,
    /// Already Spinta eccellente.
    Top(Classification),
    /// No raise of the given answers reaches the goal (the missing answers may).
    Unreachable {
        /// The goal.
        target: Target,
        /// The classification now.
        before: Classification,
    },
    /// A plan.
    Found(Plan),
}

/// The Ca.Re gain of one step on one answer.
#[derive(Clone, Debug, PartialEq)]
pub struct Gain {
    /// The one-step change.
    pub change: Change,
    /// Composite points gained.
    pub care: f64,
    /// Points gained on DPS, DPA and DO.
    pub dims: [f64; 3],
}

/// The settings one knob climbs, from the answer given to the best.
struct Ladder {
    knob: Knob,
    chain: Vec<Setting>,
}

impl Ladder {
    /// The ladder of `knob` along `chain`, when it has a step to climb.
    fn of(knob: Knob, chain: Vec<Setting>) -> Option<Ladder> {
        (chain.len() > 1).then_some(Ladder { knob, chain })
    }

    /// The ladder of `knob` from the answer `current` up the ordered `steps` (none when `current` is not one of
    /// them or is the last).
    fn up<T: Copy + PartialEq>(
        knob: Knob,
        current: Option<T>,
        steps: &[T],
        setting: fn(T) -> Setting,
    ) -> Option<Ladder> {
        let at = steps.iter().position(|s| Some(*s) == current)?;
        Ladder::of(knob, steps[at..].iter().map(|s| setting(*s)).collect())
    }
}

/// The ladder of a yes/no flag: from "no" (or no answer) to "yes".
fn to_yes(knob: Knob) -> Ladder {
    Ladder {
        knob,
        chain: vec![Setting::Yes(false), Setting::Yes(true)],
    }
}

/// The settings from `first` on: `first`, then each of `milestones` above it.
fn climb<T: Copy>(
    first: T,
    milestones: impl IntoIterator<Item = T>,
    above: impl Fn(T, T) -> bool,
    setting: fn(T) -> Setting,
) -> Vec<Setting> {
    std::iter::once(first)
        .chain(milestones.into_iter().filter(|m| above(*m, first)))
        .map(setting)
        .collect()
}

/// Every knob the answers can still turn up, with its ladder, in questionnaire order.
fn ladders(edition: &Edition, answers: &Answers) -> Vec<Ladder> {
    let mut out = Vec::new();
    for s in &edition.services {
        let Some(a) = answers.services.get(&s.id) else {
            continue;
        };
        let LevelAnswer::Level(l) = a.level else {
            continue;
        };
        let levels = (l.min(4)..=4).map(Setting::Level).collect();
        out.extend(Ladder::of(Knob::ServiceLevel(s.id.clone()), levels));
        if edition.is_online(a.level) {
            if a.spid != Some(true) {
                out.push(to_yes(Knob::Spid(s.id.clone())));
            }
            if a.cie != Some(true) {
                out.push(to_yes(Knob::Cie(s.id.clone())));
            }
        }
    }
    let yes = [false, true];
    out.extend(Ladder::up(
        Knob::PagopaActive,
        answers.pagopa.active,
        &yes,
        Setting::Yes,
    ));
    for pt in &edition.payment_types {
        let channel = answers.pagopa.payments.get(&pt.id).copied();
        let steps = [PaymentChannel::Other, PaymentChannel::Pagopa];
        out.extend(Ladder::up(
            Knob::Payment(pt.id.clone()),
            channel,
            &steps,
            Setting::Channel,
        ));
    }
    let anpr = [Anpr::NotStarted, Anpr::InProgress, Anpr::Completed];
    out.extend(Ladder::up(Knob::Anpr, answers.anpr, &anpr, Setting::Anpr));
    let od = &answers.open_data;
    if let Some(n) = od.datasets {
        let anchor = edition.params.od1_full_datasets.value.max(1.0).ceil() as u32;
        let milestones = DATASET_MILESTONES
            .into_iter()
            .filter(|m| *m < anchor)
            .chain([anchor]);
        let chain = climb(n, milestones, |m, n| m > n, Setting::Count);
        out.extend(Ladder::of(Knob::Datasets, chain));
    }
    if let Some(s) = od.open_format_share.filter(|s| s.is_finite()) {
        let chain = climb(
            s,
            [25.0, 50.0, 75.0, 100.0],
            |m, s| m > s + 1e-9,
            Setting::Share,
        );
        out.extend(Ladder::of(Knob::OpenFormat, chain));
    }
    let licences = [Licence::None, Licence::Some, Licence::All];
    out.extend(Ladder::up(
        Knob::Licence,
        od.licence,
        &licences,
        Setting::Licence,
    ));
    for (knob, v) in [(Knob::Dcat, od.dcat_harvested), (Knob::Api, od.api_or_bulk)] {
        out.extend(Ladder::up(knob, v, &yes, Setting::Yes));
    }
    for n in &edition.social_networks {
        if let Some(st @ (SocialStatus::None | SocialStatus::Inactive)) = answers.social.get(&n.id)
        {
            out.push(Ladder {
                knob: Knob::Social(n.id.clone()),
                chain: vec![Setting::Social(*st), Setting::Social(SocialStatus::Active)],
            });
        }
    }
    out
}

/// Every knob of `answers` with its ladder of settings, the current one first (questionnaire order).
pub fn knobs(edition: &Edition, answers: &Answers) -> Vec<(Knob, Vec<Setting>)> {
    ladders(edition, answers)
        .into_iter()
        .map(|l| (l.knob, l.chain))
        .collect()
}

/// The edits that set one knob of `answers` to `to`: one edit, or, for a service that reaches "online" from below,
/// the level, then SPID yes and CIE yes. A setting of the wrong kind for the knob gives no edit.
pub fn edits(edition: &Edition, answers: &Answers, knob: &Knob, to: Setting) -> Vec<Edit> {
    let one = match (knob, to) {
        (Knob::ServiceLevel(id), Setting::Level(l)) => {
            let now = answers.services.get(id).map(|a| a.level);
            let level = LevelAnswer::Level(l);
            if edition.is_online(level) && !now.is_some_and(|x| edition.is_online(x)) {
                return online_with_spid_and_cie(id, level).to_vec();
            }
            Edit::Level {
                service: id.clone(),
                level,
            }
        }
        (Knob::Spid(id), Setting::Yes(value)) => Edit::Spid {
            service: id.clone(),
            value,
        },
        (Knob::Cie(id), Setting::Yes(value)) => Edit::Cie {
            service: id.clone(),
            value,
        },
        (Knob::PagopaActive, Setting::Yes(v)) => Edit::PagopaActive(v),
        (Knob::Payment(id), Setting::Channel(channel)) => Edit::Payment {
            payment: id.clone(),
            channel,
        },
        (Knob::Anpr, Setting::Anpr(a)) => Edit::Anpr(a),
        (Knob::Datasets, Setting::Count(n)) => Edit::Datasets(Some(n)),
        (Knob::OpenFormat, Setting::Share(s)) => Edit::OpenFormatShare(Some(s)),
        (Knob::Licence, Setting::Licence(l)) => Edit::Licence(l),
        (Knob::Dcat, Setting::Yes(v)) => Edit::DcatHarvested(v),
        (Knob::Api, Setting::Yes(v)) => Edit::ApiOrBulk(v),
        (Knob::Social(id), Setting::Social(status)) => Edit::Social {
            network: id.clone(),
            status,
        },
        _ => return Vec::new(),
    };
    vec![one]
}

/// A service to an online `level` with SPID and CIE access: what a user does by choosing the level and ticking
/// both boxes.
fn online_with_spid_and_cie(service: &str, level: LevelAnswer) -> [Edit; 3] {
    let service = service.to_string();
    [
        Edit::Level {
            service: service.clone(),
            level,
        },
        Edit::Spid {
            service: service.clone(),
            value: true,
        },
        Edit::Cie {
            service,
            value: true,
        },
    ]
}

/// Sets one knob in `answers` by applying its [`edits`].
pub fn set(edition: &Edition, answers: &mut Answers, knob: &Knob, to: Setting) {
    for e in edits(edition, answers, knob, to) {
        e.apply(edition, answers);
    }
}

/// The answers with every change applied (each through its [`edits`]).
pub fn apply(edition: &Edition, answers: &Answers, changes: &[Change]) -> Answers {
    let mut out = answers.clone();
    for c in changes {
        set(edition, &mut out, &c.knob, c.to);
    }
    out
}

/// The search state: steps taken on each ladder.
type State = Vec<u8>;

struct Search<'a> {
    edition: &'a Edition,
    base: &'a Answers,
    ladders: Vec<Ladder>,
    /// For each ladder, the edits that take it from the base answers to each setting (computed once).
    rungs: Vec<Vec<Vec<Edit>>>,
    /// The dimensions of every state scored so far: the greedy search meets the same states again for each
    /// combination of bands it tries, and each is scored once.
    scored: RefCell<HashMap<State, [Option<f64>; 3]>>,
}

impl<'a> Search<'a> {
    fn new(edition: &'a Edition, base: &'a Answers) -> Search<'a> {
        let ladders = ladders(edition, base);
        let rungs = ladders
            .iter()
            .map(|l| {
                l.chain
                    .iter()
                    .map(|to| edits(edition, base, &l.knob, *to))
                    .collect()
            })
            .collect();
        Search {
            edition,
            base,
            ladders,
            rungs,
            scored: RefCell::default(),
        }
    }

    fn build(&self, state: &[u8]) -> Answers {
        let mut a = self.base.clone();
        for (rungs, s) in self.rungs.iter().zip(state) {
            if *s > 0 {
                for e in &rungs[*s as usize] {
                    e.apply(self.edition, &mut a);
                }
            }
        }
        a
    }

    fn dims(&self, state: &[u8]) -> [Option<f64>; 3] {
        if let Some(d) = self.scored.borrow().get(state) {
            return *d;
        }
        let s = score(self.edition, &self.build(state));
        let d = [s.dps, s.dpa, s.do_];
        self.scored.borrow_mut().insert(state.to_vec(), d);
        d
    }

    fn classify(&self, state: &[u8]) -> Option<Classification> {
        match self.dims(state) {
            [Some(a), Some(b), Some(c)] => Some(classify_with(self.edition, a, b, c)),
            _ => None,
        }
    }

    fn max_steps(&self, i: usize) -> u8 {
        (self.ladders[i].chain.len() - 1) as u8
    }

    fn reached(&self, state: &[u8], target: Target) -> Option<Classification> {
        self.classify(state).filter(|c| target.reached(c))
    }

    /// The best plan of exactly `depth` steps (1 or 2), by Ca.Re after.
    fn exhaustive(&self, target: Target, depth: u32) -> Option<State> {
        let n = self.ladders.len();
        let mut best: Option<(f64, State)> = None;
        let consider = |state: State, best: &mut Option<(f64, State)>| {
            if let Some(c) = self.reached(&state, target) {
                if best.as_ref().is_none_or(|(care, _)| c.care > *care + 1e-12) {
                    *best = Some((c.care, state));
                }
            }
        };
        match depth {
            1 => {
                for i in 0..n {
                    let mut s = vec![0; n];
                    s[i] = 1;
                    consider(s, &mut best);
                }
            }
            2 => {
                for i in 0..n {
                    if self.max_steps(i) >= 2 {
                        let mut s = vec![0; n];
                        s[i] = 2;
                        consider(s, &mut best);
                    }
                    for j in i + 1..n {
                        let mut s = vec![0; n];
                        s[i] = 1;
                        s[j] = 1;
                        consider(s, &mut best);
                    }
                }
            }
            _ => {}
        }
        best.map(|(_, s)| s)
    }

    /// Raises dimension `dim` to at least `cut` greedily; false when it cannot be done.
    fn raise(&self, state: &mut State, dim: usize, cut: f64) -> bool {
        let tol = self.edition.params.cut_tolerance.value;
        let n = self.ladders.len();
        let relevant: Vec<usize> = (0..n)
            .filter(|i| self.ladders[*i].knob.dimensions()[dim])
            .collect();
        let value = |s: &[u8]| {
            let d = self.dims(s);
            (d[dim].unwrap_or(0.0), composite(self.edition, d))
        };
        let budget: u32 = (0..n).map(|i| u32::from(self.max_steps(i))).sum();
        for _ in 0..=budget {
            let (now, now_care) = value(state);
            if now + tol >= cut {
                return true;
            }
            // The single step with the largest gain on `dim` (ties: Ca.Re gain, then order).
            let mut best: Option<(f64, f64, State)> = None;
            let offer = |cand: State, steps: f64, best: &mut Option<(f64, f64, State)>| {
                let (v, care) = value(&cand);
                let gain = (v - now) / steps;
                let care_gain = (care - now_care) / steps;
                if gain > 1e-12
                    && best.as_ref().is_none_or(|(g, cg, _)| {
                        gain > g + 1e-12 || (gain > g - 1e-12 && care_gain > cg + 1e-12)
                    })
                {
                    *best = Some((gain, care_gain, cand));
                }
            };
            for &i in &relevant {
                if state[i] < self.max_steps(i) {
                    let mut cand = state.clone();
                    cand[i] += 1;
                    offer(cand, 1.0, &mut best);
                }
            }
            if best.is_none() {
                // Nothing gains alone: the best pair (an enabling step and what it enables).
                for (a, &i) in relevant.iter().enumerate() {
                    for &j in &relevant[a..] {
                        let mut cand = state.clone();
                        cand[i] += 1;
                        cand[j] += 1;
                        if cand[i] <= self.max_steps(i) && cand[j] <= self.max_steps(j) {
                            offer(cand, 2.0, &mut best);
                        }
                    }
                }
            }
            match best {
                Some((_, _, s)) => *state = s,
                None => return false,
            }
        }
        false
    }

    /// Removes steps, last knob first, while the goal stays reached.
    fn prune(&self, state: &mut State, target: Target) {
        loop {
            let mut changed = false;
            for i in (0..state.len()).rev() {
                while state[i] > 0 {
                    state[i] -= 1;
                    if self.reached(state, target).is_some() {
                        changed = true;
                    } else {
                        state[i] += 1;
                        break;
                    }
                }
            }
            if !changed {
                return;
            }
        }
    }

    fn greedy(&self, target: Target, before: &Classification) -> Option<State> {
        let p = &self.edition.params;
        let cuts = [0.0, p.band_low_cut.value, p.band_high_cut.value];
        let now: Vec<usize> = before.bands.iter().map(|b| band_index(*b)).collect();
        let mut best: Option<(u32, f64, State)> = None;
        for t0 in now[0]..3 {
            for t1 in now[1]..3 {
                for t2 in now[2]..3 {
                    let t = [t0, t1, t2];
                    let c = classify_with(self.edition, cuts[t0], cuts[t1], cuts[t2]);
                    if !target.reached(&c) {
                        continue;
                    }
                    let mut state = vec![0u8; self.ladders.len()];
                    let ok =
                        (0..3).all(|d| t[d] == now[d] || self.raise(&mut state, d, cuts[t[d]]));
                    if !ok {
                        continue;
                    }
                    let Some(_) = self.reached(&state, target) else {
                        continue;
                    };
                    self.prune(&mut state, target);
                    let steps: u32 = state.iter().map(|s| u32::from(*s)).sum();
                    let care = self.reached(&state, target).map(|c| c.care).unwrap_or(0.0);
                    if best
                        .as_ref()
                        .is_none_or(|(s, cr, _)| steps < *s || (steps == *s && care > cr + 1e-12))
                    {
                        best = Some((steps, care, state));
                    }
                }
            }
        }
        best.map(|(_, _, s)| s)
    }

    fn changes(&self, state: &[u8]) -> Vec<Change> {
        self.ladders
            .iter()
            .zip(state)
            .filter(|(_, s)| **s > 0)
            .map(|(l, s)| Change {
                knob: l.knob.clone(),
                from: l.chain[0],
                to: l.chain[*s as usize],
                steps: u32::from(*s),
            })
            .collect()
    }
}

fn band_index(b: crate::model::Band) -> usize {
    match b {
        crate::model::Band::Basso => 0,
        crate::model::Band::Sufficiente => 1,
        crate::model::Band::Elevato => 2,
    }
}

fn composite(edition: &Edition, d: [Option<f64>; 3]) -> f64 {
    match d {
        [Some(a), Some(b), Some(c)] => classify_with(edition, a, b, c).care,
        _ => 0.0,
    }
}

/// The goal after a classification: the next class, or Spinta eccellente from another Spinta; `None` at the top.
pub fn next_target(c: &Classification) -> Option<Target> {
    match (c.class, c.sub_label) {
        (Class::Spinta, Some(SubLabel::Eccellente)) => None,
        (Class::Spinta, _) => Some(Target::Eccellente),
        (Class::Stacco, _) => Some(Target::Class(Class::Spinta)),
        (Class::BlocchiDiPartenza, _) => Some(Target::Class(Class::Stacco)),
    }
}

/// The smallest raises of the given answers that reach the next class (see the module documentation).
pub fn next_class(edition: &Edition, answers: &Answers) -> Outcome {
    let Some(before) = score(edition, answers).classification(edition) else {
        return Outcome::NoClass;
    };
    let Some(target) = next_target(&before) else {
        return Outcome::Top(before);
    };
    let search = Search::new(edition, answers);
    let mut found = None;
    for depth in 1..=EXACT_STEPS {
        if let Some(s) = search.exhaustive(target, depth) {
            found = Some(s);
            break;
        }
    }
    let state = match found {
        Some(s) => s,
        None => match search.greedy(target, &before) {
            Some(s) => s,
            None => return Outcome::Unreachable { target, before },
        },
    };
    let steps: u32 = state.iter().map(|s| u32::from(*s)).sum();
    let Some(after) = search.classify(&state) else {
        return Outcome::Unreachable { target, before };
    };
    Outcome::Found(Plan {
        target,
        changes: search.changes(&state),
        steps,
        minimal: steps <= EXACT_STEPS + 1,
        before,
        after,
    })
}

/// Every single-step raise with a positive Ca.Re gain, largest first (ties in questionnaire order). Empty when
/// the composite is undefined.
pub fn gains(edition: &Edition, answers: &Answers) -> Vec<Gain> {
    let search = Search::new(edition, answers);
    let n = search.ladders.len();
    let zero = vec![0u8; n];
    let before = search.dims(&zero);
    if before.iter().any(Option::is_none) {
        return Vec::new();
    }
    let before_care = composite(edition, before);
    let mut out: Vec<Gain> = (0..n)
        .filter_map(|i| {
            let mut s = zero.clone();
            s[i] = 1;
            let after = search.dims(&s);
            let care = composite(edition, after) - before_care;
            let dims = [0, 1, 2].map(|d| after[d].unwrap_or(0.0) - before[d].unwrap_or(0.0));
            (care > 1e-9).then(|| Gain {
                change: search.changes(&s).remove(0),
                care,
                dims,
            })
        })
        .collect();
    // Largest first, stable, on the gain rounded to 1e-6 (float noise must not reorder equal gains): ties keep
    // questionnaire order.
    sort_by_number(&mut out, |g| -(g.care * 1e6).round());
    out
}
