//! Encryption at rest of what people tell us, and the server's signing key.
//!
//! A copied database file must reveal nothing personal: names, contact details and
//! messages are sealed with XChaCha20-Poly1305 (authenticated, with a random 192-bit nonce
//! per value) under `DATA_KEY`. Each sealed value names its key by a short fingerprint, so
//! older keys can still open old values after a rotation.

use std::path::Path;

use base64::Engine;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use chacha20poly1305::aead::{Aead, KeyInit};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::{Digest, Sha256};

const KEY_FILE: &str = "data.key";
/// The purpose the person index's key is derived for.
const INDEX_PURPOSE: &str = "person index";

/// The keys that seal and sign. `current` seals; `old` only opens.
#[derive(Clone)]
pub struct Keys {
    current: DataKey,
    old: Vec<DataKey>,
}

#[derive(Clone)]
struct DataKey {
    bytes: [u8; 32],
    fingerprint: String,
}

/// The SHA-256 of a secret given out once (a link's secret, a recovery code), in hex: what
/// is kept of it, so that the database alone opens nothing.
pub fn secret_hash(secret: &str) -> String {
    Sha256::digest(secret.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

/// Fresh random text (18 bytes, URL-safe): cookie values, nonces, CSRF secrets,
/// Message-IDs.
pub fn random_token() -> String {
    let mut bytes = [0u8; 18];
    rand::rng().fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

impl std::fmt::Debug for Keys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Keys").field("current", &self.current.fingerprint).finish_non_exhaustive()
    }
}

#[derive(Debug, thiserror::Error)]
pub enum CryptoError {
    #[error("invalid {0}: expected 32 bytes in base64 (generate one with `openssl rand -base64 32`)")]
    BadKey(&'static str),
    #[error("a sealed value is damaged or was sealed under a key we do not have")]
    CannotOpen,
    #[error("cannot read or write the key file {path}: {source}")]
    KeyFile { path: String, source: std::io::Error },
}

impl DataKey {
    fn from_base64(text: &str, name: &'static str) -> Result<DataKey, CryptoError> {
        let bytes = STANDARD.decode(text.trim()).map_err(|_| CryptoError::BadKey(name))?;
        let bytes: [u8; 32] = bytes.try_into().map_err(|_| CryptoError::BadKey(name))?;
        Ok(DataKey::new(bytes))
    }

    fn new(bytes: [u8; 32]) -> DataKey {
        let digest = Sha256::digest([b"latinas key id".as_slice(), &bytes].concat());
        let fingerprint = digest[..4].iter().map(|b| format!("{b:02x}")).collect();
        DataKey { bytes, fingerprint }
    }
}

impl Keys {
    /// `DATA_KEY` (and `DATA_KEYS_OLD`, comma separated, after a rotation); without
    /// `DATA_KEY`, the key in `data_dir/data.key`, generated on first start.
    pub fn load(
        data_key: Option<&str>,
        old_keys: Option<&str>,
        data_dir: &Path,
    ) -> Result<Keys, CryptoError> {
        let current = match data_key {
            Some(text) => DataKey::from_base64(text, "DATA_KEY")?,
            None => key_from_file(data_dir)?,
        };
        let old = old_keys
            .unwrap_or_default()
            .split(',')
            .filter(|k| !k.trim().is_empty())
            .map(|k| DataKey::from_base64(k, "DATA_KEYS_OLD"))
            .collect::<Result<_, _>>()?;
        Ok(Keys { current, old })
    }

    /// Keys for tests and tools: a fresh random key.
    pub fn random() -> Keys {
        let mut bytes = [0u8; 32];
        rand::rng().fill_bytes(&mut bytes);
        Keys { current: DataKey::new(bytes), old: Vec::new() }
    }

    /// Seals `plaintext` as `<key fingerprint>:<base64 of nonce and ciphertext>`.
    pub fn seal(&self, plaintext: &[u8]) -> String {
        let cipher = XChaCha20Poly1305::new(&self.current.bytes.into());
        let mut nonce = [0u8; 24];
        rand::rng().fill_bytes(&mut nonce);
        // Encryption only fails for inputs larger than 256 GiB.
        let ciphertext = cipher.encrypt(XNonce::from_slice(&nonce), plaintext).unwrap_or_default();
        let mut sealed = nonce.to_vec();
        sealed.extend_from_slice(&ciphertext);
        format!("{}:{}", self.current.fingerprint, STANDARD.encode(sealed))
    }

    pub fn open(&self, sealed: &str) -> Result<Vec<u8>, CryptoError> {
        let (fingerprint, data) = sealed.split_once(':').ok_or(CryptoError::CannotOpen)?;
        let key = std::iter::once(&self.current)
            .chain(&self.old)
            .find(|k| k.fingerprint == fingerprint)
            .ok_or(CryptoError::CannotOpen)?;
        let data = STANDARD.decode(data).map_err(|_| CryptoError::CannotOpen)?;
        if data.len() < 24 {
            return Err(CryptoError::CannotOpen);
        }
        let (nonce, ciphertext) = data.split_at(24);
        XChaCha20Poly1305::new(&key.bytes.into())
            .decrypt(XNonce::from_slice(nonce), ciphertext)
            .map_err(|_| CryptoError::CannotOpen)
    }

    /// The current key's short fingerprint (never the key): what an administrator's note
    /// that she stored a copy of the key refers to.
    pub fn fingerprint(&self) -> &str {
        &self.current.fingerprint
    }

    /// Whether `sealed` is sealed under the current key (a rotation re-seals the others).
    pub fn is_current(&self, sealed: &str) -> bool {
        sealed.split_once(':').is_some_and(|(fingerprint, _)| fingerprint == self.current.fingerprint)
    }

    /// An HMAC-SHA256 tag of `message` under a key derived for `purpose`, base64url.
    pub fn sign(&self, purpose: &str, message: &[u8]) -> String {
        URL_SAFE_NO_PAD.encode(self.mac(purpose, message).finalize().into_bytes())
    }

    /// Whether `tag` is the tag of `message` under the current key or an old one (compared
    /// in constant time). Old keys still verify, so that a key rotation does not turn away
    /// a form she opened before it, or a coordinator's open page: tags live a day at most.
    pub fn verify(&self, purpose: &str, message: &[u8], tag: &str) -> bool {
        let Ok(tag) = URL_SAFE_NO_PAD.decode(tag) else { return false };
        std::iter::once(&self.current)
            .chain(&self.old)
            .any(|key| mac(key, purpose, message).verify_slice(&tag).is_ok())
    }

    /// The person index's digest of a normalised contact, under the current key: equal
    /// contacts give equal digests, and nobody without the data key can tell whose it is.
    pub fn index_digest(&self, normalised: &[u8]) -> String {
        self.sign(INDEX_PURPOSE, normalised)
    }

    /// Its digests under every key held, current first: a search still finds the rows
    /// indexed under an old key before `latinas rekey` re-indexes them.
    pub fn index_digests(&self, normalised: &[u8]) -> Vec<String> {
        std::iter::once(&self.current)
            .chain(&self.old)
            .map(|key| URL_SAFE_NO_PAD.encode(mac(key, INDEX_PURPOSE, normalised).finalize().into_bytes()))
            .collect()
    }

    fn mac(&self, purpose: &str, message: &[u8]) -> Hmac<Sha256> {
        mac(&self.current, purpose, message)
    }
}

/// The HMAC of `message` under a key derived from `key` for `purpose`.
fn mac(key: &DataKey, purpose: &str, message: &[u8]) -> Hmac<Sha256> {
    let key = Sha256::digest([b"latinas signing key:".as_slice(), purpose.as_bytes(), &key.bytes].concat());
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(&key)
        .unwrap_or_else(|_| unreachable!("HMAC takes any key length"));
    mac.update(message);
    mac
}

fn key_from_file(data_dir: &Path) -> Result<DataKey, CryptoError> {
    let path = data_dir.join(KEY_FILE);
    let io_error = |source| CryptoError::KeyFile { path: path.display().to_string(), source };
    match std::fs::read_to_string(&path) {
        Ok(text) => DataKey::from_base64(&text, "key file"),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            std::fs::create_dir_all(data_dir).map_err(io_error)?;
            let mut bytes = [0u8; 32];
            rand::rng().fill_bytes(&mut bytes);
            write_private(&path, &STANDARD.encode(bytes)).map_err(io_error)?;
            tracing::warn!(
                path = %path.display(),
                "DATA_KEY is not set: generated a new data key in this file. Back it up apart from \
                 the database: without it, encrypted requests cannot be read"
            );
            Ok(DataKey::new(bytes))
        }
        Err(error) => Err(io_error(error)),
    }
}

#[cfg(unix)]
fn write_private(path: &Path, text: &str) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut file = std::fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(path)?;
    file.write_all(text.as_bytes())?;
    file.sync_all()
}

