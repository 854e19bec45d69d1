//! The hostile requests, generated from every mounted method ([`pds::auth::Method::all`]) and its lexicon:
//! the wrong HTTP method, bad and expired credentials, parameters of the wrong type or missing, malformed,
//! mistyped, oversized, mis-encoded and stalled bodies, broken CARs, writes to another account's repository,
//! and requests that break HTTP itself. None may succeed.

use std::io::Write as _;
use std::path::Path;

use pds::auth::policy::{Policy, policy};
use serde_json::{Value, json};

use super::wire::request;

/// One account's credentials and content.
pub struct Account {
    pub did: String,
    pub handle: String,
    pub access: String,
    pub refresh: String,
    pub post_rkey: String,
}

/// What the hostile requests may use.
pub struct World {
    pub alice: Account,
    pub bob: Account,
    /// Alice's access token, signed with the server's secret, expired an hour ago.
    pub expired: String,
    /// Alice's access token signed with another secret.
    pub forged: String,
    /// Alice logged in with a plain app password.
    pub app_access: String,
    /// Bob's repository as a CAR.
    pub bob_car: Vec<u8>,
    /// Every body limit of the test server.
    pub limit: usize,
}

/// How a case's bytes go out.
pub enum Delivery {
    /// All at once (a stalled request is simply one whose bytes stop short).
    All,
    /// The first `at_once` bytes together, then one byte every 50 ms until the server answers.
    Trickle { at_once: usize },
}

/// What a case must get.
#[derive(Clone, Copy, Debug)]
pub enum Expect {
    /// Any 4xx with an XRPC error body.
    Client,
    /// This status with an XRPC error body.
    Status(u16),
    /// A 4xx from the HTTP layer itself, before any route (no body shape to ask for).
    Http,
    /// Any 4xx with an XRPC error body except those that come from reading the body (408, 413).
    Unread,
}

pub struct Case {
    pub name: String,
    pub bytes: Vec<u8>,
    pub delivery: Delivery,
    pub expect: Expect,
}

fn case(name: impl Into<String>, bytes: Vec<u8>, expect: Expect) -> Case {
    Case {
        name: name.into(),
        bytes,
        delivery: Delivery::All,
        expect,
    }
}

const JSON: (&str, &str) = ("content-type", "application/json");

/// Every case, for every mounted method.
pub fn all(world: &World) -> Vec<Case> {
    let lexicons = Path::new(env!("CARGO_MANIFEST_DIR")).join("../lexicons");
    let mut cases = Vec::new();
    for method in pds::auth::Method::all() {
        let nsid = method.nsid();
        let file = lexicons.join(format!("{}.json", nsid.replace('.', "/")));
        let doc: Value =
            serde_json::from_slice(&std::fs::read(&file).expect("lexicon")).expect("lexicon JSON");
        let main = &doc["defs"]["main"];
        let before = cases.len();
        method_cases(world, nsid, policy(method), main, &mut cases);
        assert!(cases.len() > before, "no hostile case for {nsid}");
    }
    cases.extend(other_accounts(world));
    cases.extend(well_formed_but_wrong(world));
    cases.extend(broken_http(world));
    cases
}

/// The credentials that get a request past authentication to the decoders.
fn good_auth(world: &World, policy: Policy) -> Vec<(&'static str, String)> {
    match policy {
        Policy::Access { .. } => vec![("authorization", format!("Bearer {}", world.alice.access))],
        Policy::Refresh { .. } => {
            vec![("authorization", format!("Bearer {}", world.alice.refresh))]
        }
        Policy::Admin => vec![("authorization", basic("admin:wrong"))],
        Policy::Public | Policy::OptionalAccess | Policy::OptionalService => Vec::new(),
    }
}

fn basic(credentials: &str) -> String {
    use base64::Engine as _;
    format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode(credentials)
    )
}

/// Credentials that must be refused.
fn bad_auth(world: &World, policy: Policy) -> Vec<(&'static str, String)> {
    let mut bad = vec![
        ("garbage bearer", "Bearer not-a-token".to_owned()),
        ("empty bearer", "Bearer ".to_owned()),
        ("expired", format!("Bearer {}", world.expired)),
        ("forged", format!("Bearer {}", world.forged)),
        ("basic garbage", basic("admin:wrong")),
        ("alg none", format!("Bearer {}", unsigned(&world.alice.did))),
    ];
    match policy {
        Policy::Refresh { .. } => bad.push((
            "access as refresh",
            format!("Bearer {}", world.alice.access),
        )),
        _ => bad.push((
            "refresh as access",
            format!("Bearer {}", world.alice.refresh),
        )),
    }
    bad
}

