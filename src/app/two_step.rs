//! Two-step sign-in: after her password, a coordinator gives a one-time code from an
//! authenticator app (RFC 6238: six digits, a new one every 30 seconds, one step of clock
//! drift either side), or one of her ten single-use recovery codes when her phone is lost.
//! Each code is accepted once.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use rand::Rng;

use totp_rs::{Builder, Secret, Totp};

use crate::clock::now_seconds;
use crate::crypto::Keys;
use crate::db::audit::{self, Actor};
use crate::db::coordinators::Coordinator;
use crate::db::{Db, begin_write, second_steps};
use crate::domain::vocab::AuditAction;

/// How many recovery codes she gets at a time.
pub const RECOVERY_CODES: usize = 10;

/// Letters and digits that cannot be mistaken for one another when copied by hand (no 0/o,
/// 1/l/i): 31 signs, so a code of [`RECOVERY_CODE_LENGTH`] holds 79 random bits.
const RECOVERY_ALPHABET: &[u8] = b"23456789abcdefghjkmnpqrstuvwxyz";
const RECOVERY_CODE_LENGTH: usize = 16;

/// A new random secret for an authenticator app (160 bits, as RFC 4226 recommends).
pub fn new_secret() -> Vec<u8> {
    Secret::generate().as_bytes().to_vec()
}

/// The one-time-code generator of `secret` (SHA-1, six digits, 30 seconds, one step of
/// drift: what every authenticator app understands). `None` for a secret too short to be
/// ours.
fn generator(secret: &[u8], issuer: &str, account: &str) -> Option<Totp> {
    Builder::new()
        .with_secret(secret.to_vec())
        .with_issuer(Some(issuer.replace(':', " ")))
        .with_account_name(account.replace(':', " "))
        .build()
        .ok()
}

/// What the enrolment page shows: the secret as text (in groups of four, to copy by hand)
/// and as a QR code drawn here, as an SVG data URL (no image from anywhere else).
pub struct Setup {
    pub key_text: String,
    pub qr_data_url: String,
}

/// The enrolment of `secret` for `account`, under the name `issuer` in her app.
pub fn setup(secret: &[u8], issuer: &str, account: &str) -> anyhow::Result<Setup> {
    let totp = generator(secret, issuer, account).ok_or_else(|| anyhow::anyhow!("secret too short"))?;
    let url = totp.to_url()?;
    let svg = qrcode::QrCode::with_error_correction_level(url.as_bytes(), qrcode::EcLevel::M)?
        .render::<qrcode::render::svg::Color>()
        .min_dimensions(220, 220)
        .build();
    let base32 = totp.secret().to_base32();
    let key_text =
        base32.as_bytes().chunks(4).map(|c| String::from_utf8_lossy(c)).collect::<Vec<_>>().join(" ");
    Ok(Setup { key_text, qr_data_url: format!("data:image/svg+xml;base64,{}", STANDARD.encode(svg)) })
}

/// The time step whose code `code` is for `secret`, now (one step either side).
fn matching_step(secret: &[u8], code: &str) -> Option<i64> {
    let totp = generator(secret, "-", "")?;
    totp.check(code, now_seconds()).and_then(|step| i64::try_from(step).ok())
}

/// The time step of a current code from her app (one step either side), checked and not
/// yet used up: what [`enrol`] takes, so that the code is read once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CurrentStep(i64);

/// The step of `typed` when it is the current code of `secret`.
pub fn current_step(secret: &[u8], typed: &str) -> Option<CurrentStep> {
    match SecondFactor::parse(typed)? {
        SecondFactor::AppCode(code) => matching_step(secret, &code).map(CurrentStep),
        SecondFactor::RecoveryCode(_) => None,
    }
}

/// What she typed in the code field: a six-digit code from her app, or a recovery code
/// (spaces, dashes and case set aside).
#[derive(Debug, PartialEq, Eq)]
pub enum SecondFactor {
    AppCode(String),
    RecoveryCode(String),
}

impl SecondFactor {
    pub fn parse(typed: &str) -> Option<SecondFactor> {
        let compact: String =
            typed.chars().filter(|c| !c.is_whitespace() && *c != '-').flat_map(char::to_lowercase).collect();
        if compact.len() == 6 && compact.bytes().all(|b| b.is_ascii_digit()) {
            Some(SecondFactor::AppCode(compact))
        } else if compact.len() == RECOVERY_CODE_LENGTH
            && compact.bytes().all(|b| RECOVERY_ALPHABET.contains(&b))
        {
            Some(SecondFactor::RecoveryCode(compact))
        } else {
            None
        }
    }
}

/// New recovery codes, written as she will see them ("abcd-efgh-jkmn-pqrs").
fn new_recovery_codes() -> Vec<String> {
    let mut rng = rand::rng();
    (0..RECOVERY_CODES)
        .map(|_| {
            let signs: Vec<u8> = (0..RECOVERY_CODE_LENGTH)
                .map(|_| RECOVERY_ALPHABET[rng.random_range(0..RECOVERY_ALPHABET.len())])
                .collect();
            signs.chunks(4).map(|c| String::from_utf8_lossy(c).into_owned()).collect::<Vec<_>>().join("-")
        })
        .collect()
}

/// The hash a recovery code is kept under (of its compact form).
fn recovery_hash(compact: &str) -> String {
    crate::crypto::secret_hash(compact)
}

fn hashes_of(codes: &[String]) -> Vec<String> {
    codes
        .iter()
        .filter_map(|code| match SecondFactor::parse(code) {
            Some(SecondFactor::RecoveryCode(compact)) => Some(recovery_hash(&compact)),
            _ => None,
        })
        .collect()
}

