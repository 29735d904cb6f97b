//! Strings of the saved-assessments page (list, create, open, duplicate, rename, delete), and dates as shown.

use super::Plural;

use crate::model::Lang;

/// Saved-assessments strings.
#[derive(Debug)]
pub struct Assessments {
    pub title: &'static str,
    pub lead: &'static str,
    pub list_label: &'static str,
    pub empty: &'static str,
    pub create: &'static str,
    pub current: &'static str,
    pub year: &'static str,
    pub no_year: &'static str,
    pub changed: &'static str,
    pub by: &'static str,
    pub completeness: &'static str,
    pub index: &'static str,
    pub no_index: &'static str,
    pub provisional: &'static str,
    pub open: &'static str,
    pub duplicate: &'static str,
    pub rename: &'static str,
    pub delete: &'static str,
    pub copy_word: &'static str,
    pub copied: &'static str,
    pub renamed: &'static str,
    pub delete_title: &'static str,
    pub delete_text: &'static str,
    pub delete_confirm: &'static str,
    pub cancel: &'static str,
    pub close: &'static str,
    pub rename_title: &'static str,
    pub rename_label: &'static str,
    pub save: &'static str,
    pub count: Plural,
    // Backup copies of unreadable saved states
    pub backups_title: &'static str,
    pub backups_lead: &'static str,
    pub backups_label: &'static str,
    /// One copy: date and time.
    pub backup_item: &'static str,
    /// Its size in kB.
    pub backup_size: &'static str,
    pub backup_export: &'static str,
    pub backup_delete: &'static str,
    pub backup_delete_title: &'static str,
    pub backup_delete_text: &'static str,
    pub backup_deleted: &'static str,
    pub backup_exported: &'static str,
    pub backup_gone: &'static str,
}

/// Italian.
pub const IT: Assessments = Assessments {
    title: "Le mie valutazioni",
    lead: "Le valutazioni salvate in questo browser: altri Comuni, altri anni. Apri quella su cui lavorare, fanne una copia per l'anno successivo, rinominala o eliminala.",
    list_label: "Valutazioni salvate",
    empty: "Non ci sono ancora valutazioni salvate in questo browser.",
    create: "Nuova valutazione",
    current: "aperta ora",
    year: "anno {}",
    no_year: "anno non indicato",
    changed: "modificata il {}",
    by: "compilata da {}",
    completeness: "completa al {}%",
    index: "indice Ca.Re {}",
    no_index: "indice non ancora calcolabile",
    provisional: "provvisoria",
    open: "Apri",
    duplicate: "Duplica",
    rename: "Rinomina",
    delete: "Elimina",
    copy_word: "copia",
    copied: "Creata la copia «{}»: è la valutazione aperta ora.",
    renamed: "Valutazione rinominata in «{}».",
    delete_title: "Eliminare la valutazione?",
    delete_text: "La valutazione «{}» sarà eliminata da questo browser. Subito dopo potrai ancora annullare.",
    delete_confirm: "Elimina",
    cancel: "Annulla",
    close: "Chiudi",
    rename_title: "Rinomina la valutazione",
    rename_label: "Nome del Comune",
    save: "Salva",
    count: Plural {
        one: "{} valutazione salvata",
        other: "{} valutazioni salvate",
    },
    backups_title: "Copie di sicurezza",
    backups_lead: "Quando i dati salvati in questo browser non erano leggibili, ne abbiamo conservato una copia com'erano, per non perdere nulla. Le copie occupano spazio nel browser: esportale (un tecnico può recuperarne le risposte) ed eliminale quando non servono più.",
    backups_label: "Copie di sicurezza dei dati non leggibili",
    backup_item: "Copia del {}",
    backup_size: "{} kB",
    backup_export: "Esporta",
    backup_delete: "Elimina",
    backup_delete_title: "Eliminare la copia di sicurezza?",
    backup_delete_text: "La copia del {} sarà eliminata da questo browser e non potrà essere recuperata. Se non l'hai ancora fatto, esportala prima.",
    backup_deleted: "Copia di sicurezza eliminata.",
    backup_exported: "Copia esportata nel file «{}».",
    backup_gone: "Questa copia non c'è più (eliminata in un'altra scheda?).",
};