/// An unsigned (`alg: none`) access token for `did`.
fn unsigned(did: &str) -> String {
    use base64::Engine as _;
    let b64 = |v: Value| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(v.to_string());
    let exp = pds::auth::now_secs() + 3600;
    format!(
        "{}.{}.",
        b64(json!({"alg": "none", "typ": "at+jwt"})),
        b64(json!({"scope": "com.atproto.access", "sub": did, "exp": exp, "iat": exp - 7200}))
    )
}

fn headers<'a>(
    auth: &'a [(&'static str, String)],
    extra: &[(&'a str, &'a str)],
) -> Vec<(&'a str, &'a str)> {
    let mut all: Vec<(&str, &str)> = auth.iter().map(|(n, v)| (*n, v.as_str())).collect();
    all.extend_from_slice(extra);
    all
}

fn method_cases(world: &World, nsid: &str, policy: Policy, main: &Value, out: &mut Vec<Case>) {
    let path = format!("/xrpc/{nsid}");
    let procedure = main["type"] == "procedure";
    let good = good_auth(world, policy);
    // The wrong HTTP method.
    let wrong = if procedure { "GET" } else { "POST" };
    if !procedure {
        // With a body and no credentials: the wrong method still comes first.
        out.push(case(
            format!("{nsid}: POST with a body, no credentials"),
            request("POST", &path, &[JSON], b"{}"),
            Expect::Status(400),
        ));
    }
    out.push(case(
        format!("{nsid}: {wrong}"),
        request(
            wrong,
            &path,
            &headers(&good, &[JSON]),
            if procedure { b"" } else { b"{}" },
        ),
        Expect::Status(400),
    ));
    // Credentials that must be refused (endpoints that take no credentials ignore them).
    if matches!(
        policy,
        Policy::Access { .. } | Policy::Refresh { .. } | Policy::Admin | Policy::OptionalAccess
    ) {
        let method = if procedure { "POST" } else { "GET" };
        for (what, value) in bad_auth(world, policy) {
            let auth = [("authorization", value)];
            out.push(case(
                format!("{nsid}: {what}"),
                request(method, &path, &headers(&auth, &[JSON]), b""),
                Expect::Client,
            ));
        }
    }
    // A caller who may not call the method is refused before the body is read: no 413 for a declared
    // length, no waiting for a stalled body.
    if procedure
        && matches!(
            policy,
            Policy::Access { .. } | Policy::Refresh { .. } | Policy::Admin
        )
    {
        let auth = [("authorization", format!("Bearer {}", world.expired))];
        for (what, length, body) in [
            ("declares 10 GiB", "10737418240", &b"{}"[..]),
            ("body stalls", "100", &b"{\"a\""[..]),
        ] {
            out.push(case(
                format!("{nsid}: expired token, {what}"),
                request(
                    "POST",
                    &path,
                    &headers(&auth, &[JSON, ("content-length", length)]),
                    body,
                ),
                Expect::Unread,
            ));
        }
    }
    // With no administrator configured, admin endpoints refuse every caller before reading anything else.
    let invalid = if matches!(policy, Policy::Admin) {
        Expect::Client
    } else {
        Expect::Status(400)
    };
    params_cases(
        nsid,
        &path,
        procedure,
        &good,
        &main["parameters"],
        invalid,
        out,
    );
    match main["input"]["encoding"].as_str() {
        Some("application/json") => json_cases(
            world,
            nsid,
            &path,
            &good,
            &main["input"]["schema"],
            invalid,
            out,
        ),
        Some(_) => binary_cases(world, nsid, &path, &good, out),
        // A procedure without input refuses a body (the reference: "A request body was provided when
        // none was expected"); an empty one is no body.
        None if procedure => out.push(case(
            format!("{nsid}: a body where none is expected"),
            request("POST", &path, &headers(&good, &[JSON]), b"{}"),
            invalid,
        )),
        None => {}
    }
}

