//! A submitted form as typed: every value kept, so a form with errors comes back filled in.

/// The fields of an `application/x-www-form-urlencoded` body, in order, repeats kept.
#[derive(Debug, Clone, Default)]
pub struct FormInput {
    pairs: Vec<(String, String)>,
}

impl FormInput {
    /// Parses a body; bytes that are not UTF-8 become U+FFFD instead of failing.
    pub fn parse(body: &[u8]) -> FormInput {
        FormInput {
            pairs: form_urlencoded::parse(body).map(|(k, v)| (k.into_owned(), v.into_owned())).collect(),
        }
    }

    /// A form filled in by the server (an editor showing what is stored).
    pub fn from_pairs(pairs: Vec<(String, String)>) -> FormInput {
        FormInput { pairs }
    }

    /// The same form with `name` set to `value` in place of what was sent.
    pub fn with(mut self, name: &str, value: &str) -> FormInput {
        self.pairs.retain(|(k, _)| k != name);
        self.pairs.push((name.to_owned(), value.to_owned()));
        self
    }

    /// The first value of `name`, or "".
    pub fn get(&self, name: &str) -> &str {
        self.pairs.iter().find(|(k, _)| k == name).map_or("", |(_, v)| v.as_str())
    }

    /// Every non-empty value of `name`.
    pub fn all(&self, name: &str) -> Vec<&str> {
        self.pairs.iter().filter(|(k, v)| k == name && !v.is_empty()).map(|(_, v)| v.as_str()).collect()
    }

    /// Whether `name` was sent with `value` (a ticked checkbox, a chosen radio or option).
    pub fn has(&self, name: &str, value: &str) -> bool {
        self.pairs.iter().any(|(k, v)| k == name && v == value)
    }

    /// Whether a checkbox `name` was ticked.
    pub fn checked(&self, name: &str) -> bool {
        self.has(name, "yes")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_and_odd_fields_are_kept_as_typed() {
        let input = FormInput::parse(b"topic=work&topic=health&name=Ana+Mar%C3%ADa&bad=%FF&consent=yes");
        assert_eq!(input.all("topic"), vec!["work", "health"]);
        assert_eq!(input.get("name"), "Ana María");
        assert_eq!(input.get("bad"), "\u{FFFD}");
        assert_eq!(input.get("missing"), "");
        assert!(input.checked("consent"));
        assert!(input.has("topic", "health"));
    }
}
