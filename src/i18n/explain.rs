//! Strings of the score explanation: the answer of each item in words and how its score is computed (the detail
//! tables of the results, the report and the CSV export). Numbers are filled in by `crate::report::score_details`.

use super::Plural;

/// Explanation strings.
#[derive(Debug)]
pub struct Explain {
    /// A question without an answer.
    pub unanswered: &'static str,
    /// Yes.
    pub yes: &'static str,
    /// No.
    pub no: &'static str,
    /// The computation of a "not applicable" service.
    pub left_out: &'static str,
    /// DPS: the count of rated services and the mean.
    pub dps_mean: Plural,
    /// DPS without a rated service.
    pub no_service_rated: &'static str,
    /// P1/P2 answer: services with the flag, online services, `SPID`/`CIE`.
    pub flag_answer: Plural,
    /// P1/P2 without an online service.
    pub no_online_service: &'static str,
    /// P3 answer of a comune not on pagoPA.
    pub pagopa_inactive: &'static str,
    /// P3 answer: payment types through pagoPA, payment types collected.
    pub pagopa_active: Plural,
    /// P3 of a comune on pagoPA that collects nothing.
    pub no_payment_collected: &'static str,
    /// OD1 answer: the number of datasets.
    pub datasets: Plural,
    /// OD4 answer: DCAT-AP_IT harvested, API or bulk download.
    pub od4_answer: &'static str,
    /// OD: the count of answered items and the mean.
    pub od_mean: Plural,
    /// SO1 answer: official accounts, networks.
    pub so1_answer: Plural,
    /// SO2 answer: active accounts, accounts.
    pub so2_answer: Plural,
    /// SO2 without an account.
    pub no_account: &'static str,
    /// DO with open data only.
    pub open_data_only: &'static str,
    /// DO with social networks only.
    pub social_only: &'static str,
    /// A dimension with nothing answered.
    pub nothing_answered: &'static str,
    /// DPA: the codes of the answered items and the mean.
    pub mean_of: &'static str,
}

/// Italian.
pub const IT: Explain = Explain {
    unanswered: "senza risposta",
    yes: "sì",
    no: "no",
    left_out: "escluso dalla media",
    dps_mean: Plural {
        one: "media di {} servizio valutato = {}",
        other: "media di {} servizi valutati = {}",
    },
    no_service_rated: "nessun servizio valutato",
    flag_answer: Plural {
        one: "{} servizio online su {} con {}",
        other: "{} servizi online su {} con {}",
    },
    no_online_service: "nessun servizio online = 0",
    pagopa_inactive: "non attivo su pagoPA",
    pagopa_active: Plural {
        one: "attivo; {} tipo di pagamento con pagoPA su {} riscossi",
        other: "attivo; {} tipi di pagamento con pagoPA su {} riscossi",
    },
    no_payment_collected: "nessun pagamento riscosso = 0",
    datasets: Plural {
        one: "{} dataset",
        other: "{} dataset",
    },
    od4_answer: "DCAT-AP_IT: {}; API o download: {}",
    od_mean: Plural {
        one: "media di {} voce = {}",
        other: "media di {} voci = {}",
    },
    so1_answer: Plural {
        one: "{} account ufficiale su {} reti",
        other: "{} account ufficiali su {} reti",
    },
    so2_answer: Plural {
        one: "{} account attivo su {}",
        other: "{} account attivi su {}",
    },
    no_account: "nessun account = 0",
    open_data_only: "solo open data = {}",
    social_only: "solo social = {}",
    nothing_answered: "nessuna risposta",
    mean_of: "media di {} = {}",
};

/// English.
pub const EN: Explain = Explain {
    unanswered: "not answered",
    yes: "yes",
    no: "no",
    left_out: "left out of the mean",
    dps_mean: Plural {
        one: "mean of {} rated service = {}",
        other: "mean of {} rated services = {}",
    },
    no_service_rated: "no service rated",
    flag_answer: Plural {
        one: "{} of {} online services with {}",
        other: "{} of {} online services with {}",
    },
    no_online_service: "no online service = 0",
    pagopa_inactive: "not active on pagoPA",
    pagopa_active: Plural {
        one: "active; {} of {} collected payment types through pagoPA",
        other: "active; {} of {} collected payment types through pagoPA",
    },
    no_payment_collected: "no payment collected = 0",
    datasets: Plural {
        one: "{} dataset",
        other: "{} datasets",
    },
    od4_answer: "DCAT-AP_IT: {}; API or bulk: {}",
    od_mean: Plural {
        one: "mean of {} item = {}",
        other: "mean of {} items = {}",
    },
    so1_answer: Plural {
        one: "{} official account of {} networks",
        other: "{} official accounts of {} networks",
    },
    so2_answer: Plural {
        one: "{} active account of {}",
        other: "{} active accounts of {}",
    },
    no_account: "no account = 0",
    open_data_only: "open data only = {}",
    social_only: "social media only = {}",
    nothing_answered: "nothing answered",
    mean_of: "mean of {} = {}",
};
