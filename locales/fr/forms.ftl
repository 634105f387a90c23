# The two intake forms, their answers, and the emails they cause.

## Shared by both forms
form-error-prefix = Erreur :
form-optional = pas obligatoire
form-choose = Choisir…
form-honeypot = Laissez ce champ vide
form-error-summary = Vérifiez ces réponses, s’il vous plaît
form-title-with-errors = Erreur : { $title }
form-required-note = Les champs marqués « pas obligatoire » peuvent rester vides. Tous les autres champs sont obligatoires.
form-privacy-link = Ce que nous faisons de vos réponses (vie privée)

## Orientation page
orientation-intro = Écrivez-nous. Nous vous écoutons. Nous vous aidons à trouver votre chemin en Belgique.
orientation-danger-title = Vous êtes en danger maintenant ?
orientation-danger-text = Appelez le numéro d’urgence
orientation-police = La police :
orientation-lines-intro = Lignes d’aide gratuites (pas pour les urgences) :
orientation-line-partner-violence = violences conjugales (partenaire ou ex-partenaire), en français, anonyme
orientation-line-1712 = violence, en Flandre, en néerlandais ; aussi par chat et par e-mail
orientation-line-sos-viol = SOS Viol, violences sexuelles, en français
orientation-line-cpvs = Après des violences sexuelles : les Centres de Prise en charge des Violences Sexuelles (CPVS) sont ouverts jour et nuit.
orientation-help-title = Comment nous pouvons vous aider
orientation-help-text = Vous pouvez nous écrire pour toute question. Par exemple sur la santé, les papiers, la violence, le logement ou le travail. Nous vous expliquons comment fonctionnent les institutions et les services belges. Nous vous soutenons et nous vous accompagnons.
orientation-next-title = Ce qui se passe après votre message
orientation-next-1 = Vous voyez un numéro de référence à l’écran. Gardez-le seulement si c’est sans danger pour vous.
orientation-next-2 = Une personne de notre équipe lit votre message.
orientation-next-3 = Nous vous contactons de la façon que vous avez choisie.
orientation-answer-time = Nous répondons en { $days ->
        [one] { $days } jour ouvré
       *[other] { $days } jours ouvrés
    } maximum.
orientation-answer-soon = Nous répondons dès que possible.
orientation-private = Seule notre équipe lit votre message. Nous ne l’envoyons pas par e-mail.
orientation-form-title = Écrivez-nous
orientation-reach-title = Comment vous joindre en sécurité ?
orientation-reach-hint = Donnez une adresse e-mail, un numéro de téléphone, ou les deux. Choisissez une adresse ou un numéro que vous êtes seule à utiliser.
orientation-submit = Envoyer mon message

field-orientation-name = Votre prénom ou un autre nom
field-orientation-name-hint = Vous pouvez utiliser un nom inventé.
field-email = Adresse e-mail
field-phone = Numéro de téléphone
field-phone-hint = Un numéro belge commence par 0 ou par +32.
field-safe-to-message = Pouvons-nous laisser un message (messagerie vocale ou SMS) ?
field-safe-to-message-hint = Si vous ne choisissez rien, nous ne laisserons pas de message.
field-best-time = Quand pouvons-nous vous appeler ?
field-best-time-hint = Par exemple : en semaine après 14 h
field-contact-language = Dans quelle langue voulez-vous notre réponse ?
field-region = Où habitez-vous ?
field-region-hint = Bruxelles ou votre province.
field-topics = Quel est le sujet de votre question ?
field-topics-hint = Vous pouvez en choisir plusieurs.
field-orientation-message = Votre message
field-orientation-message-hint = Dites-nous ce dont vous avez besoin, avec vos mots. Écrivez seulement ce que vous voulez partager.
field-confirmation = M’envoyer un e-mail de confirmation
field-confirmation-hint = Seulement si c’est sans danger pour vous. L’e-mail ne dit pas ce que vous avez écrit.
field-consent = J’accepte que l’équipe utilise mes réponses pour m’aider.
field-consent-hint = Vous pouvez nous demander de les effacer à tout moment.
field-support-consent = J’accepte que l’équipe utilise mes réponses pour me contacter au sujet de mon offre de soutien.

## Support page
support-intro = Vous voulez aider les femmes latino-américaines en Belgique ? Merci ! Il y a beaucoup de façons d’aider.
support-next = Dites-nous qui vous êtes et comment vous voulez aider. Notre équipe vous contactera.
support-form-title = Votre offre de soutien
support-submit = Envoyer mon offre
field-support-name = Votre nom
field-support-email-hint = Nous vous envoyons une confirmation à cette adresse.
field-help = Comment voulez-vous aider ?
field-help-hint = Vous pouvez en choisir plusieurs.
field-languages = Quelles langues parlez-vous ?
field-availability = Quand êtes-vous disponible ?
field-availability-hint = Par exemple : le samedi matin, deux soirs par mois
field-support-message = Votre message

