# The two intake forms, their answers, and the emails they cause.

## Shared by both forms
form-error-prefix = Error:
form-optional = optional
form-choose = Choose…
form-honeypot = Leave this field empty
form-error-summary = Please check these answers
form-title-with-errors = Error: { $title }
form-required-note = Fields marked "optional" can stay empty. All other fields are needed.
form-privacy-link = What we do with your answers (privacy)

## Orientation page
orientation-intro = Write to us. We listen to you. We help you find your way in Belgium.
orientation-danger-title = Are you in danger now?
orientation-danger-text = Call the emergency number
orientation-police = The police:
orientation-lines-intro = Free help lines (not for emergencies):
orientation-line-partner-violence = violence by a partner or ex-partner, in French, anonymous
orientation-line-1712 = violence, in Flanders, in Dutch; also by chat and email
orientation-line-sos-viol = SOS Viol, sexual violence, in French
orientation-line-cpvs = After sexual violence: the Sexual Assault Care Centres (CPVS / ZSG) are open day and night.
orientation-help-title = How we can help
orientation-help-text = You can write to us about any question. For example about health, papers, violence, housing or work. We explain how Belgian institutions and services work. We support you and go with you.
orientation-next-title = What happens after you write
orientation-next-1 = You see a reference number on the screen. Keep it only if it is safe for you.
orientation-next-2 = A person from our team reads your message.
orientation-next-3 = We contact you in the way you chose.
orientation-answer-time = We answer within { $days ->
        [one] { $days } working day
       *[other] { $days } working days
    }.
orientation-answer-soon = We answer as soon as we can.
orientation-private = Only our team reads your message. We do not send it by email.
orientation-form-title = Write to us
orientation-reach-title = How can we reach you safely?
orientation-reach-hint = Give an email address, a phone number, or both. Choose an address or a number that only you use.
orientation-submit = Send my message

field-orientation-name = Your first name or another name
field-orientation-name-hint = You can use a made-up name.
field-email = Email address
field-phone = Phone number
field-phone-hint = A Belgian number starts with 0 or +32.
field-safe-to-message = Can we leave a message (voicemail or text)?
field-safe-to-message-hint = If you leave this question empty, we will not leave a message.
field-best-time = When can we call you?
field-best-time-hint = For example: weekdays after 14:00
field-contact-language = In which language do you want our answer?
field-region = Where do you live?
field-region-hint = Brussels or your province.
field-topics = What is your question about?
field-topics-hint = You can choose more than one.
field-orientation-message = Your message
field-orientation-message-hint = Tell us what you need, in your own words. Write only what you want to share.
field-confirmation = Send me a confirmation email
field-confirmation-hint = Only if it is safe for you. The email does not say what you wrote.
field-consent = I agree that the team uses my answers to help me.
field-consent-hint = You can ask us to delete them at any time.
field-support-consent = I agree that the team uses my answers to contact me about my offer.

## Support page
support-intro = Do you want to help Latin American women in Belgium? Thank you! There are many ways to help.
support-next = Tell us who you are and how you want to help. Our team will contact you.
support-form-title = Your offer
support-submit = Send my offer
field-support-name = Your name
field-support-email-hint = We send you a confirmation to this address.
field-help = How do you want to help?
field-help-hint = You can choose more than one.
field-languages = Which languages do you speak?
field-availability = When are you available?
field-availability-hint = For example: Saturday mornings, two evenings a month
field-support-message = Your message

## Thank-you pages
thanks-title = Thank you
thanks-orientation-received = We have your message.
thanks-support-received = We have your offer of support.
thanks-reference-intro = Your reference number:
thanks-reference-keep = Keep this number only if it is safe for you. Give it to us when you contact us.
thanks-reference-shown-once = For your privacy, we show your reference number only once.
thanks-quick-exit = You can leave this page now with the Quick exit button.
thanks-next-title = What happens now
thanks-orientation-next = A person from our team reads your message. We contact you in the way you chose. If you are in danger, call 112.
thanks-support-next = We sent you a confirmation email. Our team will contact you about the next steps.

