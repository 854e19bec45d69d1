//! Repository benchmarks (a bench binary, not criterion: these are whole workloads).
//!
//! `cargo bench -p pds --bench repo -- <phase> [records]`, phases:
//! - `insert-memory N BATCH`: MST + signed commits over an in-memory block store (what `@atproto/repo` does).
//! - `insert-sqlite N BATCH`: the same through the SQLite storage, one transaction (and fsync) per commit.
//! - `export N` / `import N`: CAR export and verified import of an N-record repository, with MB/s and the
//!   peak memory of the phase alone (`BENCH_REPEAT=R` imports R times; `BENCH_COMMIT_LAST=1` moves the
//!   commit block to the end of the CAR; `BENCH_MEMORY=1` also samples how far private memory rises).
//! - `import-memory N`: what `@atproto/repo`'s `verifyRepoCar` does, for comparison: the CAR read into memory
//!   (every CID checked), the commit's DID and signature, every MST node and the key order, every record
//!   present, at most 1 MiB and a strict DAG-CBOR map; nothing stored.
//! - `reads N`: random record reads from an N-record repository: through the record cache (the first
//!   round also fills it), then uncached (index lookup + block + decode), then through the MST.
//! - `concurrent WRITERS COMMITS`: WRITERS threads each committing to its own repository, with group commit.

#![allow(clippy::print_stdout)] // a bench binary reports on stdout

use std::path::PathBuf;
use std::time::{Duration, Instant};

use lexgen::crypto::{Algorithm, Keypair};
use lexgen::model::{Cid, Did, Map, Value};
use pds::repo::{Block, Head, MemoryBlockStore, Mst, Write, apply_writes};
use pds::repository::Repositories;
use pds::storage::{RepoReader, Storage};

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--bench")
        .collect();
    let number =
        |i: usize, default: usize| args.get(i).and_then(|a| a.parse().ok()).unwrap_or(default);
    match args.first().map(String::as_str) {
        Some("insert-memory") => insert_memory(number(1, 100_000), number(2, 1)),
        Some("insert-sqlite") => insert_sqlite(number(1, 100_000), number(2, 1)),
        Some("export") => export(number(1, 100_000)),
        Some("import") => import(number(1, 100_000), Target::Sqlite),
        Some("import-memory") => import(number(1, 100_000), Target::Memory),
        Some("reads") => reads(number(1, 100_000)),
        Some("concurrent") => concurrent(number(1, 4), number(2, 2_000)),
        _ => {
            eprintln!(
                "usage: repo <insert-memory|insert-sqlite|export|import|import-memory|reads|concurrent> [records] [batch]"
            );
            Ok(())
        }
    }
}

/// The wall and CPU time of one phase.
struct Timer {
    wall: Instant,
    cpu: f64,
}

impl Timer {
    fn start() -> Self {
        Self {
            wall: Instant::now(),
            cpu: cpu_seconds(),
        }
    }

    fn elapsed(&self) -> Duration {
        self.wall.elapsed()
    }

    /// CPU seconds since the start.
    fn cpu(&self) -> f64 {
        cpu_seconds() - self.cpu
    }
}

fn report(what: &str, count: usize, unit: &str, timer: &Timer) {
    let (elapsed, cpu) = (timer.elapsed(), timer.cpu());
    let rate = count as f64 / elapsed.as_secs_f64();
    println!(
        "{what}: {count} {unit} in {:.3} s = {rate:.0} {unit}/s (CPU {cpu:.2} s = {:.0} {unit}/CPU-s)",
        elapsed.as_secs_f64(),
        count as f64 / cpu.max(0.01)
    );
}