/// Parameters of the wrong type or format, and required ones left out.
fn params_cases(
    nsid: &str,
    path: &str,
    procedure: bool,
    good: &[(&'static str, String)],
    params: &Value,
    invalid: Expect,
    out: &mut Vec<Case>,
) {
    let method = if procedure { "POST" } else { "GET" };
    let body: &[u8] = if procedure { b"{}" } else { b"" };
    let Some(properties) = params["properties"].as_object() else {
        return;
    };
    let required: Vec<&str> = params["required"]
        .as_array()
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    if !required.is_empty() {
        out.push(case(
            format!("{nsid}: no parameters"),
            request(method, path, &headers(good, &[JSON]), body),
            invalid,
        ));
    }
    for (name, def) in properties {
        let bad: &[&str] = match (def["type"].as_str(), def["format"].as_str()) {
            (Some("integer"), _) => &["abc", "1.5", "99999999999999999999999"],
            (Some("boolean"), _) => &["maybe"],
            (Some("string"), Some(_)) => &["%00not%20valid%20at%20all!", "%E2%98%83%E2%98%83"],
            (Some("array"), _)
                if def["items"]["format"].is_string() || def["items"]["type"] == "integer" =>
            {
                &["%00not%20valid!"]
            }
            _ => &[],
        };
        for value in bad {
            // Required parameters get plausible values so the bad one is what fails.
            let mut query = vec![format!("{name}={value}")];
            for other in required.iter().filter(|r| *r != name) {
                query.push(format!("{other}={}", plausible(&properties[*other])));
            }
            let target = format!("{path}?{}", query.join("&"));
            out.push(case(
                format!("{nsid}: {name}={value}"),
                request(method, &target, &headers(good, &[JSON]), body),
                invalid,
            ));
            if !procedure {
                // Parameters are checked before credentials, as the reference does.
                out.push(case(
                    format!("{nsid}: {name}={value}, no credentials"),
                    request(method, &target, &[], b""),
                    Expect::Status(400),
                ));
            }
        }
    }
}

/// A well-formed value for a parameter (the request still fails on the bad one).
fn plausible(def: &Value) -> &'static str {
    match (def["type"].as_str(), def["format"].as_str()) {
        (Some("integer"), _) => "1",
        (Some("boolean"), _) => "true",
        (_, Some("did")) => "did:plc:aaaaaaaaaaaaaaaaaaaaaaaa",
        (_, Some("handle")) => "nobody.test",
        (_, Some("at-identifier")) => "did:plc:aaaaaaaaaaaaaaaaaaaaaaaa",
        (_, Some("nsid")) => "app.bsky.feed.post",
        (_, Some("cid")) => "bafyreie5737gdxlw5i64vzichcalba3z2v5n6icifvx5xytvske7mr3hpm",
        (_, Some("record-key")) => "self",
        (_, Some("tid")) => "3jzfcijpj2z2a",
        (_, Some("at-uri")) => {
            "at://did:plc:aaaaaaaaaaaaaaaaaaaaaaaa/app.bsky.feed.post/3jzfcijpj2z2a"
        }
        (_, Some("datetime")) => "2024-01-01T00:00:00.000Z",
        _ => "x",
    }
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes).expect("gzip");
    encoder.finish().expect("gzip")
}

fn deflate(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes).expect("deflate");
    encoder.finish().expect("deflate")
}

fn brotli(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    {
        let mut encoder = brotli::CompressorWriter::new(&mut out, 4096, 9, 22);
        encoder.write_all(bytes).expect("br");
    }
    out
}

