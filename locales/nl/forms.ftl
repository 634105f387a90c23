# The two intake forms, their answers, and the emails they cause.

## Shared by both forms
form-error-prefix = Fout:
form-optional = niet verplicht
form-choose = Kies…
form-honeypot = Laat dit veld leeg
form-error-summary = Kijk deze antwoorden na
form-title-with-errors = Fout: { $title }
form-required-note = Velden met “niet verplicht” mag je leeg laten. Alle andere velden zijn nodig.
form-privacy-link = Wat we met je antwoorden doen (privacy)

## Orientation page
orientation-intro = Schrijf ons. We luisteren naar je. We helpen je om je weg te vinden in België.
orientation-danger-title = Ben je nu in gevaar?
orientation-danger-text = Bel het noodnummer
orientation-police = De politie:
orientation-lines-intro = Gratis hulplijnen (niet voor noodgevallen):
orientation-line-partner-violence = geweld door een partner of ex-partner, in het Frans, anoniem
orientation-line-1712 = geweld, in Vlaanderen, in het Nederlands; ook via chat en e-mail
orientation-line-sos-viol = SOS Viol, seksueel geweld, in het Frans
orientation-line-cpvs = Na seksueel geweld: de Zorgcentra na Seksueel Geweld (ZSG) zijn dag en nacht open.
orientation-help-title = Hoe we je kunnen helpen
orientation-help-text = Je kunt ons over elke vraag schrijven. Bijvoorbeeld over gezondheid, papieren, geweld, wonen of werk. We leggen uit hoe de Belgische instellingen en diensten werken. We steunen je en we gaan met je mee.
orientation-next-title = Wat er gebeurt nadat je schrijft
orientation-next-1 = Je ziet een referentienummer op het scherm. Bewaar het alleen als dat veilig is voor jou.
orientation-next-2 = Iemand van ons team leest je bericht.
orientation-next-3 = We nemen contact met je op, op de manier die je koos.
orientation-answer-time = We antwoorden binnen { $days ->
        [one] { $days } werkdag
       *[other] { $days } werkdagen
    }.
orientation-answer-soon = We antwoorden zo snel mogelijk.
orientation-private = Alleen ons team leest je bericht. We sturen het niet door via e-mail.
orientation-form-title = Schrijf ons
orientation-reach-title = Hoe kunnen we je veilig bereiken?
orientation-reach-hint = Geef een e-mailadres, een telefoonnummer of allebei. Kies een e-mailadres of nummer dat alleen jij gebruikt.
orientation-submit = Mijn bericht versturen

field-orientation-name = Je voornaam of een andere naam
field-orientation-name-hint = Je mag een verzonnen naam gebruiken.
field-email = E-mailadres
field-phone = Telefoonnummer
field-phone-hint = Een Belgisch nummer begint met 0 of +32.
field-safe-to-message = Mogen we een bericht achterlaten (voicemail of sms)?
field-safe-to-message-hint = Kies je niets? Dan laten we geen bericht achter.
field-best-time = Wanneer kunnen we je bellen?
field-best-time-hint = Bijvoorbeeld: op weekdagen na 14 uur
field-contact-language = In welke taal wil je ons antwoord?
field-region = Waar woon je?
field-region-hint = Brussel of je provincie.
field-topics = Waarover gaat je vraag?
field-topics-hint = Je mag er meer dan één kiezen.
field-orientation-message = Je bericht
field-orientation-message-hint = Vertel ons wat je nodig hebt, in je eigen woorden. Schrijf alleen wat je wilt delen.
field-confirmation = Stuur me een bevestiging per e-mail
field-confirmation-hint = Alleen als dat veilig is voor jou. In de e-mail staat niet wat je schreef.
field-consent = Ik ga akkoord: het team mag mijn antwoorden gebruiken om mij te helpen.
field-consent-hint = Je kunt ons altijd vragen om ze te wissen.
field-support-consent = Ik ga akkoord: het team mag mijn antwoorden gebruiken om contact met mij op te nemen over mijn aanbod.

## Support page
support-intro = Wil je Latijns-Amerikaanse vrouwen in België helpen? Dankjewel! Je kunt op veel manieren helpen.
support-next = Vertel ons wie je bent en hoe je wilt helpen. Ons team neemt contact met je op.
support-form-title = Je aanbod
support-submit = Mijn aanbod versturen
field-support-name = Je naam
field-support-email-hint = We sturen je een bevestiging naar dit adres.
field-help = Hoe wil je helpen?
field-help-hint = Je mag er meer dan één kiezen.
field-languages = Welke talen spreek je?
field-availability = Wanneer ben je beschikbaar?
field-availability-hint = Bijvoorbeeld: op zaterdagvoormiddag, twee avonden per maand
field-support-message = Je bericht

## Thank-you pages
thanks-title = Bedankt
thanks-orientation-received = We hebben je bericht ontvangen.
thanks-support-received = We hebben je aanbod van steun ontvangen.
thanks-reference-intro = Je referentienummer:
thanks-reference-keep = Bewaar dit nummer alleen als dat veilig is voor jou. Geef het ons als je contact met ons opneemt.
thanks-reference-shown-once = Voor je privacy tonen we je referentienummer maar één keer.
thanks-quick-exit = Je kunt deze pagina nu verlaten met de knop Snel weg.
thanks-next-title = Wat er nu gebeurt
thanks-orientation-next = Iemand van ons team leest je bericht. We nemen contact met je op, op de manier die je koos. Ben je in gevaar? Bel dan 112.
thanks-support-next = We hebben je een bevestiging per e-mail gestuurd. Ons team neemt contact met je op over de volgende stappen.

