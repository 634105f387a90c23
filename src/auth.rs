//! Coordinator passwords: argon2id hashes, computed off the async threads.

use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use rand::RngCore;
use std::sync::LazyLock;

/// Shorter passwords are refused: coordinators hold other people's most private data.
pub const MIN_PASSWORD_LENGTH: usize = 12;

#[derive(Debug, thiserror::Error)]
pub enum PasswordError {
    #[error("the password must have at least {MIN_PASSWORD_LENGTH} characters")]
    TooShort,
    #[error("the password is too easy to guess: use several unusual words, not a name or a common phrase")]
    TooGuessable,
    #[error("could not hash the password: {0}")]
    Hash(String),
}

/// The argon2id hash of `password`, in PHC format.
pub async fn hash_password(password: String) -> Result<String, PasswordError> {
    if password.chars().count() < MIN_PASSWORD_LENGTH {
        return Err(PasswordError::TooShort);
    }
    tokio::task::spawn_blocking(move || {
        let mut salt = [0u8; 16];
        rand::rng().fill_bytes(&mut salt);
        let salt = SaltString::encode_b64(&salt).map_err(|e| PasswordError::Hash(e.to_string()))?;
        Argon2::default()
            .hash_password(password.as_bytes(), &salt)
            .map(|hash| hash.to_string())
            .map_err(|e| PasswordError::Hash(e.to_string()))
    })
    .await
    .map_err(|e| PasswordError::Hash(e.to_string()))?
}

/// The hash of a password chosen for an account: refused when shorter than
/// [`MIN_PASSWORD_LENGTH`] or easy to guess (zxcvbn, with `context`, such as the account's
/// name and email address, counted as known to an attacker).
pub async fn hash_new_password(password: String, context: &[&str]) -> Result<String, PasswordError> {
    if password.chars().count() < MIN_PASSWORD_LENGTH {
        return Err(PasswordError::TooShort);
    }
    if zxcvbn::zxcvbn(&password, context).score() < zxcvbn::Score::Three {
        return Err(PasswordError::TooGuessable);
    }
    hash_password(password).await
}

/// Whether `password` matches `hash`. With no hash (an unknown account) the same work is
/// done against a dummy hash, so the answer takes as long and says nothing.
pub async fn verify_password(password: String, hash: Option<String>) -> bool {
    tokio::task::spawn_blocking(move || {
        let known = hash.is_some();
        let hash = hash.unwrap_or_else(|| DUMMY_HASH.clone());
        let Ok(parsed) = PasswordHash::new(&hash) else { return false };
        Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok() && known
    })
    .await
    .unwrap_or(false)
}

/// The hash of a random password nobody knows, with the parameters real hashes use.
static DUMMY_HASH: LazyLock<String> = LazyLock::new(|| {
    let mut password = [0u8; 32];
    rand::rng().fill_bytes(&mut password);
    let salt = SaltString::encode_b64(&password[..16]).unwrap_or_else(|_| unreachable!("16 bytes encode"));
    Argon2::default().hash_password(&password, &salt).map(|h| h.to_string()).unwrap_or_default()
});

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn passwords_verify_against_their_hash_only() {
        let hash = hash_password("correct horse battery".into()).await.expect("hash");
        assert!(hash.starts_with("$argon2id$"));
        assert!(verify_password("correct horse battery".into(), Some(hash.clone())).await);
        assert!(!verify_password("wrong horse battery".into(), Some(hash)).await);
        assert!(!verify_password("anything at all".into(), None).await);
        assert!(matches!(hash_password("short".into()).await, Err(PasswordError::TooShort)));
    }

    #[tokio::test]
    async fn new_passwords_that_are_easy_to_guess_are_refused() {
        for guessable in ["password1234", "123456789012", "qwertyuiopas", "ana.garcia@example.org2"] {
            let refused =
                hash_new_password(guessable.into(), &["ana.garcia@example.org", "Ana García"]).await;
            assert!(matches!(refused, Err(PasswordError::TooGuessable)), "{guessable}");
        }
        let short = hash_new_password("tiny".into(), &[]).await;
        assert!(matches!(short, Err(PasswordError::TooShort)));
        assert!(hash_new_password("violet tram under quiet harbour".into(), &[]).await.is_ok());
    }
}