/// Reports a phase that wrote or read a CAR of `bytes` holding `n` records, with the peak RSS since
/// [`reset_peak_memory`] and, if sampled, how far private memory rose over the phase ([`PrivatePeak`]).
fn report_car(
    phase: &str,
    n: usize,
    bytes: u64,
    elapsed: Duration,
    cpu: f64,
    private: Option<PrivatePeak>,
) {
    let seconds = elapsed.as_secs_f64();
    let mb = bytes as f64 / 1e6;
    let private = private.map_or_else(String::new, |peak| {
        format!(", private memory +{:.1} MiB at most", peak.stop())
    });
    println!(
        "{phase}: {n} records, {mb:.1} MB in {seconds:.3} s = {:.1} MB/s (CPU {cpu:.2} s), {:.0} records/s, peak RSS during {phase} {:.1} MiB{private}",
        mb / seconds,
        n as f64 / seconds,
        peak_memory_mib()
    );
}

/// With `BENCH_MEMORY=1`, samples private memory ([`anonymous_memory_mib`]) every millisecond on its own
/// thread, for its peak over a phase: the kernel keeps a peak of the whole RSS only, which also counts
/// mapped files. Off by default: the sampling thread would take a little of the CPU being measured.
fn sample_private_memory() -> Option<PrivatePeak> {
    std::env::var_os("BENCH_MEMORY").map(|_| PrivatePeak::start())
}

struct PrivatePeak {
    stop: std::sync::Arc<std::sync::atomic::AtomicBool>,
    sampler: std::thread::JoinHandle<f64>,
    start: f64,
}

impl PrivatePeak {
    fn start() -> Self {
        use std::sync::atomic::{AtomicBool, Ordering};
        let stop = std::sync::Arc::new(AtomicBool::new(false));
        let stopping = stop.clone();
        let start = anonymous_memory_mib();
        let sampler = std::thread::spawn(move || {
            let mut peak = start;
            while !stopping.load(Ordering::Relaxed) {
                peak = peak.max(anonymous_memory_mib());
                std::thread::sleep(Duration::from_millis(1));
            }
            peak.max(anonymous_memory_mib())
        });
        Self {
            stop,
            sampler,
            start,
        }
    }

    /// How far private memory rose above its level at the start, MiB.
    fn stop(self) -> f64 {
        self.stop.store(true, std::sync::atomic::Ordering::Relaxed);
        let peak = self.sampler.join().unwrap_or(self.start);
        peak - self.start
    }
}

