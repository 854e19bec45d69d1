//! Firehose frames (`com.atproto.sync.subscribeRepos`): header and body decoded into the generated
//! message union; a message frame encodes back to a frame that decodes the same, and the CAR slice of a
//! `#commit` or `#sync` is read block by block.
#![no_main]

use lexgen::xrpc::{Frame, decode_frame, encode_frame};
use lexicons::com::atproto::sync::subscribe_repos::{Message, NSID};
use libfuzzer_sys::fuzz_target;
use pds::repo::car::{CarLimits, CarReader};

fn read_car(bytes: &[u8]) {
    if let Ok(reader) = CarReader::new(bytes, CarLimits::default()) {
        for block in reader {
            if block.is_err() {
                break;
            }
        }
    }
}

fuzz_target!(|bytes: &[u8]| {
    let Ok(frame) = decode_frame::<Message>(bytes, NSID) else {
        return;
    };
    let Frame::Message(message) = frame else {
        return;
    };
    match &message {
        Message::Commit(commit) => read_car(&commit.blocks.0),
        Message::Sync(sync) => read_car(&sync.blocks.0),
        _ => {}
    }
    let encoded = encode_frame(&message, NSID).expect("a decoded message encodes");
    let again = decode_frame::<Message>(&encoded, NSID).expect("an encoded frame decodes");
    assert!(again == Frame::Message(message));
});
