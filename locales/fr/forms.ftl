# The two intake forms, their answers, and the emails they cause.

## Shared by both forms
form-error-prefix = Erreur :
form-optional = facultatif
form-choose = Choisir…
form-honeypot = Laissez ce champ vide
form-error-summary = Vérifiez ces réponses, s'il vous plaît
form-title-with-errors = Erreur : { $title }
form-required-note = Les champs marqués « facultatif » peuvent rester vides. Tous les autres champs sont obligatoires.
form-privacy-link = Ce que nous faisons de vos réponses (vie privée)

## Orientation page
orientation-intro = Écrivez-nous. Nous vous écoutons et nous vous aidons à trouver votre chemin en Belgique. C'est gratuit et confidentiel.
orientation-danger-title = Vous êtes en danger maintenant ?
orientation-danger-text = Appelez le numéro d'urgence
orientation-police = La police :
orientation-lines-intro = Lignes d'aide gratuites (pas pour les urgences) :
orientation-line-partner-violence = violence d'un partenaire ou d'un ex-partenaire, en français, anonyme
orientation-line-1712 = violence, en Flandre, en néerlandais ; aussi par chat et par e-mail
orientation-line-sos-viol = SOS Viol, violence sexuelle, en français
orientation-line-cpvs = Après une violence sexuelle : les Centres de Prise en charge des Violences Sexuelles (CPVS) sont ouverts jour et nuit.
orientation-help-title = Comment nous pouvons vous aider
orientation-help-text = Nous vous aidons pour vos questions de santé, de santé mentale, de papiers de séjour, de violence, de logement, de travail, de cours et de services belges. Nous vous expliquons, nous vous accompagnons et nous trouvons le bon endroit pour vous.
orientation-next-title = Ce qui se passe après votre message
orientation-next-1 = Vous recevez un numéro de référence à l'écran. Gardez-le.
orientation-next-2 = Une personne de notre équipe lit votre message.
orientation-next-3 = Nous vous contactons dans votre langue, de la façon que vous avez choisie.
orientation-answer-time = Nous répondons en { $days ->
        [one] { $days } jour ouvrable
       *[other] { $days } jours ouvrables
    } maximum.
orientation-answer-soon = Nous répondons dès que possible.
orientation-private = Seule notre équipe lit votre message. Nous ne l'envoyons pas par e-mail.
orientation-form-title = Votre message
orientation-reach-title = Comment vous joindre en sécurité ?
orientation-reach-hint = Donnez une adresse e-mail, un numéro de téléphone, ou les deux. Donnez un contact que vous êtes seule à utiliser.
orientation-submit = Envoyer mon message

field-orientation-name = Votre prénom ou un autre nom
field-orientation-name-hint = Vous pouvez utiliser un nom inventé.
field-email = Adresse e-mail
field-phone = Numéro de téléphone
field-phone-hint = Par exemple : +32 470 12 34 56
field-safe-to-message = Pouvons-nous laisser un message (messagerie vocale ou SMS) ?
field-safe-to-message-hint = Si vous ne répondez pas, nous ne laissons pas de message.
field-best-time = Quand pouvons-nous vous appeler ?
field-best-time-hint = Par exemple : en semaine après 14 h
field-contact-language = Dans quelle langue voulez-vous notre réponse ?
field-region = Où habitez-vous ?
field-region-hint = Bruxelles ou la province.
field-topics = Quel est le sujet de votre question ?
field-topics-hint = Vous pouvez en choisir plusieurs.
field-orientation-message = Votre message
field-orientation-message-hint = Dites-nous ce dont vous avez besoin, avec vos mots. Écrivez seulement ce que vous voulez partager.
field-confirmation = M'envoyer un e-mail de confirmation
field-confirmation-hint = Seulement si c'est sans danger pour vous. L'e-mail ne dit pas ce que vous avez écrit.
field-consent = J'accepte que l'équipe utilise mes réponses pour m'aider.
field-consent-hint = Vous pouvez nous demander de les effacer à tout moment.

## Support page
support-intro = Vous voulez aider les femmes latino-américaines en Belgique ? Merci ! Il y a beaucoup de façons d'aider.
support-next = Dites-nous qui vous êtes et comment vous voulez aider. Notre équipe vous contactera.
support-form-title = Votre proposition
support-submit = Envoyer ma proposition
field-support-name = Votre nom
field-support-email-hint = Nous vous envoyons une confirmation à cette adresse.
field-help = Comment voulez-vous aider ?
field-help-hint = Vous pouvez en choisir plusieurs.
field-languages = Quelles langues parlez-vous ?
field-availability = Quand êtes-vous disponible ?
field-availability-hint = Par exemple : le samedi matin, deux soirs par mois
field-support-message = Votre message

## Thank-you pages
thanks-orientation-title = Nous avons reçu votre message
thanks-support-title = Merci pour votre proposition
thanks-reference-intro = Votre numéro de référence :
thanks-reference-keep = Gardez ce numéro. Donnez-le quand vous nous écrivez ou nous appelez.
thanks-next-title = Ce qui se passe maintenant
thanks-orientation-next = Une personne de notre équipe lit votre message et vous contacte dans votre langue, de la façon que vous avez choisie. Si vous êtes en danger, appelez le 112.
thanks-support-next = Nous vous avons envoyé un e-mail de confirmation. Notre équipe vous contactera pour les prochaines étapes.