## Problems with an answer
error-too-long-short = This answer is too long. Please write at most 120 characters.
error-too-long-message = Your message is too long. Please write at most 5,000 characters.
error-email-invalid = This email address does not look right. Example: name@example.com
error-phone-invalid = This phone number does not look right. Use only numbers, spaces and +.
error-contact-required = Give an email address or a phone number, so that we can answer you.
error-language-required = Choose the language of our answer.
error-region-required = Choose where you live.
error-topic-required = Choose at least one subject.
error-confirmation-needs-email = To get a confirmation email, give your email address. Or untick the box.
error-consent-required = Tick the box to agree. Then we can use your answers.
error-name-required = Write your name.
error-email-required = Write your email address.
error-help-required = Choose at least one way to help.
error-languages-required = Choose at least one language.
error-rate-limited = Too many forms were sent from this network. Please wait one minute, then send the form again. Your answers are still here.
error-form-security = Please send the form again. Your answers are still here.
error-form-too-fast = Please send the form again. Your answers are still here.
error-form-rejected = We could not accept this form. Please send it again.
error-not-saved = We could not save your message. Your answers are still here. Please send it again in a few minutes. If you are in danger, call 112.

## Lists
region-brussels = Brussels
region-antwerp = Antwerp
region-east-flanders = East Flanders
region-flemish-brabant = Flemish Brabant
region-limburg = Limburg
region-west-flanders = West Flanders
region-hainaut = Hainaut
region-liege = Liège
region-luxembourg = Luxembourg
region-namur = Namur
region-walloon-brabant = Walloon Brabant
region-outside-belgium = Outside Belgium
region-not-said = I prefer not to say

topic-health = Health
topic-mental-health = Mental health
topic-sexual-health = Sexual and reproductive health
topic-residence = Residence papers and legal status
topic-violence = Violence
topic-housing = Housing
topic-work = Work
topic-education = Education and language learning
topic-social-services = Social services and institutions
topic-discrimination = Discrimination
topic-other = Something else

help-volunteer = Volunteer
help-expertise = Share my knowledge or profession
help-translate = Translate or interpret
help-event = Speak at or host an event
help-partner = As a partner organisation
help-donate = Donate

contact-lang-es = Spanish
contact-lang-en = English
contact-lang-nl = Dutch
contact-lang-fr = French
contact-lang-pt = Portuguese

spoken-lang-es = Spanish
spoken-lang-pt = Portuguese
spoken-lang-en = English
spoken-lang-nl = Dutch
spoken-lang-fr = French
spoken-lang-de = German
spoken-lang-other = Other languages

safe-message-yes = Yes
safe-message-no = No

## Emails
mail-label-reference = Reference
mail-label-topics = Subjects
mail-label-region = Region
mail-label-contact-language = Answer in
mail-open-request = Open the request in the back office
mail-orientation-alert-subject = New orientation request { $reference }
mail-orientation-alert-heading = New orientation request { $reference }
mail-orientation-alert-text = Someone is asking for orientation. For her safety, this email does not contain her name, contact details or message: read them in the back office.
mail-support-alert-subject = New support offer { $reference }
mail-support-alert-heading = New support offer { $reference }
mail-support-alert-text = Someone wants to support us. Reply to this email to answer her or him.
mail-confirmation-heading = Confirmation
mail-confirmation-reference = Your reference number: { $reference }
mail-orientation-confirmation-subject = Confirmation
mail-orientation-confirmation-text = We received your message. We will contact you as you asked.
mail-support-confirmation-subject = Thank you for your offer – { $site }
mail-support-confirmation-heading = Thank you!
mail-support-confirmation-text = We received your offer of support. Our team will contact you about the next steps.
