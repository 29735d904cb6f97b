//! Reusable components.

pub mod chart_canvas;
pub mod embed_code;
pub mod layout;
pub mod notices;
pub mod questionnaire;
pub mod results;
pub mod table_cells;
pub mod takeout;
pub mod transfer;
pub mod update_banner;
pub mod user_text;
