//! Wire compatibility: every message, built from the generated types, encodes to exactly the bytes the
//! hand-written encoders before it produced (recorded from them for these inputs), so stored events and
//! consumers see no change; and every frame reads back through the generated `Message::decode_frame`.

use lexgen::xrpc::Frame;

use super::*;

const DID: &str = "did:plc:w4xbfzo7kqfes5zb7r6qv3rw";
const TIME: &str = "2024-11-05T10:20:30.123Z";
const OUTDATED: &str = "Requested cursor exceeded limit. Possibly missing events";

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn did() -> Did {
    DID.parse().unwrap()
}

fn time() -> Datetime {
    TIME.parse().unwrap()
}

fn block(tag: u8) -> Block {
    let bytes = vec![0xa1, 0x61, b'a' + tag, tag + 1];
    (Cid::for_dag_cbor(&bytes), bytes)
}

/// The commit's ops: a create, an update (with `prev`) and a delete (`cid: null`).
fn ops() -> Vec<RepoOp> {
    let (record, _) = block(2);
    let (previous, _) = block(3);
    vec![
        RepoOp {
            action: OpAction::Create,
            path: "app.bsky.feed.post/3l7xjqmoeyz2k".into(),
            cid: Some(record),
            prev: None,
        },
        RepoOp {
            action: OpAction::Update,
            path: "app.bsky.actor.profile/self".into(),
            cid: Some(record),
            prev: Some(previous),
        },
        RepoOp {
            action: OpAction::Delete,
            path: "app.bsky.feed.like/3l7xjqmnzbc2k".into(),
            cid: None,
            prev: Some(previous),
        },
    ]
}

