//! The writer thread: takes queued jobs in groups, runs each in a savepoint of one transaction, commits once,
//! and only then tells each caller how it went. A failing job is rolled back alone. Between the commit and
//! the replies, the record cache forgets the paths of every repository whose `repo` row the group changed.
//! Each group's size and `COMMIT` time (the log write and its fsync) go to [`WriterMetrics`].

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use rusqlite::Connection;
use rusqlite::hooks::{Action, Wal};
use tokio::sync::oneshot;

use super::checkpointer::{CHECKPOINT_PAGES, Checkpoints, RESTART_PAGES};
use super::connection::BUSY_TIMEOUT;
use super::record_cache::RecordCache;
use super::{StorageError, StoredEvent, appended};
use crate::metrics::WriterMetrics;

/// The `repo` rows changed (inserted, updated or deleted) since the last commit or rollback.
type Touched = Arc<Mutex<Vec<i64>>>;

/// Told the outcome of the group's commit.
type Completion = Box<dyn FnOnce(Result<(), StorageError>) + Send>;
/// Runs a job on the connection (`None`: the group could not start; fail without running). Returns whether
/// the job succeeded, and how to complete it once the commit is known.
type Job = Box<dyn FnOnce(Option<&Connection>) -> (bool, Completion) + Send>;

/// What the writer announces after each committed group.
#[derive(Clone, Debug, Default)]
pub(crate) struct Committed {
    /// Groups committed so far: a receiver that saw `n` and now sees `n + 1` missed no group.
    pub(crate) groups: u64,
    /// The events the last group appended, in order, as stored.
    pub(crate) events: Arc<[StoredEvent]>,
}

/// The most jobs committed together.
const MAX_GROUP: usize = 256;

pub(super) struct Writer {
    jobs: Sender<Job>,
    /// Changed after every successful commit (the firehose's cue, with the events the group appended).
    commits: tokio::sync::watch::Sender<Committed>,
    metrics: WriterMetrics,
}

impl Writer {
    /// Starts the writer thread on `conn`. Every change to a repository's records changes its `repo` row
    /// (the head moves, or the row is deleted with the account), so the update hook on that table tells
    /// `cache` exactly which repositories to forget after each commit.
    ///
    /// Checkpoints run on their own thread (`checkpoints`), asked for each time commits have added
    /// [`CHECKPOINT_PAGES`] to the log: this replaces SQLite's automatic checkpoint inside the commit.
    pub(super) fn start(
        mut conn: Connection,
        cache: Arc<RecordCache>,
        checkpoints: Checkpoints,
    ) -> Result<Self, StorageError> {
        let restart = Arc::new(AtomicBool::new(false));
        let restart_due = restart.clone();
        // The log's size when a checkpoint was last asked for. A passive checkpoint copies frames but does not
        // shorten the log, so asking after every commit above the threshold (as SQLite's automatic checkpoint
        // does) ran one checkpoint, with its two fsyncs, per commit: 14% of the server's CPU under load. Once
        // per CHECKPOINT_PAGES of new log copies the same pages, each hot page once per round.
        let mut asked_at: std::ffi::c_int = 0;
        conn.wal_hook(Some(move |_: &mut Wal, pages: std::ffi::c_int| {
            if pages < asked_at {
                asked_at = 0; // the log started over
            }
            if pages - asked_at >= CHECKPOINT_PAGES {
                asked_at = pages;
                checkpoints.request();
            }
            if pages >= RESTART_PAGES {
                restart_due.store(true, Ordering::Relaxed);
            }
            Ok(())
        }))?;
        let touched = Touched::default();
        let hook_touched = touched.clone();
        conn.update_hook(Some(
            move |_: Action, database: &str, table: &str, row: i64| {
                if database == "main" && table == "repo" {
                    lock(&hook_touched).push(row);
                }
            },
        ))?;
        let (jobs, queue) = channel();
        let commits = tokio::sync::watch::Sender::new(Committed::default());
        let notify = commits.clone();
        let metrics = WriterMetrics::default();
        let changed = Changed {
            touched,
            cache,
            restart,
            metrics: metrics.clone(),
        };
        std::thread::Builder::new()
            .name("sqlite-writer".into())
            .spawn(move || {
                appended::capture();
                run(&conn, &queue, &notify, &changed)
            })
            .map_err(|e| StorageError::Worker(e.to_string()))?;
        Ok(Self {
            jobs,
            commits,
            metrics,
        })
    }

    /// The writer's group sizes and commit times.
    pub(super) fn metrics(&self) -> &WriterMetrics {
        &self.metrics
    }

    /// A receiver that changes after every committed group.
    pub(super) fn subscribe_commits(&self) -> tokio::sync::watch::Receiver<Committed> {
        self.commits.subscribe()
    }

