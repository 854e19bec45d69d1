//! The email second factor (`emailAuthFactor`) through the official client (`@atproto/api`,
//! tests/js/email-2fa.mjs) against the real `pds serve` binary, reading the mailed codes from its outbox.

#![allow(clippy::unwrap_used)]

#[path = "support/server.rs"]
mod server;

#[test]
fn the_mailed_code_is_asked_for_checked_and_used_once() {
    if !atmos_tests::node::available("email second factor").unwrap() {
        return;
    }
    let server = server::Server::start(&[]);
    let outbox = server.data.path().join("outbox");
    let summary =
        atmos_tests::node::run_script("email-2fa.mjs", &[&server.url(), outbox.to_str().unwrap()])
            .unwrap();
    assert_eq!(summary["ok"], true, "{summary}");
    assert_eq!(summary["required"], "AuthFactorTokenRequired", "{summary}");
    assert_eq!(summary["reuse"], "InvalidToken", "{summary}");
    assert_eq!(summary["appPassword"], true, "{summary}");
}
