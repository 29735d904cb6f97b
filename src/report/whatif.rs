//! The what-if simulation's bookkeeping: how many answers a simulated copy changes from the saved ones.

use crate::model::{Answers, Edition};

/// The number of questions whose answer differs between `saved` and `copy` (a service's level, SPID and CIE
/// count separately).
pub fn changed_answers(edition: &Edition, saved: &Answers, copy: &Answers) -> usize {
    let mut n = 0;
    for s in &edition.services {
        let (a, b) = (saved.services.get(&s.id), copy.services.get(&s.id));
        n += usize::from(a.map(|x| x.level) != b.map(|x| x.level));
        n += usize::from(a.and_then(|x| x.spid) != b.and_then(|x| x.spid));
        n += usize::from(a.and_then(|x| x.cie) != b.and_then(|x| x.cie));
    }
    n += usize::from(saved.pagopa.active != copy.pagopa.active);
    for p in &edition.payment_types {
        n += usize::from(saved.pagopa.payments.get(&p.id) != copy.pagopa.payments.get(&p.id));
    }
    n += usize::from(saved.anpr != copy.anpr);
    let (a, b) = (&saved.open_data, &copy.open_data);
    n += usize::from(a.datasets != b.datasets);
    n += usize::from(a.open_format_share != b.open_format_share);
    n += usize::from(a.licence != b.licence);
    n += usize::from(a.dcat_harvested != b.dcat_harvested);
    n += usize::from(a.api_or_bulk != b.api_or_bulk);
    for s in &edition.social_networks {
        n += usize::from(saved.social.get(&s.id) != copy.social.get(&s.id));
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{current, Anpr, ServiceAnswer};

    #[test]
    fn counts_each_changed_question() {
        let e = current();
        let mut a = Answers::new("X");
        a.services.insert("imu".into(), ServiceAnswer::level(2));
        a.anpr = Some(Anpr::InProgress);
        assert_eq!(changed_answers(e, &a, &a.clone()), 0);
        let mut b = a.clone();
        b.services
            .insert("imu".into(), ServiceAnswer::online(3, true, true));
        b.anpr = Some(Anpr::Completed);
        assert_eq!(changed_answers(e, &a, &b), 4);
    }
}