/// Sets up `who`'s second step with `secret`, whose current code her app gave at `step` (a
/// new one replaces the old); returns her new recovery codes, to be shown once.
pub async fn enrol(
    db: &Db,
    keys: &Keys,
    who: &Coordinator,
    secret: &[u8],
    step: CurrentStep,
) -> sqlx::Result<Vec<String>> {
    let codes = new_recovery_codes();
    let mut tx = begin_write(&db.write).await?;
    second_steps::enrol(&mut tx, who.id, &keys.seal(secret), step.0, &hashes_of(&codes)).await?;
    audit::record(&mut tx, who.into(), None, "", AuditAction::TwoStepEnrolled, "").await?;
    tx.commit().await?;
    Ok(codes)
}

/// New recovery codes for `who`; the old ones stop working.
pub async fn renew_recovery_codes(db: &Db, who: &Coordinator) -> sqlx::Result<Vec<String>> {
    let codes = new_recovery_codes();
    let mut tx = begin_write(&db.write).await?;
    second_steps::replace_recovery_codes(&mut tx, who.id, &hashes_of(&codes)).await?;
    audit::record(&mut tx, who.into(), None, "", AuditAction::RecoveryCodesRenewed, "").await?;
    tx.commit().await?;
    Ok(codes)
}

/// The second step at sign-in, for an account whose password was right.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Passed {
    /// The account has no second step yet (she is sent to set one up when it is required).
    NotSetUp,
    Yes,
    No,
}

/// Checks `typed` as `account`'s second step, and uses it up: an app code's time step (and
/// every earlier one) or a recovery code works once.
pub async fn pass(db: &Db, keys: &Keys, account: &Coordinator, typed: &str) -> anyhow::Result<Passed> {
    let Some(second_step) = second_steps::of_account(&db.read, account.id).await? else {
        return Ok(Passed::NotSetUp);
    };
    let Some(typed) = SecondFactor::parse(typed) else { return Ok(Passed::No) };
    let mut tx = begin_write(&db.write).await?;
    let passed = match typed {
        SecondFactor::AppCode(code) => {
            let secret = keys.open(&second_step.secret_sealed)?;
            match matching_step(&secret, &code) {
                Some(step) => second_steps::take_step(&mut tx, account.id, step).await?,
                None => false,
            }
        }
        SecondFactor::RecoveryCode(compact) => {
            let used = second_steps::use_recovery_code(&mut tx, account.id, &recovery_hash(&compact)).await?;
            if used {
                let left = second_steps::recovery_codes_left(&mut *tx, account.id).await?;
                audit::record(
                    &mut tx,
                    account.into(),
                    None,
                    "",
                    AuditAction::RecoveryCodeUsed,
                    &left.to_string(),
                )
                .await?;
            }
            used
        }
    };
    tx.commit().await?;
    Ok(if passed { Passed::Yes } else { Passed::No })
}

/// Removes `account`'s second step and recovery codes, audited; she sets up a new one at
/// her next sign-in. Part of a fresh start, or at the server's command line.
pub async fn reset_in(
    tx: &mut sqlx::SqliteConnection,
    who: Actor<'_>,
    account: &Coordinator,
) -> sqlx::Result<bool> {
    let had = second_steps::remove(tx, account.id).await?;
    if had {
        audit::record(tx, who, None, "", AuditAction::TwoStepReset, &account.email).await?;
    }
    Ok(had)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_told_apart_from_recovery_codes() {
        assert_eq!(SecondFactor::parse(" 123 456 "), Some(SecondFactor::AppCode("123456".into())));
        let code = &new_recovery_codes()[0];
        assert_eq!(code.len(), 19, "{code}");
        let upper = code.to_uppercase().replace('-', " ");
        assert_eq!(SecondFactor::parse(&upper), Some(SecondFactor::RecoveryCode(code.replace('-', ""))));
        for wrong in ["", "12345", "1234567", "abcdef", "0000-0000-0000-0000"] {
            assert_eq!(SecondFactor::parse(wrong), None, "{wrong}");
        }
    }

    #[test]
    fn recovery_codes_differ_and_are_kept_as_hashes_of_the_compact_form() {
        let codes = new_recovery_codes();
        let unique: std::collections::HashSet<_> = codes.iter().collect();
        assert_eq!(unique.len(), RECOVERY_CODES);
        let hashes = hashes_of(&codes);
        assert_eq!(hashes.len(), RECOVERY_CODES);
        assert_eq!(hashes[0], recovery_hash(&codes[0].replace('-', "")));
        assert!(!hashes[0].contains(&codes[0].replace('-', "")));
    }

    #[test]
    fn the_current_code_matches_its_step_and_one_either_side() {
        let secret = new_secret();
        let totp = generator(&secret, "latinas.example", "ana@example.org").expect("generator");
        let now = now_seconds();
        let step = i64::try_from(now / 30).expect("step");
        assert_eq!(matching_step(&secret, &totp.generate(now).to_string()), Some(step));
        assert!(matching_step(&secret, &totp.generate(now - 30).to_string()).is_some());
        assert!(matching_step(&secret, &totp.generate(now + 30).to_string()).is_some());
        assert_eq!(matching_step(&secret, &totp.generate(now - 90).to_string()), None);
        let setup = setup(&secret, "latinas.example:3000", "ana@example.org").expect("setup");
        assert!(setup.qr_data_url.starts_with("data:image/svg+xml;base64,"));
        assert_eq!(setup.key_text.replace(' ', ""), totp.secret().to_base32());
    }
}
