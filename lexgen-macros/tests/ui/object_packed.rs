//! `lexgen::object!` refuses a packed struct: its fields may be unaligned for their types.
#[repr(C, packed)]
pub struct Packed {
    pub flag: bool,
    pub count: i64,
    pub extra: lexgen::model::Map,
}

lexgen::object! {
    Packed, extra {
        flag: required "flag",
        count: required "count",
    }
}

fn main() {}
