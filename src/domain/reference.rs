//! Short references people can read out on the phone: `OR-7K3M`, `SU-4HXQ`.

use rand::Rng;

use crate::domain::vocab::RequestKind;

/// Letters and digits that cannot be mistaken for one another (no 0/O, 1/I/L, 5/S, 8/B, U/V).
const ALPHABET: &[u8] = b"2345679ACDEFGHJKMNPQRTWXYZ";

/// A fresh reference for a request of `kind`: 4 characters give 456,976 per kind; the
/// database's unique constraint catches the rare repeat, and the caller draws again.
pub fn new_reference(kind: RequestKind) -> String {
    let mut rng = rand::rng();
    let code: String = (0..4).map(|_| ALPHABET[rng.random_range(0..ALPHABET.len())] as char).collect();
    format!("{}-{code}", kind.reference_prefix())
}

/// Whether `text` has the shape of a reference.
pub fn is_reference(text: &str) -> bool {
    let Some((prefix, code)) = text.split_once('-') else { return false };
    RequestKind::ALL.iter().any(|kind| kind.reference_prefix() == prefix)
        && code.len() == 4
        && code.bytes().all(|b| ALPHABET.contains(&b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_have_their_shape() {
        for _ in 0..100 {
            let reference = new_reference(RequestKind::Orientation);
            assert!(is_reference(&reference), "{reference}");
        }
        assert!(!is_reference("OR-0000"));
        assert!(!is_reference("XX-2345"));
        assert!(!is_reference("OR-2345/../x"));
    }
}