/// Cases every body-taking endpoint gets: sizes, lengths, stalls and encodings.
fn body_cases(
    world: &World,
    nsid: &str,
    path: &str,
    good: &[(&'static str, String)],
    content_type: &str,
) -> Vec<Case> {
    let limit = world.limit;
    let ct = ("content-type", content_type);
    let over = vec![b' '; limit + 1];
    let huge_length = "10737418240";
    let limit_plus_one = (limit + 1).to_string();
    let zeros = vec![b'0'; 4 * 1024 * 1024];
    let mut cases = vec![
        case(
            format!("{nsid}: body over the limit"),
            request("POST", path, &headers(good, &[ct]), &over),
            Expect::Status(413),
        ),
        case(
            format!("{nsid}: declares 10 GiB, sends 1 KiB"),
            request(
                "POST",
                path,
                &headers(good, &[ct, ("content-length", huge_length)]),
                &[b'{'; 1024],
            ),
            Expect::Status(413),
        ),
        case(
            format!("{nsid}: declares the limit + 1, sends nothing"),
            request(
                "POST",
                path,
                &headers(good, &[ct, ("content-length", &limit_plus_one)]),
                b"",
            ),
            Expect::Status(413),
        ),
        case(
            format!("{nsid}: declares 100 bytes, sends 10 and stalls"),
            request(
                "POST",
                path,
                &headers(good, &[ct, ("content-length", "100")]),
                b"{\"aaaaaaa\"",
            ),
            Expect::Status(408),
        ),
        case(
            format!("{nsid}: chunked, stalls mid-chunk"),
            request(
                "POST",
                path,
                &headers(good, &[ct, ("transfer-encoding", "chunked")]),
                b"40\r\n{\"a\":",
            ),
            Expect::Status(408),
        ),
        case(
            format!("{nsid}: chunked, over the limit"),
            request(
                "POST",
                path,
                &headers(good, &[ct, ("transfer-encoding", "chunked")]),
                &[
                    format!("{:x}\r\n", limit + 1).as_bytes(),
                    &over,
                    b"\r\n0\r\n\r\n",
                ]
                .concat(),
            ),
            Expect::Status(413),
        ),
        case(
            format!("{nsid}: gzip bomb"),
            request(
                "POST",
                path,
                &headers(good, &[ct, ("content-encoding", "gzip")]),
                &gzip(&zeros),
            ),
            Expect::Status(413),
        ),
        case(
            format!("{nsid}: deflate bomb"),
            request(
                "POST",
                path,
                &headers(good, &[ct, ("content-encoding", "deflate")]),
                &deflate(&zeros),
            ),
            Expect::Status(413),
        ),
        case(
            format!("{nsid}: br bomb"),
            request(
                "POST",
                path,
                &headers(good, &[ct, ("content-encoding", "br")]),
                &brotli(&zeros),
            ),
            Expect::Status(413),
        ),
        case(
            format!("{nsid}: gzip that is not"),
            request(
                "POST",
                path,
                &headers(good, &[ct, ("content-encoding", "gzip")]),
                b"\x1f\x8b\x08\0garbage garbage",
            ),
            Expect::Status(400),
        ),
        case(
            format!("{nsid}: br that is not"),
            request(
                "POST",
                path,
                &headers(good, &[ct, ("content-encoding", "br")]),
                b"\xff\xff\xff\xffgarbage",
            ),
            Expect::Status(400),
        ),
    ];
    for encoding in ["zstd", "compress", "bogus", "gzip, br", "gzip;q=1"] {
        cases.push(case(
            format!("{nsid}: content-encoding {encoding}"),
            request(
                "POST",
                path,
                &headers(good, &[ct, ("content-encoding", encoding)]),
                b"{}",
            ),
            Expect::Status(415),
        ));
    }
    let mut trickle = case(
        format!("{nsid}: one byte every 50 ms"),
        request(
            "POST",
            path,
            &headers(good, &[ct, ("content-length", &limit.to_string())]),
            &vec![b' '; limit],
        ),
        Expect::Status(408),
    );
    let head = trickle
        .bytes
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .unwrap_or(0)
        + 4;
    trickle.delivery = Delivery::Trickle { at_once: head };
    cases.push(trickle);
    cases
}

/// JSON bodies: malformed, mistyped, mislabelled, empty, and encoded versions of them.
fn json_cases(
    world: &World,
    nsid: &str,
    path: &str,
    good: &[(&'static str, String)],
    schema: &Value,
    invalid: Expect,
    out: &mut Vec<Case>,
) {
    let h = |extra: &[(&'static str, &'static str)]| {
        let mut all: Vec<(&str, &str)> = good.iter().map(|(n, v)| (*n, v.as_str())).collect();
        all.extend_from_slice(extra);
        all
    };
    let deep = format!("{}{}", "[".repeat(5000), "]".repeat(5000));
    let deep_object = format!("{}1{}", "{\"a\":".repeat(2000), "}".repeat(2000));
    let malformed: Vec<(&str, Vec<u8>)> = vec![
        ("empty body", Vec::new()),
        ("open brace", b"{".to_vec()),
        ("truncated", b"{\"a\": \"b".to_vec()),
        ("trailing garbage", b"{} {}".to_vec()),
        ("array", b"[]".to_vec()),
        ("string", b"\"text\"".to_vec()),
        ("number", b"42".to_vec()),
        ("null", b"null".to_vec()),
        ("invalid UTF-8", b"{\"a\": \"\xff\xfe\"}".to_vec()),
        ("lone surrogate", br#"{"a": "\ud800"}"#.to_vec()),
        ("NaN", b"{\"a\": NaN}".to_vec()),
        ("single quotes", b"{'a': 1}".to_vec()),
        ("deep arrays", deep.into_bytes()),
        ("deep objects", deep_object.into_bytes()),
        ("CBOR", b"\xa1\x61a\x01".to_vec()),
    ];
    for (what, body) in malformed {
        out.push(case(
            format!("{nsid}: {what}"),
            request("POST", path, &h(&[JSON]), &body),
            invalid,
        ));
    }
    // JSON that does not say it is JSON (the reference: "Request encoding (Content-Type) required but
    // not provided").
    out.push(case(
        format!("{nsid}: a JSON body without Content-Type"),
        request("POST", path, &h(&[]), b"{}"),
        invalid,
    ));
    for content_type in [
        "text/plain",
        "application/x-www-form-urlencoded",
        "application/cbor",
    ] {
        out.push(case(
            format!("{nsid}: JSON as {content_type}"),
            request(
                "POST",
                path,
                &h(&[("content-type", content_type)]),
                b"{\"a\":1}",
            ),
            invalid,
        ));
    }
    out.push(case(
        format!("{nsid}: gzipped malformed JSON"),
        request(
            "POST",
            path,
            &h(&[JSON, ("content-encoding", "gzip")]),
            &gzip(b"{\"a\": "),
        ),
        invalid,
    ));
    // Each property with a value of the wrong type.
    if let Some(properties) = schema["properties"].as_object() {
        for (name, def) in properties {
            let wrong = match def["type"].as_str() {
                Some("string") => json!(12345),
                Some("integer") => json!("twelve"),
                Some("boolean") => json!("yes"),
                Some("array") => json!({"not": "an array"}),
                Some("object" | "ref" | "union" | "blob" | "bytes" | "cid-link") => {
                    json!("not an object")
                }
                _ => continue,
            };
            let body = json!({ name.as_str(): wrong }).to_string();
            out.push(case(
                format!("{nsid}: {name} of the wrong type"),
                request("POST", path, &h(&[JSON]), body.as_bytes()),
                invalid,
            ));
        }
    }
    let mut cases = body_cases(world, nsid, path, good, "application/json");
    if !matches!(invalid, Expect::Status(400)) {
        // The caller is refused before the body is read.
        for case in &mut cases {
            case.expect = Expect::Unread;
        }
    }
    out.extend(cases);
}

/// Binary bodies (blobs, CARs): no type, and for importRepo CARs that must not import.
fn binary_cases(
    world: &World,
    nsid: &str,
    path: &str,
    good: &[(&'static str, String)],
    out: &mut Vec<Case>,
) {
    let h = |extra: &[(&'static str, &'static str)]| {
        let mut all: Vec<(&str, &str)> = good.iter().map(|(n, v)| (*n, v.as_str())).collect();
        all.extend_from_slice(extra);
        all
    };
    out.push(case(
        format!("{nsid}: no content type"),
        request("POST", path, &h(&[]), b"0123456789"),
        Expect::Status(400),
    ));
    out.push(case(
        format!("{nsid}: empty content type"),
        request("POST", path, &h(&[("content-type", "")]), b"0123456789"),
        Expect::Status(400),
    ));
    let content_type = if nsid.ends_with("importRepo") {
        "application/vnd.ipld.car"
    } else {
        "image/png"
    };
    if nsid.ends_with("importRepo") {
        let car = &world.bob_car;
        let car_type = [("content-type", content_type)];
        let mut cars: Vec<(String, Vec<u8>)> = vec![
            (
                "not a CAR".into(),
                b"this is not a CAR file at all".to_vec(),
            ),
            ("empty CAR".into(), Vec::new()),
            ("header only".into(), car[..car.len().min(60)].to_vec()),
            ("truncated CAR".into(), car[..car.len() / 2].to_vec()),
            ("another account's CAR".into(), car.clone()),
            (
                "CAR with trailing garbage".into(),
                [car.as_slice(), b"\x05trail"].concat(),
            ),
        ];
        for i in 1..10 {
            let mut mutated = car.clone();
            let at = mutated.len() * i / 10;
            mutated[at] ^= 0x55;
            cars.push((format!("CAR with byte {at} flipped"), mutated));
        }
        for (what, body) in cars {
            out.push(case(
                format!("{nsid}: {what}"),
                request("POST", path, &h(&car_type), &body),
                Expect::Client,
            ));
        }
    }
    out.extend(body_cases(world, nsid, path, good, content_type));
}

/// Bodies that parse and have the right shape but break a rule further in: records that are not records,
/// references to nothing, bad keys, swaps that do not match, tokens that were never issued. (Not here: a
/// record without `$type`, which takes the collection's as the reference does, and requests a valid caller
/// may make, such as activating an active account or changing an unconfirmed email without a token.)
fn well_formed_but_wrong(world: &World) -> Vec<Case> {
    let alice = &world.alice;
    let at = "2024-01-01T00:00:00.000Z";
    let post = |extra: Value| {
        let mut record = json!({"$type": "app.bsky.feed.post", "text": "x", "createdAt": at});
        if let (Some(record), Some(extra)) = (record.as_object_mut(), extra.as_object()) {
            record.extend(extra.clone());
        }
        record
    };
    let fake_cid = "bafkreie5737gdxlw5i64vzichcalba3z2v5n6icifvx5xytvske7mr3hpm";
    let records = [
        json!({"$type": "app.bsky.feed.post"}),
        json!({"$type": "app.bsky.feed.post", "text": 5, "createdAt": at}),
        post(json!({"createdAt": "yesterday"})),
        post(json!({"langs": [1.5]})),
        post(json!({"text": "x".repeat(3001)})),
        post(json!({"reply": {"root": "nope", "parent": "nope"}})),
        post(json!({"facets": [{"index": {"byteStart": -1, "byteEnd": 2}, "features": []}]})),
        post(
            json!({"embed": {"$type": "app.bsky.embed.images", "images": [{"alt": "", "image": {"$type": "blob", "ref": {"$link": fake_cid}, "mimeType": "image/png", "size": 10}}]}}),
        ),
        post(
            json!({"embed": {"$type": "app.bsky.embed.images", "images": [{"alt": "", "image": {"$type": "blob", "ref": {"$link": "not a cid"}, "mimeType": "image/png", "size": 10}}]}}),
        ),
        post(json!({"x": {"$bytes": "***not base64***"}})),
        post(json!({"x": {"$link": "nope"}})),
        post(json!({"x": 9_223_372_036_854_775_807_u64 as f64})),
        post(json!({"x": 18_446_744_073_709_551_615_u64})),
        json!({"$type": "app.bsky.feed.like", "subject": {"uri": "at://x", "cid": fake_cid}, "createdAt": at}),
        json!([1, 2, 3]),
        json!("a string"),
    ];
    let mut bodies: Vec<(&str, Value)> = Vec::new();
    for record in &records {
        bodies.push((
            "com.atproto.repo.createRecord",
            json!({"repo": alice.did, "collection": "app.bsky.feed.post", "record": record}),
        ));
        bodies.push(("com.atproto.repo.putRecord", json!({"repo": alice.did, "collection": "app.bsky.feed.post", "rkey": "3jzfcijpj2z2a", "record": record})));
        bodies.push(("com.atproto.repo.applyWrites", json!({"repo": alice.did, "writes": [{"$type": "com.atproto.repo.applyWrites#create", "collection": "app.bsky.feed.post", "value": record}]})));
    }
    let good = post(json!({}));
    for rkey in ["", ".", "..", "a/b", "a b", "#", &"k".repeat(600)] {
        bodies.push(("com.atproto.repo.putRecord", json!({"repo": alice.did, "collection": "app.bsky.feed.post", "rkey": rkey, "record": good})));
        bodies.push(("com.atproto.repo.createRecord", json!({"repo": alice.did, "collection": "app.bsky.feed.post", "rkey": rkey, "record": good})));
    }
    for collection in [
        "not an nsid",
        "app.bsky.feed.post.",
        "a.b",
        "com.atproto.repo.createRecord",
    ] {
        bodies.push((
            "com.atproto.repo.createRecord",
            json!({"repo": alice.did, "collection": collection, "record": good, "validate": true}),
        ));
    }
    let wrong_cid = "bafyreie5737gdxlw5i64vzichcalba3z2v5n6icifvx5xytvske7mr3hpm";
    bodies.extend([
        ("com.atproto.repo.createRecord", json!({"repo": alice.did, "collection": "app.bsky.feed.post", "record": good, "swapCommit": wrong_cid})),
        ("com.atproto.repo.putRecord", json!({"repo": alice.did, "collection": "app.bsky.feed.post", "rkey": alice.post_rkey, "record": good, "swapRecord": wrong_cid})),
        ("com.atproto.repo.deleteRecord", json!({"repo": alice.did, "collection": "app.bsky.feed.post", "rkey": alice.post_rkey, "swapRecord": wrong_cid})),
        ("com.atproto.repo.deleteRecord", json!({"repo": alice.did, "collection": "app.bsky.feed.post", "rkey": alice.post_rkey, "swapCommit": wrong_cid})),
        ("com.atproto.repo.applyWrites", json!({"repo": alice.did, "writes": [{"$type": "com.atproto.repo.applyWrites#nope", "collection": "app.bsky.feed.post"}]})),
        ("com.atproto.repo.applyWrites", json!({"repo": alice.did, "writes": vec![json!({"$type": "com.atproto.repo.applyWrites#create", "collection": "app.bsky.feed.post", "value": good}); 201]})),
        ("com.atproto.repo.applyWrites", json!({"repo": alice.did, "swapCommit": wrong_cid, "writes": [{"$type": "com.atproto.repo.applyWrites#create", "collection": "app.bsky.feed.post", "value": good}]})),
        ("com.atproto.repo.applyWrites", json!({"repo": alice.did, "writes": [{"$type": "com.atproto.repo.applyWrites#update", "collection": "app.bsky.feed.post", "rkey": "3jzfcijpj2z2a", "value": good}]})),
        ("app.bsky.actor.putPreferences", json!({"preferences": [{"no": "type"}]})),
        ("app.bsky.actor.putPreferences", json!({"preferences": ["a string"]})),
        ("com.atproto.identity.updateHandle", json!({"handle": "not a handle"})),
        ("com.atproto.server.createAccount", json!({"handle": "x.test", "email": "x@example.com", "password": "pw"})),
        ("com.atproto.server.createAccount", json!({"handle": "mallory.test", "email": "not an email", "password": "pw"})),
        ("com.atproto.server.createAccount", json!({"handle": "mallory.test", "email": "m@example.com"})),
        ("com.atproto.server.createAccount", json!({"handle": "mallory.test", "email": alice.handle.replace(".test", "@example.com"), "password": "pw"})),
        ("com.atproto.server.createSession", json!({"identifier": "nobody.test", "password": "pw"})),
        ("com.atproto.server.createSession", json!({"identifier": "", "password": ""})),
        ("com.atproto.server.resetPassword", json!({"token": "AAAAA-BBBBB", "password": "new-password"})),
        ("com.atproto.server.confirmEmail", json!({"email": "alice@example.com", "token": "AAAAA-BBBBB"})),
        ("com.atproto.server.createAppPassword", json!({"name": "hostile"})),
        ("com.atproto.server.createAppPassword", json!({"name": "n".repeat(1000)})),
        ("com.atproto.server.deleteAccount", json!({"did": alice.did, "password": "wrong-password", "token": "AAAAA-BBBBB"})),
        ("com.atproto.server.deleteAccount", json!({"did": alice.did, "password": "hunter2hunter2", "token": "AAAAA-BBBBB"})),
        ("com.atproto.identity.signPlcOperation", json!({"token": "AAAAA-BBBBB"})),
        ("com.atproto.identity.submitPlcOperation", json!({"operation": {"type": "plc_operation"}})),
        ("com.atproto.identity.submitPlcOperation", json!({"operation": {"type": "plc_tombstone", "prev": wrong_cid, "sig": "x"}})),
        ("com.atproto.identity.refreshIdentity", json!({"identifier": "did:plc:aaaaaaaaaaaaaaaaaaaaaaaa"})),
    ]);
    let auth = format!("Bearer {}", alice.access);
    let mut cases: Vec<Case> = bodies
        .iter()
        .map(|(nsid, body)| {
            let text = body.to_string();
            case(
                format!("{nsid}: {}", &text[..text.len().min(160)]),
                request(
                    "POST",
                    &format!("/xrpc/{nsid}"),
                    &[("authorization", &auth), JSON],
                    text.as_bytes(),
                ),
                Expect::Client,
            )
        })
        .collect();
    for query in [
        "com.atproto.server.getServiceAuth?aud=not-a-did",
        "com.atproto.server.getServiceAuth?aud=did:web:example.com&exp=99999999999",
        "com.atproto.server.getServiceAuth?aud=did:web:example.com&lxm=com.atproto.server.createAccount&exp=1",
        "com.atproto.repo.getRecord?repo=did:plc:aaaaaaaaaaaaaaaaaaaaaaaa&collection=app.bsky.feed.post&rkey=self",
        "com.atproto.repo.describeRepo?repo=nobody.test",
        "com.atproto.sync.getRepo?did=did:plc:aaaaaaaaaaaaaaaaaaaaaaaa",
        "com.atproto.sync.getBlob?did=did:plc:aaaaaaaaaaaaaaaaaaaaaaaa&cid=bafkreie5737gdxlw5i64vzichcalba3z2v5n6icifvx5xytvske7mr3hpm",
        "com.atproto.identity.resolveHandle?handle=nobody.test",
    ] {
        cases.push(case(
            format!("GET {query}"),
            request(
                "GET",
                &format!("/xrpc/{query}"),
                &[("authorization", &auth)],
                b"",
            ),
            Expect::Client,
        ));
    }
    cases
}

/// Valid writes by Alice to Bob's repository, and other moves against another account.
fn other_accounts(world: &World) -> Vec<Case> {
    let (alice, bob) = (&world.alice, &world.bob);
    let post = json!({"$type": "app.bsky.feed.post", "text": "not yours", "createdAt": "2024-01-01T00:00:00.000Z"});
    let bodies = [
        (
            "com.atproto.repo.createRecord",
            json!({"repo": bob.did, "collection": "app.bsky.feed.post", "record": post}),
        ),
        (
            "com.atproto.repo.createRecord",
            json!({"repo": bob.handle, "collection": "app.bsky.feed.post", "record": post}),
        ),
        (
            "com.atproto.repo.putRecord",
            json!({"repo": bob.did, "collection": "app.bsky.feed.post", "rkey": bob.post_rkey, "record": post}),
        ),
        (
            "com.atproto.repo.deleteRecord",
            json!({"repo": bob.did, "collection": "app.bsky.feed.post", "rkey": bob.post_rkey}),
        ),
        (
            "com.atproto.repo.applyWrites",
            json!({"repo": bob.did, "writes": [{"$type": "com.atproto.repo.applyWrites#create", "collection": "app.bsky.feed.post", "value": post}]}),
        ),
        (
            "com.atproto.repo.applyWrites",
            json!({"repo": bob.did, "writes": [{"$type": "com.atproto.repo.applyWrites#delete", "collection": "app.bsky.feed.post", "rkey": bob.post_rkey}]}),
        ),
        (
            "com.atproto.identity.updateHandle",
            json!({"handle": bob.handle}),
        ),
        (
            "com.atproto.server.deleteAccount",
            json!({"did": bob.did, "password": "hunter2hunter2", "token": "AAAAA-BBBBB"}),
        ),
        (
            "com.atproto.server.createSession",
            json!({"identifier": bob.handle, "password": "hunter2hunter2-not"}),
        ),
        (
            "com.atproto.server.createAccount",
            json!({"handle": "mallory.test", "email": "m@example.com", "password": "pw", "plcOp": {"type": "plc_operation"}}),
        ),
        (
            "com.atproto.server.createAccount",
            json!({"handle": "mallory.test", "email": "m@example.com", "password": "pw", "did": bob.did}),
        ),
        (
            "com.atproto.server.createAccount",
            json!({"handle": alice.handle, "email": "m@example.com", "password": "pw"}),
        ),
    ];
    let mut cases = Vec::new();
    for (token_name, token) in [
        ("alice", &alice.access),
        ("alice's app password", &world.app_access),
    ] {
        for (nsid, body) in &bodies {
            let auth = format!("Bearer {token}");
            cases.push(case(
                format!("{nsid} as {token_name}: {body}"),
                request(
                    "POST",
                    &format!("/xrpc/{nsid}"),
                    &[("authorization", &auth), JSON],
                    body.to_string().as_bytes(),
                ),
                Expect::Client,
            ));
        }
    }
    // Bob's refresh token cannot refresh Alice's session, nor Alice's access token refresh anything.
    for token in [&alice.access, &world.expired] {
        let auth = format!("Bearer {token}");
        cases.push(case(
            "refreshSession with a non-refresh token",
            request(
                "POST",
                "/xrpc/com.atproto.server.refreshSession",
                &[("authorization", &auth)],
                b"",
            ),
            Expect::Client,
        ));
    }
    cases
}

/// Requests that break HTTP before any route, or that stop half-way through their head.
fn broken_http(world: &World) -> Vec<Case> {
    let path = "/xrpc/com.atproto.repo.createRecord";
    let auth = format!("Bearer {}", world.alice.access);
    let many: Vec<(String, String)> = (0..150)
        .map(|i| (format!("x-h{i}"), "v".to_owned()))
        .collect();
    let many: Vec<(&str, &str)> = many.iter().map(|(n, v)| (n.as_str(), v.as_str())).collect();
    let big = "v".repeat(20 * 1024);
    let mut cases = vec![
        case(
            "too many headers",
            request("GET", "/xrpc/_health", &many, b""),
            Expect::Http,
        ),
        case(
            "a 20 KiB header",
            request("GET", "/xrpc/_health", &[("x-big", &big)], b""),
            Expect::Http,
        ),
        case(
            "a 20 KiB URL",
            request(
                "GET",
                &format!("/xrpc/com.atproto.repo.getRecord?repo={big}"),
                &[],
                b"",
            ),
            Expect::Http,
        ),
        case(
            "garbage request line",
            b"HELLO\r\n\r\n".to_vec(),
            Expect::Http,
        ),
        case(
            "bad content-length",
            request("POST", path, &[("content-length", "abc"), JSON], b"{}"),
            Expect::Http,
        ),
        case(
            "two content-lengths",
            request(
                "POST",
                path,
                &[("content-length", "2"), ("content-length", "3"), JSON],
                b"{}",
            ),
            Expect::Http,
        ),
        case(
            "content-length and chunked at once",
            request(
                "POST",
                path,
                &[
                    ("authorization", &auth),
                    ("content-length", "3"),
                    ("transfer-encoding", "chunked"),
                    JSON,
                ],
                b"3\r\n{\"a\r\n0\r\n\r\n",
            ),
            Expect::Http,
        ),
        case(
            "negative content-length",
            request("POST", path, &[("content-length", "-1"), JSON], b"{}"),
            Expect::Http,
        ),
        case(
            "content-length with an exponent",
            request("POST", path, &[("content-length", "1e3"), JSON], b"{}"),
            Expect::Http,
        ),
        case(
            "chunked framing broken",
            request(
                "POST",
                path,
                &[
                    ("authorization", &auth),
                    ("transfer-encoding", "chunked"),
                    JSON,
                ],
                b"zz\r\n{}\r\n0\r\n\r\n",
            ),
            Expect::Client,
        ),
        case(
            "head cut off",
            b"POST /xrpc/com.atproto.repo.createRecord HTTP/1.1\r\nhost: localhost\r\ncontent-ty"
                .to_vec(),
            Expect::Status(408),
        ),
        case(
            "request line cut off",
            b"GET /xrpc/com.atproto.server.describeSer".to_vec(),
            Expect::Status(408),
        ),
    ];
    let mut trickle = case(
        "head one byte every 50 ms",
        request(
            "GET",
            "/xrpc/com.atproto.server.describeServer",
            &[("x-padding", &"p".repeat(200))],
            b"",
        ),
        Expect::Status(408),
    );
    trickle.delivery = Delivery::Trickle { at_once: 0 };
    cases.push(trickle);
    cases
}