## Thank-you pages
thanks-title = Merci
thanks-orientation-received = Nous avons bien reçu votre message.
thanks-support-received = Nous avons bien reçu votre offre de soutien.
thanks-reference-intro = Votre numéro de référence :
thanks-reference-keep = Gardez ce numéro seulement si c’est sans danger pour vous. Donnez-le-nous quand vous nous contactez.
thanks-reference-shown-once = Pour protéger votre vie privée, nous affichons votre numéro de référence une seule fois.
thanks-quick-exit = Vous pouvez quitter cette page maintenant avec le bouton Sortie rapide.
thanks-next-title = Ce qui se passe maintenant
thanks-orientation-next = Une personne de notre équipe lit votre message. Nous vous contactons de la façon que vous avez choisie. Si vous êtes en danger, appelez le 112.
thanks-support-next = Nous vous avons envoyé un e-mail de confirmation. Notre équipe vous contactera pour les prochaines étapes.

## Problems with an answer
error-too-long-short = Cette réponse est trop longue. Écrivez 120 caractères maximum, s’il vous plaît.
error-too-long-message = Votre message est trop long. Écrivez 5 000 caractères maximum, s’il vous plaît.
error-email-invalid = Cette adresse e-mail ne semble pas correcte. Exemple : nom@example.com
error-phone-invalid = Ce numéro de téléphone ne semble pas correct. Utilisez seulement des chiffres, des espaces et le signe +.
error-contact-required = Donnez une adresse e-mail ou un numéro de téléphone, pour que nous puissions vous répondre.
error-language-required = Choisissez la langue de notre réponse.
error-region-required = Choisissez où vous habitez.
error-topic-required = Choisissez au moins un sujet.
error-confirmation-needs-email = Pour recevoir un e-mail de confirmation, donnez votre adresse e-mail. Ou décochez la case.
error-consent-required = Cochez la case pour accepter. Nous pourrons alors utiliser vos réponses.
error-name-required = Écrivez votre nom.
error-email-required = Écrivez votre adresse e-mail.
error-help-required = Choisissez au moins une façon d’aider.
error-languages-required = Choisissez au moins une langue.
error-rate-limited = Trop de formulaires ont été envoyés depuis ce réseau. Attendez une minute, s’il vous plaît, puis envoyez à nouveau le formulaire. Vos réponses sont toujours là.
error-form-security = Envoyez à nouveau le formulaire, s’il vous plaît. Vos réponses sont toujours là.
error-form-too-fast = Envoyez à nouveau le formulaire, s’il vous plaît. Vos réponses sont toujours là.
error-form-rejected = Nous n’avons pas pu accepter ce formulaire. Envoyez-le à nouveau, s’il vous plaît.
error-not-saved = Nous n’avons pas pu enregistrer votre message. Vos réponses sont toujours là. Envoyez-le à nouveau dans quelques minutes, s’il vous plaît. Si vous êtes en danger, appelez le 112.

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
topic-education = Formation et apprentissage des langues
topic-social-services = Services sociaux et institutions
topic-discrimination = Discrimination
topic-other = Autre chose

help-volunteer = Faire du bénévolat
help-expertise = Partager mes connaissances ou mon métier
help-translate = Traduire ou interpréter
help-event = Prendre la parole lors d’un événement ou en accueillir un
help-partner = En tant qu’organisation partenaire
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
mail-orientation-alert-subject = Nouvelle demande d’orientation { $reference }
mail-orientation-alert-heading = Nouvelle demande d’orientation { $reference }
mail-orientation-alert-text = Quelqu’un demande une orientation. Pour sa sécurité, cet e-mail ne contient ni son nom, ni ses coordonnées, ni son message : lisez-les dans le back-office.
mail-support-alert-subject = Nouvelle offre de soutien { $reference }
mail-support-alert-heading = Nouvelle offre de soutien { $reference }
mail-support-alert-text = Quelqu’un veut nous soutenir. Répondez à cet e-mail pour lui répondre.
mail-confirmation-heading = Confirmation
mail-confirmation-reference = Votre numéro de référence : { $reference }
mail-orientation-confirmation-subject = Confirmation
mail-orientation-confirmation-text = Nous avons reçu votre message. Nous vous contacterons comme vous l’avez demandé.
mail-support-confirmation-subject = Merci pour votre offre – { $site }
mail-support-confirmation-heading = Merci !
mail-support-confirmation-text = Nous avons bien reçu votre offre de soutien. Notre équipe vous contactera pour les prochaines étapes.