## Problems with an answer
error-too-long-short = Cette réponse est trop longue. Écrivez 120 caractères maximum, s'il vous plaît.
error-too-long-message = Votre message est trop long. Écrivez 5 000 caractères maximum, s'il vous plaît.
error-email-invalid = Cette adresse e-mail ne semble pas correcte. Exemple : nom@example.com
error-phone-invalid = Ce numéro de téléphone ne semble pas correct. Utilisez seulement des chiffres, des espaces et le signe +.
error-contact-required = Donnez une adresse e-mail ou un numéro de téléphone, pour que nous puissions vous répondre.
error-language-required = Choisissez la langue de notre réponse.
error-region-required = Choisissez où vous habitez.
error-topic-required = Choisissez au moins un sujet.
error-confirmation-needs-email = Pour recevoir un e-mail de confirmation, donnez votre adresse e-mail. Ou décochez la case.
error-consent-required = Cochez la case pour donner votre accord. Ainsi, nous pouvons utiliser vos réponses.
error-name-required = Écrivez votre nom.
error-email-required = Écrivez votre adresse e-mail.
error-help-required = Choisissez au moins une façon d'aider.
error-languages-required = Choisissez au moins une langue.
error-rate-limited = Nous avons reçu beaucoup de formulaires depuis votre connexion. Attendez une minute, s'il vous plaît, puis envoyez à nouveau. Vos réponses sont toujours là.
error-form-security = Pour votre sécurité, envoyez à nouveau le formulaire, s'il vous plaît. Vos réponses sont toujours là.
error-form-too-fast = Vérifiez vos réponses, s'il vous plaît, puis envoyez à nouveau le formulaire.
error-form-rejected = Nous n'avons pas pu accepter ce formulaire. Envoyez-le à nouveau, s'il vous plaît.
error-not-saved = Nous n'avons pas pu enregistrer votre message. Vos réponses sont toujours là : envoyez-le à nouveau dans quelques minutes, s'il vous plaît. Si vous êtes en danger, appelez le 112.

## Lists
region-brussels = Bruxelles
region-antwerp = Anvers
region-east-flanders = Flandre orientale
region-flemish-brabant = Brabant flamand
region-limburg = Limbourg
region-west-flanders = Flandre occidentale
region-hainaut = Hainaut
region-liege = Liège
region-luxembourg = Luxembourg
region-namur = Namur
region-walloon-brabant = Brabant wallon
region-outside-belgium = Hors de Belgique
region-not-said = Je préfère ne pas le dire

topic-health = Santé
topic-mental-health = Santé mentale
topic-sexual-health = Santé sexuelle et reproductive
topic-residence = Papiers de séjour et statut légal
topic-violence = Violence
topic-housing = Logement
topic-work = Travail
topic-education = Études et cours de langue
topic-social-services = Services sociaux et institutions
topic-discrimination = Discrimination
topic-other = Autre chose

help-volunteer = Faire du bénévolat
help-expertise = Partager mes connaissances ou mon métier
help-translate = Traduire ou interpréter
help-event = Prendre la parole lors d'un événement ou en accueillir un
help-partner = En tant qu'organisation partenaire
help-donate = Faire un don

contact-lang-es = Espagnol
contact-lang-en = Anglais
contact-lang-nl = Néerlandais
contact-lang-fr = Français
contact-lang-pt = Portugais

spoken-lang-es = Espagnol
spoken-lang-pt = Portugais
spoken-lang-en = Anglais
spoken-lang-nl = Néerlandais
spoken-lang-fr = Français
spoken-lang-de = Allemand
spoken-lang-other = Autres langues

safe-message-yes = Oui
safe-message-no = Non

## Emails
mail-label-reference = Référence
mail-label-topics = Sujets
mail-label-region = Région
mail-label-contact-language = Répondre en
mail-open-request = Ouvrir la demande dans le back-office
mail-orientation-alert-subject = Nouvelle demande d'orientation { $reference }
mail-orientation-alert-heading = Nouvelle demande d'orientation { $reference }
mail-orientation-alert-text = Quelqu'un demande une orientation. Pour sa sécurité, cet e-mail ne contient ni son nom, ni ses coordonnées, ni son message : lisez-les dans le back-office.
mail-support-alert-subject = Nouvelle proposition de soutien { $reference }
mail-support-alert-heading = Nouvelle proposition de soutien { $reference }
mail-support-alert-text = Quelqu'un veut nous soutenir. Répondez à cet e-mail pour lui répondre.
mail-confirmation-heading = Confirmation
mail-confirmation-reference = Votre numéro de référence : { $reference }
mail-orientation-confirmation-subject = Confirmation
mail-orientation-confirmation-text = Nous avons reçu votre message. Nous vous contacterons comme vous l'avez demandé.
mail-orientation-confirmation-safety = Si quelqu'un d'autre peut lire vos e-mails, supprimez ce message.
mail-support-confirmation-subject = Merci pour votre proposition – { $site }
mail-support-confirmation-heading = Merci !
mail-support-confirmation-text = Nous avons reçu votre proposition de soutien. Notre équipe vous contactera pour les prochaines étapes.
