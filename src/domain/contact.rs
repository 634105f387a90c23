//! How to reach someone: an email address or a phone number.

use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// A syntactically valid email address (checked by lettre, which will send to it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EmailAddress(String);

impl EmailAddress {
    pub fn parse(input: &str) -> Option<EmailAddress> {
        let input = input.trim();
        if input.len() > 254 {
            return None;
        }
        let address = lettre::Address::from_str(input).ok()?;
        // A domain without a dot cannot receive mail from the internet.
        address.domain().contains('.').then(|| EmailAddress(address.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// An email address or phone number as the person index compares them, so that the same
/// contact written two ways is found as one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContactKey(String);

impl ContactKey {
    /// Addresses compare in lower case: nobody has two mailboxes that differ only by case.
    pub fn of_email(email: &EmailAddress) -> ContactKey {
        ContactKey(format!("email:{}", email.0.to_lowercase()))
    }

    /// Numbers compare in E.164 (`+32470123456`), a national number read as Belgian;
    /// one that libphonenumber cannot read compares by its digits.
    pub fn of_phone(phone: &PhoneNumber) -> ContactKey {
        let e164 = match phonenumber::parse(Some(phonenumber::country::Id::BE), &phone.0) {
            Ok(number) => number.format().mode(phonenumber::Mode::E164).to_string(),
            Err(_) => phone.0.chars().filter(char::is_ascii_digit).collect(),
        };
        ContactKey(format!("phone:{e164}"))
    }

    /// What a coordinator typed to find someone: an email address or a phone number.
    pub fn parse(input: &str) -> Option<ContactKey> {
        EmailAddress::parse(input)
            .map(|e| ContactKey::of_email(&e))
            .or_else(|| PhoneNumber::parse(input).map(|p| ContactKey::of_phone(&p)))
    }

    pub fn as_bytes(&self) -> &[u8] {
        self.0.as_bytes()
    }
}

/// The words of a name as the volunteers' search compares them: lower case, accents set
/// aside ("María José" gives "maria" and "jose"), each once.
pub fn name_words(name: &str) -> Vec<String> {
    use unicode_normalization::UnicodeNormalization;
    use unicode_normalization::char::is_combining_mark;
    let folded: String = name.nfd().filter(|c| !is_combining_mark(*c)).collect::<String>().to_lowercase();
    let mut words: Vec<String> = Vec::new();
    for word in folded.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        let key = format!("name:{word}");
        if !words.contains(&key) {
            words.push(key);
        }
    }
    words
}

/// A phone number as people write it: digits with spaces, dots, dashes, slashes,
/// brackets and a leading `+`; 6 to 20 digits.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PhoneNumber(String);

impl PhoneNumber {
    pub fn parse(input: &str) -> Option<PhoneNumber> {
        let input = input.trim();
        let allowed =
            |(i, c): (usize, char)| c.is_ascii_digit() || " .-/()".contains(c) || (c == '+' && i == 0);
        if !input.char_indices().all(allowed) {
            return None;
        }
        let digits = input.chars().filter(char::is_ascii_digit).count();
        (6..=20)
            .contains(&digits)
            .then(|| PhoneNumber(input.split_whitespace().collect::<Vec<_>>().join(" ")))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn email_addresses_are_checked() {
        assert_eq!(EmailAddress::parse(" ana@example.org ").map(|e| e.0), Some("ana@example.org".to_owned()));
        for bad in ["", "ana", "ana@", "@example.org", "ana@localhost", "a b@example.org", "ana@exa mple.org"]
        {
            assert_eq!(EmailAddress::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn one_contact_written_two_ways_is_one_key() {
        let key = |s: &str| ContactKey::parse(s).expect(s);
        assert_eq!(key("Ana@Example.org"), key("ana@example.org"));
        assert_eq!(key("0470 12 34 56"), key("+32 470 12 34 56"));
        assert_eq!(key("0032 470/12.34.56"), key("+32470123456"));
        assert_eq!(key("+57 300 123 4567"), key("+573001234567"));
        assert_ne!(key("0470 12 34 56"), key("0470 12 34 57"));
        assert_ne!(key("ana@example.org"), key("ana@example.com"));
        assert_eq!(ContactKey::parse("Ana"), None);
    }

    #[test]
    fn names_compare_by_word_whatever_the_case_and_accents() {
        assert_eq!(name_words("María  José-Pérez"), ["name:maria", "name:jose", "name:perez"]);
        assert_eq!(name_words("ANA ana"), ["name:ana"]);
        assert!(name_words(" - ").is_empty());
    }

    #[test]
    fn phone_numbers_are_checked() {
        for good in ["+32 470 12 34 56", "0470/12.34.56", "(02) 123-45-67"] {
            assert!(PhoneNumber::parse(good).is_some(), "{good}");
        }
        for bad in
            ["", "12345", "call me", "+32 470 12 34 56 +1", "0470 12 34 56 ext. 2", "1".repeat(21).as_str()]
        {
            assert_eq!(PhoneNumber::parse(bad), None, "{bad}");
        }
    }
}