#[cfg(not(unix))]
fn write_private(path: &Path, text: &str) -> std::io::Result<()> {
    std::fs::write(path, text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sealed_values_open_only_with_their_key() {
        let keys = Keys::random();
        let sealed = keys.seal("María, +32 470 00 00 00".as_bytes());
        assert!(!sealed.contains("María"));
        assert_eq!(keys.open(&sealed).expect("opens"), "María, +32 470 00 00 00".as_bytes());
        assert!(Keys::random().open(&sealed).is_err(), "another key cannot open it");
        let mut tampered = sealed.clone();
        tampered.pop();
        tampered.push(if sealed.ends_with('A') { 'B' } else { 'A' });
        assert!(keys.open(&tampered).is_err(), "tampering is detected");
    }

    #[test]
    fn old_keys_still_open_after_a_rotation() {
        let old = Keys::random();
        let sealed = old.seal(b"secret");
        let old_key = STANDARD.encode(old.current.bytes);
        let new_key = STANDARD.encode(Keys::random().current.bytes);
        let dir = std::env::temp_dir();
        let rotated = Keys::load(Some(&new_key), Some(&old_key), &dir).expect("keys load");
        assert_eq!(rotated.open(&sealed).expect("opens"), b"secret");
        assert!(!rotated.is_current(&sealed));
        assert!(rotated.is_current(&rotated.seal(b"x")));
        // A form token signed before the rotation still verifies while the old key is kept,
        // and no longer once it is dropped.
        let tag = old.sign("form-token", b"issued before");
        assert!(rotated.verify("form-token", b"issued before", &tag));
        let after = Keys::load(Some(&new_key), None, &dir).expect("keys load");
        assert!(!after.verify("form-token", b"issued before", &tag));
    }

    #[test]
    fn signatures_verify_only_for_their_message_and_purpose() {
        let keys = Keys::random();
        let tag = keys.sign("form", b"abc");
        assert!(keys.verify("form", b"abc", &tag));
        assert!(!keys.verify("form", b"abd", &tag));
        assert!(!keys.verify("other", b"abc", &tag));
        assert!(!keys.verify("form", b"abc", "not base64!"));
    }
}
