//! The closed lists of the forms: each choice has a stable code (stored, sent in forms) and
//! a Fluent label `<prefix>-<code>`.

use crate::domain::vocab::vocabulary;

vocabulary!(
    /// Where she lives: Brussels or a Belgian province.
    Region, "region", {
        Brussels => "brussels",
        Antwerp => "antwerp",
        EastFlanders => "east-flanders",
        FlemishBrabant => "flemish-brabant",
        Limburg => "limburg",
        WestFlanders => "west-flanders",
        Hainaut => "hainaut",
        Liege => "liege",
        Luxembourg => "luxembourg",
        Namur => "namur",
        WalloonBrabant => "walloon-brabant",
        OutsideBelgium => "outside-belgium",
        NotSaid => "not-said",
    }
);

vocabulary!(
    /// What an orientation request is about.
    Topic, "topic", {
        Health => "health",
        MentalHealth => "mental-health",
        SexualHealth => "sexual-health",
        Residence => "residence",
        Violence => "violence",
        Housing => "housing",
        Work => "work",
        Education => "education",
        SocialServices => "social-services",
        Discrimination => "discrimination",
        Other => "other",
    }
);

vocabulary!(
    /// How a supporter wants to help.
    HelpWay, "help", {
        Volunteer => "volunteer",
        Expertise => "expertise",
        Translate => "translate",
        Event => "event",
        Partner => "partner",
        Donate => "donate",
    }
);

impl HelpWay {
    /// The ways the support form offers. `Donate` stays readable in offers stored before,
    /// but the organisation's text speaks of no donations and the site has no way to give,
    /// so the form does not offer it.
    pub const OFFERED: &'static [HelpWay] =
        &[HelpWay::Volunteer, HelpWay::Expertise, HelpWay::Translate, HelpWay::Event, HelpWay::Partner];
}

vocabulary!(
    /// The language she wants us to answer in.
    ContactLanguage, "contact-lang", {
        Spanish => "es",
        English => "en",
        Dutch => "nl",
        French => "fr",
        Portuguese => "pt",
    }
);

vocabulary!(
    /// A language a supporter speaks.
    SpokenLanguage, "spoken-lang", {
        Spanish => "es",
        Portuguese => "pt",
        English => "en",
        Dutch => "nl",
        French => "fr",
        German => "de",
        Other => "other",
    }
);

vocabulary!(
    /// Whether a voicemail or text message is safe.
    SafeToMessage, "safe-message", {
        Yes => "yes",
        No => "no",
    }
);

/// Codes to their choices, keeping order and dropping repeats; `None` if one is unknown.
pub fn parse_codes<T: Copy + PartialEq>(codes: &[&str], parse: fn(&str) -> Option<T>) -> Option<Vec<T>> {
    let mut choices = Vec::new();
    for code in codes {
        let choice = parse(code)?;
        if !choices.contains(&choice) {
            choices.push(choice);
        }
    }
    Some(choices)
}

/// Stored form of a list of choices: codes separated by commas.
pub fn join_codes<T: Copy>(choices: &[T], code: fn(T) -> &'static str) -> String {
    choices.iter().map(|c| code(*c)).collect::<Vec<_>>().join(",")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_label_keys_follow_the_prefix() {
        for topic in Topic::ALL {
            assert_eq!(Topic::parse(topic.code()), Some(*topic));
        }
        assert_eq!(Region::Liege.label_key(), "region-liege");
        assert_eq!(Topic::parse("<script>"), None);
        assert_eq!(
            parse_codes(&["work", "health", "work"], Topic::parse),
            Some(vec![Topic::Work, Topic::Health])
        );
        assert_eq!(parse_codes(&["work", "nope"], Topic::parse), None);
    }
}