## Problems with an answer
error-too-long-short = Dit antwoord is te lang. Schrijf maximaal 120 tekens.
error-too-long-message = Je bericht is te lang. Schrijf maximaal 5.000 tekens.
error-email-invalid = Dit e-mailadres lijkt niet juist. Voorbeeld: naam@example.com
error-phone-invalid = Dit telefoonnummer lijkt niet juist. Gebruik alleen cijfers, spaties en +.
error-contact-required = Geef een e-mailadres of een telefoonnummer, zodat we je kunnen antwoorden.
error-language-required = Kies de taal van ons antwoord.
error-region-required = Kies waar je woont.
error-topic-required = Kies minstens één onderwerp.
error-confirmation-needs-email = Wil je een bevestiging per e-mail? Geef dan je e-mailadres. Of vink het vakje uit.
error-consent-required = Vink het vakje aan om akkoord te gaan. Dan kunnen we je antwoorden gebruiken.
error-name-required = Schrijf je naam.
error-email-required = Schrijf je e-mailadres.
error-help-required = Kies minstens één manier om te helpen.
error-languages-required = Kies minstens één taal.
error-rate-limited = Er werden te veel formulieren verstuurd vanaf dit netwerk. Wacht een minuut en verstuur het formulier dan opnieuw. Je antwoorden staan er nog.
error-form-security = Verstuur het formulier opnieuw. Je antwoorden staan er nog.
error-form-too-fast = Verstuur het formulier opnieuw. Je antwoorden staan er nog.
error-form-rejected = We konden dit formulier niet aanvaarden. Verstuur het opnieuw.
error-not-saved = We konden je bericht niet bewaren. Je antwoorden staan er nog. Verstuur het over een paar minuten opnieuw. Ben je in gevaar? Bel dan 112.

## Lists
region-brussels = Brussel
region-antwerp = Antwerpen
region-east-flanders = Oost-Vlaanderen
region-flemish-brabant = Vlaams-Brabant
region-limburg = Limburg
region-west-flanders = West-Vlaanderen
region-hainaut = Henegouwen
region-liege = Luik
region-luxembourg = Luxemburg
region-namur = Namen
region-walloon-brabant = Waals-Brabant
region-outside-belgium = Buiten België
region-not-said = Ik zeg het liever niet

topic-health = Gezondheid
topic-mental-health = Geestelijke gezondheid
topic-sexual-health = Seksuele en reproductieve gezondheid
topic-residence = Verblijfspapieren en wettelijk statuut
topic-violence = Geweld
topic-housing = Wonen
topic-work = Werk
topic-education = Onderwijs en een taal leren
topic-social-services = Sociale diensten en instellingen
topic-discrimination = Discriminatie
topic-other = Iets anders

help-volunteer = Vrijwilligerswerk doen
help-expertise = Mijn kennis of mijn beroep delen
help-translate = Vertalen of tolken
help-event = Spreken op een evenement of er een organiseren
help-partner = Als partnerorganisatie
help-donate = Een gift doen

contact-lang-es = Spaans
contact-lang-en = Engels
contact-lang-nl = Nederlands
contact-lang-fr = Frans
contact-lang-pt = Portugees

spoken-lang-es = Spaans
spoken-lang-pt = Portugees
spoken-lang-en = Engels
spoken-lang-nl = Nederlands
spoken-lang-fr = Frans
spoken-lang-de = Duits
spoken-lang-other = Andere talen

safe-message-yes = Ja
safe-message-no = Nee

## Emails
mail-label-reference = Referentie
mail-label-topics = Onderwerpen
mail-label-region = Regio
mail-label-contact-language = Antwoorden in
mail-open-request = Open de aanvraag in de backoffice
mail-orientation-alert-subject = Nieuwe vraag om hulp of advies { $reference }
mail-orientation-alert-heading = Nieuwe vraag om hulp of advies { $reference }
mail-orientation-alert-text = Iemand vraagt hulp of advies. Voor haar veiligheid staan haar naam, contactgegevens en bericht niet in deze e-mail: lees ze in de backoffice.
mail-support-alert-subject = Nieuw steunaanbod { $reference }
mail-support-alert-heading = Nieuw steunaanbod { $reference }
mail-support-alert-text = Iemand wil ons steunen. Antwoord op deze e-mail om haar of hem te bereiken.
mail-confirmation-heading = Bevestiging
mail-confirmation-reference = Je referentienummer: { $reference }
mail-orientation-confirmation-subject = Bevestiging
mail-orientation-confirmation-text = We hebben je bericht ontvangen. We nemen contact met je op zoals je vroeg.
mail-support-confirmation-subject = Bedankt voor je aanbod – { $site }
mail-support-confirmation-heading = Dankjewel!
mail-support-confirmation-text = We hebben je aanbod van steun ontvangen. Ons team neemt contact met je op over de volgende stappen.
