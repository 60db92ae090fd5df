//! Writing an export file all at once: a temp file in the same folder, flushed, then renamed over the target.

use std::fs::OpenOptions;
use std::io::Write;
use std::path::{Path, PathBuf};

use super::ExportError;

fn temp_path(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "export".to_owned());
    path.with_file_name(format!(".{name}.{}.tmp", std::process::id()))
}

/// Write `bytes` to `path` so that the file is either the old one or the whole new one. A missing or
/// unwritable folder gives an error naming `path`, and no temp file is left behind.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), ExportError> {
    let fail = |source: std::io::Error| ExportError::Write {
        path: path.display().to_string(),
        source,
    };
    if path.file_name().is_none() {
        return Err(fail(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            "not a file name",
        )));
    }
    let tmp = temp_path(path);
    let written = (|| {
        let mut file = OpenOptions::new().write(true).create_new(true).open(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        std::fs::rename(&tmp, path)
    })();
    if let Err(e) = written {
        // Best effort: the temp file may never have been created.
        let _ = std::fs::remove_file(&tmp);
        return Err(fail(e));
    }
    Ok(())
}
