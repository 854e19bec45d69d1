//! `lexgen::object!` must name every field: the layout would leave one uninitialised otherwise.
pub struct Post {
    pub text: String,
    pub created_at: String,
    pub extra: lexgen::model::Map,
}

lexgen::object! {
    Post, extra {
        text: required "text",
    }
}

fn main() {}