// Recorded from `repository/commit_event.rs`, `firehose/lifecycle.rs` and `firehose/frame.rs` as they were.
const COMMIT_FIRST: &str = "aa636f707383a363636964d82a58250001711220cd73ca4b3e28f34fd08bba2f8c46f44fd67218743119aef7441a8e7c230a8473647061746878206170702e62736b792e666565642e706f73742f336c37786a716d6f65797a326b66616374696f6e66637265617465a463636964d82a58250001711220cd73ca4b3e28f34fd08bba2f8c46f44fd67218743119aef7441a8e7c230a84736470617468781b6170702e62736b792e6163746f722e70726f66696c652f73656c666470726576d82a58250001711220a6abb8c02c12fbe2f8456aea6c0b5ba767e205d47ccde00ad04f923704a9adca66616374696f6e66757064617465a463636964f6647061746878206170702e62736b792e666565642e6c696b652f336c37786a716d6e7a6263326b6470726576d82a58250001711220a6abb8c02c12fbe2f8456aea6c0b5ba767e205d47ccde00ad04f923704a9adca66616374696f6e6664656c657465637265766d336c37786a716d6f65797a326b647265706f78206469643a706c633a77347862667a6f376b71666573357a6237723671763372776474696d657818323032342d31312d30355431303a32303a33302e3132335a65626c6f6273806573696e6365f666626c6f636b73588d3aa265726f6f747381d82a58250001711220eb989b4a620fd259ae02181bdab4fc3eb6dc6b45eb7322999bb1416bce3189266776657273696f6e012801711220eb989b4a620fd259ae02181bdab4fc3eb6dc6b45eb7322999bb1416bce318926a16161012801711220cd73ca4b3e28f34fd08bba2f8c46f44fd67218743119aef7441a8e7c230a8473a161630366636f6d6d6974d82a58250001711220eb989b4a620fd259ae02181bdab4fc3eb6dc6b45eb7322999bb1416bce31892666726562617365f466746f6f426967f4";
const COMMIT_NEXT: &str = "ab636f707383a363636964d82a58250001711220cd73ca4b3e28f34fd08bba2f8c46f44fd67218743119aef7441a8e7c230a8473647061746878206170702e62736b792e666565642e706f73742f336c37786a716d6f65797a326b66616374696f6e66637265617465a463636964d82a58250001711220cd73ca4b3e28f34fd08bba2f8c46f44fd67218743119aef7441a8e7c230a84736470617468781b6170702e62736b792e6163746f722e70726f66696c652f73656c666470726576d82a58250001711220a6abb8c02c12fbe2f8456aea6c0b5ba767e205d47ccde00ad04f923704a9adca66616374696f6e66757064617465a463636964f6647061746878206170702e62736b792e666565642e6c696b652f336c37786a716d6e7a6263326b6470726576d82a58250001711220a6abb8c02c12fbe2f8456aea6c0b5ba767e205d47ccde00ad04f923704a9adca66616374696f6e6664656c657465637265766d336c37786a716d6f65797a326b647265706f78206469643a706c633a77347862667a6f376b71666573357a6237723671763372776474696d657818323032342d31312d30355431303a32303a33302e3132335a65626c6f6273806573696e63656d336c37786a716d6e7a6263326b66626c6f636b73588d3aa265726f6f747381d82a58250001711220eb989b4a620fd259ae02181bdab4fc3eb6dc6b45eb7322999bb1416bce3189266776657273696f6e012801711220eb989b4a620fd259ae02181bdab4fc3eb6dc6b45eb7322999bb1416bce318926a16161012801711220cd73ca4b3e28f34fd08bba2f8c46f44fd67218743119aef7441a8e7c230a8473a161630366636f6d6d6974d82a58250001711220eb989b4a620fd259ae02181bdab4fc3eb6dc6b45eb7322999bb1416bce31892666726562617365f466746f6f426967f4687072657644617461d82a58250001711220467f9180dd71d387d92c36bc3da8d82f34ffdfe40a06a1374fa611b25d42cd7b";
const SYNC: &str = "a46364696478206469643a706c633a77347862667a6f376b71666573357a623772367176337277637265766d336c37786a716d6f65797a326b6474696d657818323032342d31312d30355431303a32303a33302e3132335a66626c6f636b7358643aa265726f6f747381d82a58250001711220eb989b4a620fd259ae02181bdab4fc3eb6dc6b45eb7322999bb1416bce3189266776657273696f6e012801711220eb989b4a620fd259ae02181bdab4fc3eb6dc6b45eb7322999bb1416bce318926a1616101";
const IDENTITY: &str = "a26364696478206469643a706c633a77347862667a6f376b71666573357a6237723671763372776474696d657818323032342d31312d30355431303a32303a33302e3132335a";
const IDENTITY_HANDLE: &str = "a36364696478206469643a706c633a77347862667a6f376b71666573357a6237723671763372776474696d657818323032342d31312d30355431303a32303a33302e3132335a6668616e646c6571616c6963652e6578616d706c652e636f6d";
const ACCOUNT_ACTIVE: &str = "a36364696478206469643a706c633a77347862667a6f376b71666573357a6237723671763372776474696d657818323032342d31312d30355431303a32303a33302e3132335a66616374697665f5";
const ACCOUNT_INACTIVE: &str = "a46364696478206469643a706c633a77347862667a6f376b71666573357a6237723671763372776474696d657818323032342d31312d30355431303a32303a33302e3132335a66616374697665f466737461747573";
const INFO_FRAME: &str = "a261746523696e666f626f7001a2646e616d656e4f75746461746564437572736f72676d657373616765783852657175657374656420637572736f72206578636565646564206c696d69742e20506f737369626c79206d697373696e67206576656e7473";
const ERROR_FUTURE_CURSOR: &str = "a1626f7020a2656572726f726c467574757265437572736f72676d65737361676575437572736f7220696e20746865206675747572652e";
const ERROR_CONSUMER_TOO_SLOW: &str = "a1626f7020a2656572726f726f436f6e73756d6572546f6f536c6f77676d657373616765781853747265616d20636f6e73756d657220746f6f20736c6f77";
const ERROR_INTERNAL: &str = "a1626f7020a2656572726f7273496e7465726e616c5365727665724572726f72676d65737361676575496e7465726e616c20536572766572204572726f72";
const ERROR_INVALID_REQUEST: &str =
    "a1626f7020a2656572726f726e496e76616c696452657175657374676d6573736167656a62616420637572736f72";
const EVENT_FRAME: &str = "a2617469236964656e74697479626f7001a46364696478206469643a706c633a77347862667a6f376b71666573357a62377236717633727763736571182a6474696d657818323032342d31312d30355431303a32303a33302e3132335a6668616e646c6571616c6963652e6578616d706c652e636f6d";

#[test]
fn commit_events_encode_as_before() {
    let (commit, commit_block) = block(0);
    let blocks = vec![(commit, commit_block), block(2)];
    let ops = ops();
    let rev: Tid = "3l7xjqmoeyz2k".parse().unwrap();
    let since: Tid = "3l7xjqmnzbc2k".parse().unwrap();
    let (data, _) = block(1);
    let did = did();
    let encode = |since, prev_data| {
        let diff = CommitDiff {
            did: &did,
            commit,
            rev,
            since,
            prev_data,
            ops: &ops,
            blocks: &blocks,
        };
        let event = commit_event(&diff, &time()).unwrap();
        assert_eq!(event.kind, "#commit");
        hex(&event.payload)
    };
    // The first commit: `since: null`, no `prevData`.
    assert_eq!(encode(None, None), COMMIT_FIRST);
    assert_eq!(encode(Some(since), Some(data)), COMMIT_NEXT);
}