/// CPU time (user + system, all threads) this process has used so far: on a shared, loaded machine the
/// CPU seconds of a phase are steadier than its wall time.
fn cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // The fields after the parenthesised command name; utime and stime are fields 14 and 15, in ticks.
    let fields: Vec<&str> = stat
        .rsplit_once(')')
        .map(|(_, rest)| rest.split_whitespace().collect())
        .unwrap_or_default();
    let ticks = |i: usize| {
        fields
            .get(i)
            .and_then(|f| f.parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    (ticks(11) + ticks(12)) / 100.0
}

/// A typical post record, different per `i`.
fn record(i: usize) -> Block {
    let mut map = Map::new();
    map.insert("$type", Value::String("app.bsky.feed.post".into()));
    map.insert(
        "text",
        Value::String(format!(
            "Benchmark post number {i}: a few words of text, like most posts."
        )),
    );
    map.insert("langs", Value::Array(vec![Value::String("en".into())]));
    map.insert(
        "createdAt",
        Value::String("2026-11-21T10:00:00.000Z".into()),
    );
    let bytes = Value::Map(map).to_drisl().unwrap_or_default();
    (Cid::for_dag_cbor(&bytes), bytes)
}

fn path(i: usize) -> String {
    // TIDs in creation order, like real posts.
    format!(
        "app.bsky.feed.post/{}",
        lexgen::model::Tid::from_parts(1_700_000_000_000_000 + i as u64 * 1000, 0)
    )
}

fn writes(range: std::ops::Range<usize>) -> Vec<Write> {
    range
        .map(|i| Write::Create {
            key: path(i),
            record: record(i),
        })
        .collect()
}

fn did() -> Did {
    "did:plc:benchmarkrepo00000000000"
        .parse()
        .expect("a valid DID")
}

fn scratch() -> anyhow::Result<PathBuf> {
    let dir = std::env::temp_dir().join(format!("atmos-bench-repo-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir)?;
    Ok(dir)
}

fn insert_memory(n: usize, batch: usize) -> anyhow::Result<()> {
    let key = Keypair::generate(Algorithm::K256)?;
    let did = did();
    let mut store = MemoryBlockStore::new();
    let mut head: Option<Head> = None;
    let started = Timer::start();
    for start in (0..n).step_by(batch.max(1)) {
        let result = apply_writes(
            &store,
            &did,
            head.take(),
            writes(start..n.min(start + batch.max(1))),
            &key,
        )?;
        store.extend(result.new_blocks);
        head = Some(Head {
            rev: result.commit.rev,
            tree: result.tree,
        });
    }
    report(
        &format!("insert-memory (batch {batch})"),
        n,
        "records",
        &started,
    );
    Ok(())
}

fn populate(repos: &Repositories, n: usize, batch: usize) -> anyhow::Result<Keypair> {
    let key = Keypair::generate(Algorithm::K256)?;
    repos.create_blocking(&did(), &key)?;
    for start in (0..n).step_by(batch.max(1)) {
        repos.apply_writes_blocking(&did(), &key, writes(start..n.min(start + batch.max(1))))?;
    }
    Ok(key)
}

fn insert_sqlite(n: usize, batch: usize) -> anyhow::Result<()> {
    let dir = scratch()?;
    let repos = Repositories::new(Storage::open(&dir.join("pds.sqlite"))?);
    let started = Timer::start();
    populate(&repos, n, batch)?;
    report(
        &format!("insert-sqlite (batch {batch})"),
        n,
        "records",
        &started,
    );
    std::fs::remove_dir_all(dir)?;
    Ok(())
}

/// Resets the kernel's peak-RSS counter, so the next reading covers one phase only.
fn reset_peak_memory() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

fn peak_memory_mib() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let kib: f64 = status
        .lines()
        .find_map(|line| line.strip_prefix("VmHWM:"))
        .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0.0);
    kib / 1024.0
}

/// Private (anonymous) resident memory: the record cache's real footprint, unlike the mapped database pages.
fn anonymous_memory_mib() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let kib: f64 = status
        .lines()
        .find_map(|line| line.strip_prefix("RssAnon:"))
        .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0.0);
    kib / 1024.0
}

fn export(n: usize) -> anyhow::Result<()> {
    let dir = scratch()?;
    let repos = Repositories::new(Storage::open(&dir.join("pds.sqlite"))?);
    populate(&repos, n, 200)?;
    let file = dir.join("repo.car");
    reset_peak_memory();
    let private = sample_private_memory();
    let started = Timer::start();
    repos.export_blocking(
        &did(),
        None,
        std::io::BufWriter::new(std::fs::File::create(&file)?),
    )?;
    let (elapsed, cpu) = (started.elapsed(), started.cpu());
    let bytes = std::fs::metadata(&file)?.len();
    report_car("export", n, bytes, elapsed, cpu, private);
    std::fs::remove_dir_all(dir)?;
    Ok(())
}

/// Where `import` puts the repository.
#[derive(Clone, Copy, PartialEq)]
enum Target {
    /// A fresh SQLite store, through `Repositories::import_blocking`.
    Sqlite,
    /// Nowhere: verified in memory only ([`verify_in_memory`]).
    Memory,
}

