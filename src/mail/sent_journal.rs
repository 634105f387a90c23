//! The Message-IDs the mail server has just accepted, written down the moment it says so.
//!
//! Marking a message sent in the database may wait for the writer (form posts commit all
//! the time), and a crash in that wait would send the message again after the restart.
//! So the worker first appends the Message-ID to this small file, which takes one write
//! and one sync and waits for no one, and only then marks the row sent. Each pass of the
//! worker starts by marking sent whatever the file holds (after a crash, messages the
//! database still calls pending), then empties it.

use std::collections::HashSet;
use std::io::ErrorKind;
use std::path::{Path, PathBuf};

use std::fs::File;
use std::io::Write;

/// The file's name in `DATA_DIR`.
pub const FILE_NAME: &str = "mail-accepted.log";

#[derive(Debug)]
pub struct SentJournal {
    path: PathBuf,
    /// Open for appending from the first record until the journal is cleared.
    file: Option<File>,
    /// Written down but perhaps not yet marked sent in the database.
    accepted: HashSet<String>,
}

impl SentJournal {
    /// Opens the journal in `data_dir`, reading what a previous run left in it.
    pub fn open(data_dir: &Path) -> anyhow::Result<SentJournal> {
        std::fs::create_dir_all(data_dir)
            .map_err(|error| anyhow::anyhow!("cannot create DATA_DIR {}: {error}", data_dir.display()))?;
        let path = data_dir.join(FILE_NAME);
        let accepted = match std::fs::read_to_string(&path) {
            // A line cut short by a power loss is not a Message-ID of ours: ignored, so
            // that message is sent again (at least once beats at most once).
            Ok(text) => text
                .lines()
                .filter(|line| line.starts_with('<') && line.ends_with('>'))
                .map(str::to_owned)
                .collect(),
            Err(error) if error.kind() == ErrorKind::NotFound => HashSet::new(),
            Err(error) => return Err(anyhow::anyhow!("cannot read {}: {error}", path.display())),
        };
        Ok(SentJournal { path, file: None, accepted })
    }

    /// The Message-IDs written down since the journal was last cleared.
    pub fn accepted(&self) -> impl Iterator<Item = &str> {
        self.accepted.iter().map(String::as_str)
    }

    /// Writes down that the server accepted `message_id`, before anything else.
    ///
    /// The line is written at once, with no await between the server's answer and the
    /// write: from then on the message survives a crash of the process. The sync that
    /// makes it survive a power loss too runs off the async threads.
    pub async fn record(&mut self, message_id: &str) -> std::io::Result<()> {
        // Kept in memory first: if the file cannot be written (a full disk), this process
        // still marks the message sent as soon as the database can write, never sends it
        // again; only a crash in that time would.
        self.accepted.insert(message_id.to_owned());
        let file = match &mut self.file {
            Some(file) => file,
            None => self.file.insert(std::fs::OpenOptions::new().create(true).append(true).open(&self.path)?),
        };
        file.write_all(format!("{message_id}\n").as_bytes())?;
        let file = file.try_clone()?;
        tokio::task::spawn_blocking(move || file.sync_data()).await.map_err(std::io::Error::other)?
    }

    /// Forgets everything: call only when all of it is marked sent in the database.
    pub async fn clear(&mut self) -> std::io::Result<()> {
        if self.accepted.is_empty() {
            return Ok(());
        }
        self.file = None;
        match tokio::fs::remove_file(&self.path).await {
            Ok(()) => {}
            Err(error) if error.kind() == ErrorKind::NotFound => {}
            Err(error) => return Err(error),
        }
        self.accepted.clear();
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn what_is_recorded_survives_a_restart_until_cleared() {
        let dir = tempfile::tempdir().expect("folder");
        let accepted = |journal: &SentJournal| {
            let mut ids: Vec<String> = journal.accepted().map(str::to_owned).collect();
            ids.sort();
            ids
        };
        let mut journal = SentJournal::open(dir.path()).expect("open");
        assert!(accepted(&journal).is_empty());
        journal.record("<a@x>").await.expect("record");
        journal.record("<b@x>").await.expect("record");
        std::fs::OpenOptions::new()
            .append(true)
            .open(dir.path().join(FILE_NAME))
            .and_then(|mut file| std::io::Write::write_all(&mut file, b"<c@"))
            .expect("a line cut short");
        let mut reopened = SentJournal::open(dir.path()).expect("reopen");
        assert_eq!(accepted(&reopened), ["<a@x>", "<b@x>"], "a torn line is ignored");
        reopened.clear().await.expect("clear");
        assert!(accepted(&reopened).is_empty());
        assert!(accepted(&SentJournal::open(dir.path()).expect("open")).is_empty());
    }
}
