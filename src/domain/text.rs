//! Free text typed by a visitor: trimmed, bounded, without control characters.

use serde::{Deserialize, Serialize};

/// A short line (a name, a time of day): at most 120 characters, one line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShortText(String);

/// A message: at most 5,000 characters, line breaks kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LongText(String);

pub const SHORT_TEXT_MAX: usize = 120;
pub const LONG_TEXT_MAX: usize = 5000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextError {
    Empty,
    TooLong,
}

impl ShortText {
    pub fn parse(input: &str) -> Result<ShortText, TextError> {
        let visible: String = input.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
        let text = visible.split_whitespace().collect::<Vec<_>>().join(" ");
        check(&text, SHORT_TEXT_MAX)?;
        Ok(ShortText(text))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl LongText {
    pub fn parse(input: &str) -> Result<LongText, TextError> {
        let text: String = input
            .trim()
            .replace("\r\n", "\n")
            .chars()
            .filter(|c| !c.is_control() || *c == '\n' || *c == '\t')
            .collect();
        check(&text, LONG_TEXT_MAX)?;
        Ok(LongText(text))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

fn check(text: &str, max: usize) -> Result<(), TextError> {
    if text.is_empty() {
        Err(TextError::Empty)
    } else if text.chars().count() > max {
        Err(TextError::TooLong)
    } else {
        Ok(())
    }
}

impl AsRef<str> for ShortText {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for LongText {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

/// Whether `key` can be a slug (of an item, an event) or a section key: lowercase ASCII words joined by hyphens.
pub fn is_slug(key: &str) -> bool {
    (1..=80).contains(&key.len())
        && key.split('-').all(|word| {
            !word.is_empty() && word.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_text_is_one_trimmed_line() {
        assert_eq!(ShortText::parse("  Ana \n María\u{0} ").map(|t| t.0), Ok("Ana María".to_owned()));
        assert_eq!(ShortText::parse("   "), Err(TextError::Empty));
        assert_eq!(ShortText::parse(&"a".repeat(121)), Err(TextError::TooLong));
        assert!(ShortText::parse(&"é".repeat(120)).is_ok(), "counts characters, not bytes");
    }

    #[test]
    fn long_text_keeps_lines_and_drops_control_characters() {
        assert_eq!(
            LongText::parse(" hola\r\nqué tal\u{0}\u{7} ").map(|t| t.0),
            Ok("hola\nqué tal".to_owned())
        );
        assert_eq!(LongText::parse(&"x".repeat(5001)), Err(TextError::TooLong));
    }

    #[test]
    fn slugs_are_lowercase_words_joined_by_hyphens() {
        assert!(is_slug("world-march-2"));
        for bad in ["", "World", "a--b", "-a", "a-", "a b", "á", "../x"] {
            assert!(!is_slug(bad), "{bad}");
        }
    }
}