fn import(n: usize, into: Target) -> anyhow::Result<()> {
    let dir = scratch()?;
    let source = Repositories::new(Storage::open(&dir.join("source.sqlite"))?);
    let key = populate(&source, n, 200)?;
    let file = dir.join("repo.car");
    source.export_blocking(
        &did(),
        None,
        std::io::BufWriter::new(std::fs::File::create(&file)?),
    )?;
    if std::env::var_os("BENCH_COMMIT_LAST").is_some() {
        commit_last(&file)?;
    }
    let bytes = std::fs::metadata(&file)?.len();
    for round in 0..repeat() {
        if round > 0 {
            // Let the last round's background work (its WAL checkpoint, the kernel's writeback) finish, so
            // each round starts as the first does: on an idle machine.
            std::thread::sleep(Duration::from_secs(2));
        }
        let target = match into {
            Target::Sqlite => Some(Repositories::new(Storage::open(
                &dir.join(format!("target-{round}.sqlite")),
            )?)),
            Target::Memory => None,
        };
        reset_peak_memory();
        let private = sample_private_memory();
        let started = Timer::start();
        let car = std::io::BufReader::new(std::fs::File::open(&file)?);
        let records = match &target {
            Some(target) => {
                target
                    .import_blocking(&did(), car, &key.public_key(), None)?
                    .records
            }
            None => verify_in_memory(car, &key)?,
        };
        let (elapsed, cpu) = (started.elapsed(), started.cpu());
        anyhow::ensure!(records == n as u64, "imported {records} records");
        let phase = match into {
            Target::Sqlite => "import",
            Target::Memory => "import-memory",
        };
        report_car(phase, n, bytes, elapsed, cpu, private);
    }
    std::fs::remove_dir_all(dir)?;
    Ok(())
}

/// Verifies a repository CAR in memory, as the reference's `verifyRepoCar` does (and checks every record's
/// encoding besides); returns how many records the tree holds.
fn verify_in_memory(car: impl std::io::Read, key: &Keypair) -> anyhow::Result<u64> {
    use lexgen::model::drisl;
    use pds::repo::car::{CarLimits, CarReader};
    use pds::repo::mst::TreeItem;
    use pds::repo::{BlockStore, Commit, RepoError};
    let reader = CarReader::new(car, CarLimits::default())?;
    let &[root] = reader.roots() else {
        anyhow::bail!("expected exactly one root");
    };
    let mut store = MemoryBlockStore::new();
    for block in reader {
        let (cid, bytes) = block?;
        store.put(cid, bytes);
    }
    let bytes = store
        .get_block(&root)?
        .ok_or_else(|| anyhow::anyhow!("the commit block is missing"))?;
    let commit = Commit::decode(root, &bytes)?;
    anyhow::ensure!(commit.did == did(), "the commit is by {}", commit.did);
    commit.verify(&key.public_key())?;
    let mut records = 0;
    Mst::walk_stored(&store, commit.data, |item| {
        if let TreeItem::Leaf { key, cid } = item {
            let record = store.get_block(&cid)?.ok_or(RepoError::MissingBlock(cid))?;
            let valid = record.len() <= 1024 * 1024
                && drisl::check(&record).is_ok()
                && record.first().is_some_and(|b| b >> 5 == 5);
            if !valid {
                return Err(RepoError::InvalidKey(format!("{key}: not a valid record")));
            }
            records += 1;
        }
        Ok(())
    })?;
    Ok(records)
}

/// Rewrites the CAR at `file` with its commit block last (`BENCH_COMMIT_LAST`): every other block then
/// arrives before the revision is known.
fn commit_last(file: &std::path::Path) -> anyhow::Result<()> {
    use pds::repo::car::{CarLimits, CarReader, CarWriter};
    let car = std::fs::read(file)?;
    let reader = CarReader::new(&car[..], CarLimits::default())?;
    let root = reader.roots()[0];
    let blocks: Vec<Block> = reader.collect::<Result<_, _>>()?;
    let mut writer = CarWriter::new(std::io::BufWriter::new(std::fs::File::create(file)?), root)?;
    let (commit, rest): (Vec<&Block>, Vec<&Block>) =
        blocks.iter().partition(|(cid, _)| *cid == root);
    for (cid, bytes) in rest.into_iter().chain(commit) {
        writer.write_block(cid, bytes)?;
    }
    writer.finish()?;
    Ok(())
}

/// How many times to repeat the measured phase over one prepared input (`BENCH_REPEAT`, default 1).
fn repeat() -> usize {
    std::env::var("BENCH_REPEAT")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(1)
}

