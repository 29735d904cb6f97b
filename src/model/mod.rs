//! The Ca.Re model.
