//! The typed client's subscriptions against the real `pds serve`: `Client::subscribe` on
//! `com.atproto.sync.subscribeRepos` replays the account's events from cursor 0 as typed messages
//! (`#identity`, `#account`, `#commit` with its ops), then follows a new write live; a cursor from the
//! future ends the stream with the server's typed error frame.

#![allow(clippy::unwrap_used)]

#[path = "support/server.rs"]
mod server;

use std::time::Duration;

use futures_util::StreamExt as _;
use lexgen::model::Did;
use lexicons::client::{Client, Subscription, SubscriptionError};
use lexicons::com::atproto::sync::subscribe_repos::{self, Message, RepoOpAction};
use server::Server;

/// The next message, within 10 s.
async fn next(events: &mut Subscription<Message>) -> Message {
    tokio::time::timeout(Duration::from_secs(10), events.next())
        .await
        .expect("no event within 10 s")
        .expect("the stream ended")
        .unwrap()
}

async fn post(base: &str, token: &str, did: &Did, text: &str) {
    let record = serde_json::json!({"repo": did.as_str(), "collection": "app.bsky.feed.post",
        "record": {"$type": "app.bsky.feed.post", "text": text, "createdAt": "2026-01-01T00:00:00Z"}});
    let response = reqwest::Client::new()
        .post(format!("{base}/xrpc/com.atproto.repo.createRecord"))
        .header("content-type", "application/json")
        .bearer_auth(token)
        .body(record.to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
}

#[tokio::test(flavor = "multi_thread")]
async fn subscribe_repos_yields_typed_events_replayed_then_live() {
    let pds = Server::start(&[]);
    let client = Client::new(pds.url());
    let created = client
        .call::<lexicons::com::atproto::server::create_account::CreateAccount>(
            &Default::default(),
            &lexicons::com::atproto::server::create_account::Input {
                did: None,
                email: Some("sub@example.com".to_owned()),
                handle: "sub.test".parse().unwrap(),
                invite_code: None,
                password: Some("pw-sub-123".to_owned()),
                plc_op: None,
                recovery_key: None,
                verification_code: None,
                verification_phone: None,
                extra: Default::default(),
            },
        )
        .await
        .unwrap();
    let did = created.did.clone();
    post(&pds.url(), &created.access_jwt, &did, "first").await;

    // Replayed from the start: the account's lifecycle, then the commit of the post.
    let mut events: Subscription<Message> = client
        .subscribe(
            subscribe_repos::NSID,
            &subscribe_repos::Params { cursor: Some(0) },
        )
        .await
        .unwrap();
    let mut seen = Vec::new();
    let first_post = loop {
        match next(&mut events).await {
            Message::Identity(identity) => {
                assert_eq!(identity.did, did);
                seen.push("identity");
            }
            Message::Account(account) => {
                assert_eq!(account.did, did);
                seen.push("account");
            }
            Message::Commit(commit)
                if commit
                    .ops
                    .iter()
                    .any(|op| op.path.starts_with("app.bsky.feed.post/")) =>
            {
                break commit;
            }
            Message::Commit(_) | Message::Sync(_) => seen.push("commit or sync"),
            other => panic!("unexpected event {other:?}"),
        }
    };
    assert!(
        seen.contains(&"identity") && seen.contains(&"account"),
        "{seen:?}"
    );
    assert_eq!(first_post.repo, did);
    assert_eq!(first_post.ops.len(), 1);
    assert_eq!(first_post.ops[0].action, RepoOpAction::Create);

    // Live: a second post arrives on the open stream, with a higher sequence number.
    post(&pds.url(), &created.access_jwt, &did, "second").await;
    let Message::Commit(second) = next(&mut events).await else {
        panic!("expected the second post's commit");
    };
    assert!(second.seq > first_post.seq);
    assert_eq!(second.since.as_option(), Some(&first_post.rev));

    // A cursor beyond the log: the server's error frame, typed, then the end of the stream.
    let mut future: Subscription<Message> = client
        .subscribe(
            subscribe_repos::NSID,
            &subscribe_repos::Params {
                cursor: Some(1_000_000),
            },
        )
        .await
        .unwrap();
    let refused = tokio::time::timeout(Duration::from_secs(10), future.next())
        .await
        .unwrap()
        .unwrap();
    match refused {
        Err(SubscriptionError::Server(body)) => assert_eq!(body.error, "FutureCursor"),
        other => panic!("expected FutureCursor, got {other:?}"),
    }
    assert!(future.next().await.is_none());
}
