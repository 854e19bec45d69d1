//! A private PostgreSQL cluster for one test: Debian's server binaries (`/usr/lib/postgresql/<version>/bin`),
//! a fresh data directory in a temporary directory, listening on 127.0.0.1 at a free port (and a socket in
//! the data directory), trust authentication, no fsync. Stopped and removed on drop. PostgreSQL refuses to
//! run as root, so under root (as CI runs) the cluster belongs to the `postgres` user the package creates.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A running cluster.
pub struct Postgres {
    bin: PathBuf,
    owner: Option<&'static str>,
    data: PathBuf,
    /// `postgres://postgres@127.0.0.1:<port>/postgres`.
    pub url: String,
    _dir: tempfile::TempDir,
}

/// Where the server binaries of the newest installed PostgreSQL are, if any.
pub fn bin_dir() -> Option<PathBuf> {
    let mut versions: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .ok()?
        .filter_map(|entry| {
            let entry = entry.ok()?;
            let version = entry.file_name().to_str()?.parse().ok()?;
            let bin = entry.path().join("bin");
            (bin.join("initdb").is_file() && bin.join("pg_ctl").is_file()).then_some((version, bin))
        })
        .collect();
    versions.sort();
    versions.pop().map(|(_, bin)| bin)
}

fn is_root() -> bool {
    id(&["-u"]).is_some_and(|uid| uid == 0)
}

/// A number `id <args>` prints.
fn id(args: &[&str]) -> Option<u32> {
    let output = Command::new("id").args(args).output().ok()?;
    String::from_utf8(output.stdout).ok()?.trim().parse().ok()
}

/// What is missing for a cluster to start here, if anything.
pub fn missing() -> Option<String> {
    if bin_dir().is_none() {
        return Some(
            "PostgreSQL server binaries (/usr/lib/postgresql/<version>/bin; Debian package `postgresql`)"
                .into(),
        );
    }
    if is_root() && id(&["-u", "postgres"]).is_none() {
        return Some("a `postgres` user to run PostgreSQL as (the test runs as root)".into());
    }
    None
}

impl Postgres {
    /// Creates and starts a cluster.
    pub fn start() -> Postgres {
        let bin = bin_dir().expect("PostgreSQL binaries");
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        std::fs::create_dir(&data).unwrap();
        let owner = is_root().then_some("postgres");
        if let Some(user) = owner {
            use std::os::unix::fs::{PermissionsExt, chown};
            // The server's user must reach the data directory.
            std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
            let uid = id(&["-u", user]).unwrap();
            let gid = id(&["-g", user]).unwrap();
            chown(&data, Some(uid), Some(gid)).unwrap();
        }
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let postgres = Postgres {
            bin,
            owner,
            data,
            url: format!("postgres://postgres@127.0.0.1:{port}/postgres"),
            _dir: dir,
        };
        let data = postgres.data.to_str().unwrap().to_owned();
        postgres.run(
            "initdb",
            &[
                "-D",
                &data,
                "-U",
                "postgres",
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--locale=C",
                "--no-sync",
            ],
        );
        let options = format!(
            "-c listen_addresses=127.0.0.1 -p {port} -k {data} -c fsync=off \
             -c synchronous_commit=off -c full_page_writes=off"
        );
        let log = format!("{data}/server.log");
        let started = postgres.command(
            "pg_ctl",
            &[
                "-D", &data, "-l", &log, "-o", &options, "-w", "-t", "60", "start",
            ],
        );
        if !started.status.success() {
            let log = std::fs::read_to_string(&log).unwrap_or_default();
            panic!("pg_ctl start failed: {}\n{log}", describe(&started));
        }
        postgres
    }

    /// Runs a server binary (as the cluster's owner), returning its output.
    fn command(&self, program: &str, args: &[&str]) -> Output {
        let binary = self.bin.join(program);
        let mut command = match self.owner {
            Some(user) => {
                let mut command = Command::new("runuser");
                command.args(["-u", user, "--"]).arg(&binary);
                command
            }
            None => Command::new(&binary),
        };
        // A directory every user can enter (the server's user may not reach ours).
        command.args(args).current_dir(Path::new("/"));
        command
            .output()
            .unwrap_or_else(|e| panic!("running {}: {e}", binary.display()))
    }

    /// Runs a server binary and requires success.
    fn run(&self, program: &str, args: &[&str]) {
        let output = self.command(program, args);
        assert!(
            output.status.success(),
            "{program} failed: {}",
            describe(&output)
        );
    }
}

fn describe(output: &Output) -> String {
    format!(
        "{}\n{}{}",
        output.status,
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

impl Drop for Postgres {
    fn drop(&mut self) {
        let data = self.data.to_str().unwrap_or_default().to_owned();
        let _ = self.command("pg_ctl", &["-D", &data, "-m", "immediate", "-w", "stop"]);
    }
}