fn reads(n: usize) -> anyhow::Result<()> {
    let dir = scratch()?;
    let repos = Repositories::new(Storage::open(&dir.join("pds.sqlite"))?);
    populate(&repos, n, 200)?;
    let count = 200_000;
    let repo = repos
        .storage()
        .read_blocking(|conn| RepoReader::head(conn, &did()))?
        .ok_or_else(|| anyhow::anyhow!("no repository"))?
        .id;
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next_key = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        path((state % n as u64) as usize)
    };
    // One read as `getRecord` does it after resolving the repository: through the record cache (a miss
    // takes a pooled reader, one joined lookup, and decodes), giving, like the reference's `getRecord`, the
    // record's value decoded.
    let read = |key: &str| -> anyhow::Result<()> {
        let (collection, rkey) = key.split_once('/').unwrap_or_default();
        let found = repos.storage().record_blocking(repo, collection, rkey)?;
        found.ok_or_else(|| anyhow::anyhow!("record {key} missing"))?;
        Ok(())
    };
    let anonymous_before = anonymous_memory_mib();
    // Cold: random reads starting from an empty cache. Then every record once (the cache now holds the
    // whole repository, as the reference's later rounds hold its whole tree), then random reads again.
    let started = Timer::start();
    for _ in 0..count {
        read(&next_key())?;
    }
    report(
        &format!("reads, cold cache (repo of {n})"),
        count,
        "reads",
        &started,
    );
    for i in 0..n {
        read(&path(i))?;
    }
    let started = Timer::start();
    for _ in 0..count {
        read(&next_key())?;
    }
    report(
        &format!("reads, warm cache (repo of {n})"),
        count,
        "reads",
        &started,
    );
    println!(
        "record cache: {:.1} MiB accounted, anonymous memory grew by {:.1} MiB",
        repos.storage().records().bytes() as f64 / 1024.0 / 1024.0,
        anonymous_memory_mib() - anonymous_before
    );
    // The same without the cache: a pooled reader, one joined lookup, the value decoded.
    let started = Timer::start();
    for _ in 0..count {
        let key = next_key();
        let (collection, rkey) = key.split_once('/').unwrap_or_default();
        let found = repos
            .storage()
            .read_blocking(|conn| RepoReader::record(conn, repo, collection, rkey))?;
        let (_, bytes) = found.ok_or_else(|| anyhow::anyhow!("record {key} missing"))?;
        Value::from_drisl(&bytes)?;
    }
    report(
        &format!("uncached reads (repo of {n})"),
        count,
        "reads",
        &started,
    );
    // The same lookups through the MST, as a proof-serving path would.
    let started = Timer::start();
    repos.storage().read_blocking(|conn| {
        let head = RepoReader::head(conn, &did())?
            .ok_or_else(|| pds::storage::StorageError::RepoNotFound("bench".into()))?;
        let store = pds::storage::RepoBlocks {
            conn,
            repo: head.id,
        };
        let tree = Mst::load(&store, head.data)?;
        for i in (0..20_000).map(|i| (i * 7919) % n) {
            tree.get(&store, &path(i))?;
        }
        Ok(())
    })?;
    report(
        &format!("mst-reads (repo of {n})"),
        20_000,
        "reads",
        &started,
    );
    std::fs::remove_dir_all(dir)?;
    Ok(())
}

fn concurrent(writers: usize, commits: usize) -> anyhow::Result<()> {
    let dir = scratch()?;
    let repos = Repositories::new(Storage::open(&dir.join("pds.sqlite"))?);
    let key = Keypair::generate(Algorithm::K256)?;
    let dids: Vec<Did> = (0..writers)
        .map(|w| format!("did:plc:concurrent{w:014}").parse())
        .collect::<Result<_, _>>()?;
    for did in &dids {
        repos.create_blocking(did, &key)?;
    }
    let started = Timer::start();
    std::thread::scope(|scope| {
        for did in &dids {
            let (repos, key) = (repos.clone(), key.clone());
            scope.spawn(move || {
                for i in 0..commits {
                    if let Err(error) = repos.apply_writes_blocking(did, &key, writes(i..i + 1)) {
                        eprintln!("{error}");
                        return;
                    }
                }
            });
        }
    });
    report(
        &format!("concurrent ({writers} writers, one record per commit)"),
        writers * commits,
        "commits",
        &started,
    );
    std::fs::remove_dir_all(dir)?;
    Ok(())
}
