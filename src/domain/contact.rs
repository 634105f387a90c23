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