/// English.
pub const EN: Assessments = Assessments {
    title: "My assessments",
    lead: "The assessments saved in this browser: other comuni, other years. Open the one to work on, copy one for the next year, rename or delete it.",
    list_label: "Saved assessments",
    empty: "There are no assessments saved in this browser yet.",
    create: "New assessment",
    current: "open now",
    year: "year {}",
    no_year: "year not given",
    changed: "changed on {}",
    by: "filled in by {}",
    completeness: "{}% complete",
    index: "Ca.Re index {}",
    no_index: "index not computable yet",
    provisional: "provisional",
    open: "Open",
    duplicate: "Duplicate",
    rename: "Rename",
    delete: "Delete",
    copy_word: "copy",
    copied: "Copy “{}” created: it is the assessment open now.",
    renamed: "Assessment renamed “{}”.",
    delete_title: "Delete the assessment?",
    delete_text: "The assessment “{}” will be deleted from this browser. You can still undo right after.",
    delete_confirm: "Delete",
    cancel: "Cancel",
    close: "Close",
    rename_title: "Rename the assessment",
    rename_label: "Name of the comune",
    save: "Save",
    count: Plural {
        one: "{} saved assessment",
        other: "{} saved assessments",
    },
    backups_title: "Backup copies",
    backups_lead: "When the data saved in this browser could not be read, we kept a copy of it as it was, so that nothing is lost. The copies take up space in the browser: export them (a technician can recover their answers) and delete them when no longer needed.",
    backups_label: "Backup copies of unreadable data",
    backup_item: "Copy of {}",
    backup_size: "{} kB",
    backup_export: "Export",
    backup_delete: "Delete",
    backup_delete_title: "Delete the backup copy?",
    backup_delete_text: "The copy of {} will be deleted from this browser and cannot be recovered. If you have not done so yet, export it first.",
    backup_deleted: "Backup copy deleted.",
    backup_exported: "Copy exported to the file “{}”.",
    backup_gone: "This copy is no longer there (deleted in another tab?).",
};

/// A local date and time as parts (from the browser's clock), so that formatting stays pure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateParts {
    /// Full year.
    pub year: u32,
    /// Month, 1-12.
    pub month: u32,
    /// Day of the month, 1-31.
    pub day: u32,
    /// Hour, 0-23.
    pub hour: u32,
    /// Minute, 0-59.
    pub minute: u32,
}

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A date and time as users of the language expect: `23/11/2025 alle 10:05`, `23 November 2025 at 10:05`.
pub fn date_time(lang: Lang, d: DateParts) -> String {
    match lang {
        Lang::It => format!(
            "{:02}/{:02}/{} alle {:02}:{:02}",
            d.day, d.month, d.year, d.hour, d.minute
        ),
        Lang::En => format!(
            "{} {} {} at {:02}:{:02}",
            d.day,
            MONTHS_EN[(d.month.clamp(1, 12) - 1) as usize],
            d.year,
            d.hour,
            d.minute
        ),
    }
}

/// A time of day: `10:05`.
pub fn time_of_day(d: DateParts) -> String {
    format!("{:02}:{:02}", d.hour, d.minute)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_follow_the_language() {
        let d = DateParts {
            year: 2025,
            month: 11,
            day: 3,
            hour: 9,
            minute: 5,
        };
        assert_eq!(date_time(Lang::It, d), "03/11/2025 alle 09:05");
        assert_eq!(date_time(Lang::En, d), "3 November 2025 at 09:05");
        assert_eq!(time_of_day(d), "09:05");
    }
}