#[test]
fn a_commit_over_the_limit_is_refused() {
    let (commit, commit_block) = block(0);
    let big = vec![0u8; MAX_COMMIT_BLOCKS_BYTES];
    let blocks = vec![(commit, commit_block), (Cid::for_raw(&big), big)];
    let diff = CommitDiff {
        did: &did(),
        commit,
        rev: "3l7xjqmoeyz2k".parse().unwrap(),
        since: None,
        prev_data: None,
        ops: &[],
        blocks: &blocks,
    };
    assert!(matches!(
        commit_event(&diff, &time()),
        Err(FirehoseError::CommitTooLarge(n)) if n > MAX_COMMIT_BLOCKS_BYTES
    ));
}

#[test]
fn lifecycle_events_encode_as_before() {
    let (commit, commit_block) = block(0);
    let rev = "3l7xjqmoeyz2k".parse().unwrap();
    let sync = sync_event(&did(), commit, &commit_block, rev, &time()).unwrap();
    assert_eq!((sync.kind, hex(&sync.payload)), ("#sync", SYNC.to_owned()));

    let handle: Handle = "alice.example.com".parse().unwrap();
    for (handle, expected) in [(None, IDENTITY), (Some(&handle), IDENTITY_HANDLE)] {
        let event = identity_event(&did(), handle, &time()).unwrap();
        assert_eq!(
            (event.kind, hex(&event.payload)),
            ("#identity", expected.to_owned())
        );
    }

    let event = account_event(&did(), AccountStatus::Active, &time()).unwrap();
    assert_eq!(
        (event.kind, hex(&event.payload)),
        ("#account", ACCOUNT_ACTIVE.to_owned())
    );
    for status in [
        InactiveStatus::Takendown,
        InactiveStatus::Suspended,
        InactiveStatus::Deactivated,
        InactiveStatus::Deleted,
    ] {
        let event = account_event(&did(), AccountStatus::Inactive(status), &time()).unwrap();
        let name = status.as_str().as_bytes();
        // The status is a short text string: major type 3 with its length in the low bits.
        let expected = format!("{ACCOUNT_INACTIVE}{:02x}{}", 0x60 + name.len(), hex(name));
        assert_eq!((event.kind, hex(&event.payload)), ("#account", expected));
    }
}

#[test]
fn frames_encode_as_before_and_decode_as_the_generated_types() {
    let handle: Handle = "alice.example.com".parse().unwrap();
    let event = StoredEvent {
        seq: 42,
        did: DID.to_owned(),
        kind: "#identity".to_owned(),
        time: TIME.to_owned(),
        payload: identity_event(&did(), Some(&handle), &time())
            .unwrap()
            .payload,
    };
    let frame = event_frame(&event).unwrap();
    assert_eq!(hex(&frame), EVENT_FRAME);
    match Message::decode_frame(&frame).unwrap() {
        Frame::Message(Message::Identity(identity)) => {
            assert_eq!((identity.seq, identity.handle), (42, Some(handle)));
        }
        other => panic!("not an #identity: {other:?}"),
    }

    let info = info_frame(InfoName::OutdatedCursor, OUTDATED).unwrap();
    assert_eq!(hex(&info), INFO_FRAME);
    assert!(matches!(
        Message::decode_frame(&info).unwrap(),
        Frame::Message(Message::Info(info)) if info.name == InfoName::OutdatedCursor
    ));

    for (error, name, message, expected) in [
        (
            StreamError::endpoint(wire::Error::FutureCursor, "Cursor in the future."),
            "FutureCursor",
            "Cursor in the future.",
            ERROR_FUTURE_CURSOR,
        ),
        (
            StreamError::endpoint(wire::Error::ConsumerTooSlow, "Stream consumer too slow"),
            "ConsumerTooSlow",
            "Stream consumer too slow",
            ERROR_CONSUMER_TOO_SLOW,
        ),
        (
            StreamError::Internal("the cause stays in the log".to_owned()),
            "InternalServerError",
            "Internal Server Error",
            ERROR_INTERNAL,
        ),
        (
            StreamError::InvalidRequest("bad cursor".to_owned()),
            "InvalidRequest",
            "bad cursor",
            ERROR_INVALID_REQUEST,
        ),
    ] {
        let (frame, reason) = error_frame(&error).unwrap();
        assert_eq!(reason, name);
        assert_eq!(hex(&frame), expected);
        match Message::decode_frame(&frame).unwrap() {
            Frame::Error(body) => {
                assert_eq!(
                    (body.error.as_str(), body.message.as_deref()),
                    (name, Some(message))
                )
            }
            other => panic!("not an error frame: {other:?}"),
        }
    }
}