    /// Queues `f`; the receiver yields its result once its group has committed (or failed).
    pub(super) fn submit<T, F>(
        &self,
        f: F,
    ) -> Result<oneshot::Receiver<Result<T, StorageError>>, StorageError>
    where
        T: Send + 'static,
        F: FnOnce(&Connection) -> Result<T, StorageError> + Send + 'static,
    {
        let (reply, receiver) = oneshot::channel();
        let job: Job = Box::new(move |conn| match conn {
            None => (
                false,
                Box::new(move |status: Result<(), StorageError>| {
                    let _ = reply.send(Err(status.err().unwrap_or(StorageError::WriterGone)));
                }),
            ),
            Some(conn) => {
                let result = f(conn);
                (
                    result.is_ok(),
                    Box::new(move |status: Result<(), StorageError>| {
                        let _ = reply.send(status.and(result));
                    }),
                )
            }
        });
        self.jobs.send(job).map_err(|_| StorageError::WriterGone)?;
        Ok(receiver)
    }
}

/// What the update hook collected, the cache it invalidates, whether the WAL hook found the log due
/// for a restart ([`RESTART_PAGES`]), and where group sizes and commit times are recorded.
struct Changed {
    touched: Touched,
    cache: Arc<RecordCache>,
    restart: Arc<AtomicBool>,
    metrics: WriterMetrics,
}

impl Changed {
    /// After a group's commit (or rollback, harmlessly), before any reply: forget the changed repositories.
    fn settle(&self) {
        let mut repos = std::mem::take(&mut *lock(&self.touched));
        repos.sort_unstable();
        repos.dedup();
        self.cache.invalidate(&repos);
    }
}

fn lock(touched: &Touched) -> std::sync::MutexGuard<'_, Vec<i64>> {
    touched
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn run(
    conn: &Connection,
    queue: &Receiver<Job>,
    commits: &tokio::sync::watch::Sender<Committed>,
    changed: &Changed,
) {
    while let Ok(first) = queue.recv() {
        let mut group = vec![first];
        while group.len() < MAX_GROUP {
            match queue.try_recv() {
                Ok(job) => group.push(job),
                Err(_) => break,
            }
        }
        if let Some(events) = commit_group(conn, group, changed) {
            commits.send_modify(|committed| {
                committed.groups = committed.groups.wrapping_add(1);
                committed.events = events.into();
            });
        }
        if changed.restart.swap(false, Ordering::Relaxed) {
            restart_log(conn);
        }
    }
}

/// How long a restart of the log waits for readers of older snapshots (a long export, say) to finish. If
/// they do not, the writer goes on, and the next commit tries again.
const RESTART_WAIT: Duration = Duration::from_millis(50);

/// Copies the whole log into the database and waits, briefly, until no reader still uses it, so the next
/// transaction starts the log over. Runs after the group's callers had their replies.
fn restart_log(conn: &Connection) {
    let _ = conn.busy_timeout(RESTART_WAIT);
    let restarted = conn.query_row("PRAGMA wal_checkpoint(RESTART)", [], |row| {
        row.get::<_, i64>(0)
    });
    let _ = conn.busy_timeout(BUSY_TIMEOUT);
    match restarted {
        Ok(0) => {}
        Ok(_) => tracing::debug!("WAL restart deferred: readers still use the log"),
        Err(error) => tracing::warn!(%error, "WAL restart failed"),
    }
}

/// Runs and commits one group; the events it appended when anything was committed.
fn commit_group(conn: &Connection, group: Vec<Job>, changed: &Changed) -> Option<Vec<StoredEvent>> {
    if let Err(error) = conn.execute_batch("BEGIN IMMEDIATE") {
        let message = error.to_string();
        for job in group {
            let (_, complete) = job(None);
            complete(Err(StorageError::Worker(message.clone())));
        }
        return None;
    }
    let mut committed: Vec<Completion> = Vec::with_capacity(group.len());
    let mut broken: Option<String> = None;
    for job in group {
        if let Err(error) = conn.execute_batch("SAVEPOINT job") {
            let (_, complete) = job(None);
            complete(Err(StorageError::Worker(error.to_string())));
            continue;
        }
        let appended_before = appended::mark();
        // A panicking job loses its reply (its caller sees the writer as gone) but not the thread.
        let outcome = catch_unwind(AssertUnwindSafe(|| job(Some(conn))));
        let ok = matches!(outcome, Ok((true, _)));
        let end = if ok {
            "RELEASE job"
        } else {
            "ROLLBACK TO job; RELEASE job"
        };
        if let Err(error) = conn.execute_batch(end) {
            broken = Some(error.to_string());
        }
        if !ok {
            appended::rollback_to(appended_before);
        }
        match outcome {
            Ok((true, complete)) => committed.push(complete),
            Ok((false, complete)) => complete(Ok(())),
            Err(_) => {}
        }
    }
    let status = match broken {
        Some(message) => Err(message),
        None => {
            let started = Instant::now();
            let outcome = conn.execute_batch("COMMIT").map_err(|e| e.to_string());
            changed
                .metrics
                .committed(committed.len(), started.elapsed());
            outcome
        }
    };
    if status.is_err() {
        let _ = conn.execute_batch("ROLLBACK");
    }
    changed.settle();
    let events = appended::take();
    match status {
        Ok(()) => {
            let any = !committed.is_empty();
            committed.into_iter().for_each(|complete| complete(Ok(())));
            any.then_some(events)
        }
        Err(message) => {
            for complete in committed {
                complete(Err(StorageError::Worker(message.clone())));
            }
            None
        }
    }
}
