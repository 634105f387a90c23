# The coordinators' back office.

admin-name = Back-office
admin-nav-label = Menu du back-office
admin-nav-requests = Demandes
admin-nav-content = Contenu
admin-nav-stats = Statistiques
admin-nav-coordinators = Coordinatrices
admin-nav-site = Site public
admin-new-count = { $count ->
        [one] { $count } nouvelle
       *[other] { $count } nouvelles
    }
admin-logout = Se déconnecter

## Login
admin-login-title = Se connecter
admin-password = Mot de passe
admin-login-button = Se connecter
admin-login-failed = L’adresse e-mail ou le mot de passe n’est pas correct.
admin-login-too-many = Trop de tentatives. Attendez quelques minutes, puis réessayez.

## Requests
admin-requests-title = Demandes
admin-new-summary = Nouvelles demandes : { $orientation } d’orientation, { $support } de soutien.
admin-filters = Filtrer les demandes
admin-any = Indifférent
admin-from = Du
admin-to = Au
admin-filter = Filtrer
admin-export = Exporter (CSV)
admin-no-requests = Aucune demande.
admin-pages = Pages
admin-previous = Page précédente
admin-next = Page suivante
admin-col-reference = Référence
admin-col-kind = Type
admin-col-status = Statut
admin-col-subjects = Sujets
admin-col-region = Région
admin-col-language = Langue
admin-col-assigned = Attribuée à
admin-col-created = Reçue
admin-kind-orientation = Orientation
admin-kind-support = Soutien
admin-status-new = Nouvelle
admin-status-in_progress = En cours
admin-status-closed = Clôturée

## A request
admin-request-title = Demande { $reference }
admin-back-to-inbox = Retour à toutes les demandes
admin-closed-at = Clôturée
admin-what-she-sent = Ce qui a été envoyé
admin-not-answered = Sans réponse
admin-form-language = Langue du formulaire
admin-handle = Traiter la demande
admin-save-status = Changer le statut
admin-nobody = Personne
admin-assign = Attribuer
admin-notes = Notes internes
admin-no-notes = Pas encore de notes.
admin-new-note = Nouvelle note
admin-add-note = Ajouter la note
admin-mails = E-mails
admin-no-mails = Aucun e-mail pour cette demande.
admin-mail-to = E-mail
admin-mail-coordinator = Alerte à une coordinatrice
admin-mail-confirmation = Confirmation à la personne qui a écrit
admin-mail-attempts = Tentatives
admin-mail-error = Dernier problème
admin-mail-sent = Envoyé le
admin-mail-state-pending = En attente
admin-mail-state-sent = Envoyé
admin-mail-state-failed = Échec
admin-resend = Renvoyer
admin-actions = Actions
admin-audit = Historique
admin-audit-viewed = a consulté la demande
admin-audit-status = a changé le statut
admin-audit-assigned = a attribué la demande
admin-audit-note = a ajouté une note
admin-audit-resent = a renvoyé un e-mail
admin-audit-deleted = a supprimé la demande
admin-audit-exported = a exporté la liste
admin-audit-coordinator_added = a ajouté une coordinatrice
admin-audit-coordinator_removed = a retiré une coordinatrice
admin-audit-content_saved = a enregistré du contenu
item-kind-project = Projet
item-kind-activity = Activité
admin-delete-title = Supprimer cette demande
admin-delete-text = Cela supprime définitivement ce qui a été envoyé, les notes et les e-mails. Faites-le quand la personne le demande, ou quand la demande n’est plus utile.
admin-delete-confirm = Oui, supprimer définitivement cette demande
admin-delete = Supprimer

## Content
admin-content-title = Contenu
admin-content-intro = Modifiez les textes du site dans les quatre langues. Les changements apparaissent tout de suite sur le site.
admin-content-new-project = Nouveau projet
admin-content-new-activity = Nouvelle activité
admin-content-new-person = Nouvelle personne dans l’équipe
admin-content-new-section = Nouvelle section
admin-content-projects = Projets
admin-content-activities = Activités
admin-content-people = Équipe
admin-content-page = Page : { $page }
admin-content-group = Emplacement
admin-content-missing = Traductions manquantes
admin-missing-translation = Traduction manquante
admin-unpublished = Non publié
admin-yes = Oui
admin-content-new = Nouvel élément
admin-content-edit = Modifier : { $name }
admin-back-to-content = Retour à tout le contenu
admin-saved = Enregistré.
admin-see-page = Voir la page
admin-field-slug = Adresse (slug)
admin-field-slug-hint = Lettres minuscules, chiffres et tirets, identiques dans toutes les langues. Elle ne peut plus changer ensuite.
admin-field-name = Nom
admin-field-page = Page
admin-field-position = Ordre
admin-field-position-hint = Les plus petits nombres viennent en premier.
admin-field-published = Publié
admin-field-title = Titre
admin-field-summary = Résumé
admin-field-body = Texte
admin-field-role = Rôle
admin-field-bio = À propos d’elle
admin-markdown-hint = Les textes utilisent Markdown : une ligne vide commence un nouveau paragraphe, une ligne qui commence par "- " est un élément de liste, **gras**, *italique*.
admin-save = Enregistrer
admin-error-slug = L’adresse ne peut contenir que des lettres minuscules, des chiffres et des tirets.
admin-error-slug-taken = Cette adresse est déjà utilisée.
admin-error-position = L’ordre doit être un nombre entier.
admin-error-name = Écrivez un nom.
admin-error-page = Choisissez une page.
admin-error-no-text = Écrivez le texte dans au moins une langue.

## Statistics
admin-stats-title = Statistiques
admin-show = Afficher
admin-total = Total
admin-stats-by-month = Demandes par mois
admin-stats-by-kind = Demandes par type
admin-stats-by-topic = Demandes d’orientation par sujet
admin-stats-by-help = Offres de soutien par façon d’aider
admin-stats-by-region = Demandes par région
admin-stats-by-language = Demandes par langue

## Coordinators
admin-coordinators-title = Coordinatrices
admin-role = Rôle
admin-role-admin = Administratrice
admin-role-coordinator = Coordinatrice
admin-remove = Retirer
admin-add-coordinator = Ajouter une coordinatrice
admin-password-hint = Au moins 12 caractères. Donnez-le en main propre, pas par e-mail.
admin-make-admin = Administratrice (gère les coordinatrices et le contenu)
admin-add = Ajouter
admin-error-password-short = Le mot de passe doit contenir au moins 12 caractères.
admin-error-email-taken = Il existe déjà un compte avec cette adresse e-mail.

error-login-again = Veuillez vous reconnecter.

admin-her-safety = Sa sécurité : comment la contacter

## Months, abbreviated, in back-office times ("4 Dec 2026, 04:48")
month-short-1 = janv.
month-short-2 = févr.
month-short-3 = mars
month-short-4 = avr.
month-short-5 = mai
month-short-6 = juin
month-short-7 = juil.
month-short-8 = août
month-short-9 = sept.
month-short-10 = oct.
month-short-11 = nov.
month-short-12 = déc.
