//! Where lexicon documents live in a directory: `<dir>/<segments of the NSID>.json`, the layout of the
//! repository's `lexicons/` and of a PDS's `<data dir>/lexicons/`.

use std::path::{Path, PathBuf};

use lexgen::model::Nsid;

/// `dir/cv/atmos/portfolio/entry.json` for `cv.atmos.portfolio.entry`.
pub fn document_path(dir: &Path, nsid: &Nsid) -> PathBuf {
    let mut path = dir.to_path_buf();
    path.extend(nsid.segments());
    path.set_extension("json");
    path
}

/// Writes `text` at the document path of `nsid` under `dir`, creating directories, through a temporary
/// file so that a reader never sees half a document.
pub fn write_document(dir: &Path, nsid: &Nsid, text: &str) -> std::io::Result<PathBuf> {
    let path = document_path(dir, nsid);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    let temporary = path.with_extension("json.tmp");
    std::fs::write(&temporary, text)?;
    std::fs::rename(&temporary, &path)?;
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_path_mirrors_the_nsid() {
        let nsid: Nsid = "cv.atmos.portfolio.entry".parse().unwrap();
        assert_eq!(
            document_path(Path::new("lexicons"), &nsid),
            Path::new("lexicons/cv/atmos/portfolio/entry.json")
        );
    }
}
