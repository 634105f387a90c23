# The coordinators' back office.

admin-name = Back-office
admin-nav-label = Menu du back-office
admin-nav-requests = Demandes
admin-nav-content = Contenu
admin-nav-stats = Statistiques
admin-nav-coordinators = Coordinatrices
admin-nav-audit = Historique
admin-nav-site = Site public
admin-new-count = { $count ->
        [one] { $count } nouvelle
       *[other] { $count } nouvelles
    }
admin-nav-mine = Les miennes
admin-nav-follow-ups = Suivis
admin-nav-volunteers = Bénévoles
admin-nav-people = Trouver une personne
admin-overdue-count = { $count } en retard
admin-today-count = { $count } aujourd’hui
admin-logout = Se déconnecter

## Login
admin-login-title = Se connecter
admin-password = Mot de passe
admin-login-button = Se connecter
admin-login-failed = L’adresse e-mail, le mot de passe ou le code n’est pas correct.
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
admin-newest = Les plus récentes
admin-older = Plus anciennes
admin-col-reference = Référence
admin-col-kind = Type
admin-col-status = Statut
admin-col-subjects = Sujets
admin-col-region = Région
admin-col-language = Langue
admin-col-assigned = Attribuée à
admin-col-created = Reçue
admin-col-follow-up = Rappeler le
admin-table-named = Tableau : { $name }
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
admin-audit-role_changed = a changé un rôle
admin-audit-password_changed = a changé un mot de passe
admin-audit-signed_in = s’est connectée
admin-audit-sign_in_failed = mauvais mot de passe
admin-audit-sessions_ended = a terminé les autres sessions
admin-audit-fresh_start = a donné un nouveau départ
admin-audit-two_step_enrolled = a activé la connexion en deux étapes
admin-audit-two_step_reset = a retiré une connexion en deux étapes
admin-audit-recovery_codes_renewed = a créé de nouveaux codes de secours
admin-audit-recovery_code_used = s’est connectée avec un code de secours
admin-audit-data_key_stored = a indiqué avoir gardé une copie de la clé des données
admin-audit-content_saved = a enregistré du contenu
admin-audit-follow_up = a fixé le jour du rappel
admin-audit-contact_attempt = a noté une tentative de contact
admin-audit-volunteer_status = a changé le statut de la bénévole
admin-audit-person_searched = a cherché une personne
admin-audit-person_exported = a exporté les données d’une personne
admin-audit-person_erased = a effacé les données d’une personne
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
admin-preview = Aperçu
admin-preview-label = Aperçu : tel que le site l’affichera. Pas encore enregistré.
admin-preview-of = Aperçu en
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
admin-stats-note = Compté à l’arrivée de chaque demande : une demande effacée ensuite compte toujours ici. Les jours sont comptés en temps universel (UTC).

## Coordinators
admin-coordinators-title = Coordinatrices
admin-role = Rôle
admin-role-admin = Administratrice
admin-role-coordinator = Coordinatrice
admin-role-editor = Rédactrice
admin-remove = Retirer
admin-add-coordinator = Ajouter une coordinatrice
admin-password-hint = Au moins 12 caractères. Donnez-le en main propre, pas par e-mail.
admin-role-hint = Les administratrices font tout. Les coordinatrices traitent les demandes, les bénévoles et les statistiques. Les rédactrices modifient seulement le contenu du site : elles ne voient aucune demande.
admin-change-role = Changer le rôle
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

## Les miennes et les suivis
admin-mine-title = Les miennes
admin-mine-assigned = Confiées à moi
admin-mine-none = Aucune demande ouverte ne vous est confiée.
admin-mine-waiting = Nouvelles, personne ne les a prises
admin-mine-waiting-hint = Celles qui attendent depuis le plus longtemps d’abord. Ouvrez-en une et confiez-la-vous sous « Traiter la demande ».
admin-mine-none-waiting = Chaque nouvelle demande a été prise.
admin-follow-ups-title = Suivis
admin-follow-ups-overdue = En retard
admin-follow-ups-today = Pour aujourd’hui
admin-follow-ups-none = Rien ici.
admin-follow-up = Rappeler le
admin-follow-up-save = Enregistrer le jour
admin-follow-up-clear = Pas de rappel
admin-follow-up-error = Écrivez le jour sous la forme année-mois-jour, par exemple 2027-01-31.

## Tentatives de contact
admin-attempts = Tentatives de contact
admin-no-attempts = Pas encore de tentative de contact.
admin-attempt-outcome = Ce qui s’est passé
admin-attempt-record = Noter
admin-attempt-no-messages = Elle a dit qu’on ne peut pas lui laisser de message.
admin-attempt-confirm-needed = Elle a dit qu’on ne peut pas lui laisser de message. Notez « message laissé » seulement si c’est vraiment arrivé.
admin-attempt-confirm = C’est arrivé : noter « message laissé » quand même.
admin-attempt-no_answer = Appel : pas de réponse
admin-attempt-spoke = Appel : je lui ai parlé
admin-attempt-message_left = Appel : message laissé
admin-attempt-email_sent = E-mail envoyé
admin-attempt-met = Rencontre

## Bénévoles
admin-volunteers-title = Bénévoles
admin-volunteers-search = Nom ou référence
admin-volunteers-search-hint = Des mots entiers du nom, en majuscules ou minuscules, avec ou sans accents. Pour trouver quelqu’un par son adresse e-mail ou son téléphone, utilisez « Trouver une personne ».
admin-volunteers-none = Aucune bénévole ne correspond.
admin-volunteer-new = Nouvelle
admin-volunteer-contacted = Contactée
admin-volunteer-active = Active
admin-volunteer-paused = En pause
admin-volunteer-ended = Terminée

## Trouver une personne
admin-people-title = Trouver une personne
admin-people-intro = Toutes les données sur une personne, trouvées avec son adresse e-mail ou son téléphone : pour les lui montrer, les lui donner ou effacer ce que nous avons sur elle. Chaque recherche est notée dans l’historique, sans l’adresse ni le numéro.
admin-people-contact = Adresse e-mail ou numéro de téléphone
admin-people-contact-hint = Comme elle l’a donné. Un numéro sans indicatif de pays est lu comme belge.
admin-people-error = Écrivez une adresse e-mail (nom@example.org) ou un numéro de téléphone.
admin-people-find = Chercher
admin-people-found = { $count ->
    [0] Rien trouvé
    [one] Un dossier trouvé
   *[other] { $count } dossiers trouvés
}
admin-people-export-page = Tout afficher pour imprimer
admin-people-export-json = Tout télécharger (JSON)
admin-people-export-title = Tout ce que nous avons sur cette personne
admin-people-export-print = Imprimez cette page ou enregistrez-la en PDF avec votre navigateur. Elle contient tout : gardez-la en lieu sûr et effacez votre copie dès qu’elle l’a reçue.
admin-people-erase-title = Tout effacer
admin-people-erase-text = Efface ces dossiers avec leurs notes, tentatives de contact et e-mails, en une fois. Les sauvegardes les gardent jusqu’à ce qu’elles soient remplacées.
admin-people-erase-confirm = { $count ->
    [one] J’ai vérifié que c’est bien elle : effacer ce dossier.
   *[other] J’ai vérifié que c’est bien elle : effacer ces { $count } dossiers.
}
admin-people-erase = Effacer
admin-people-confirm-missing = Cochez la case pour confirmer l’effacement.
admin-people-erased = { $count ->
    [0] Rien n’a été effacé.
    [one] Un dossier a été effacé.
   *[other] { $count } dossiers ont été effacés.
}

## Her account
admin-account-title = Votre compte
admin-password-change = Changer votre mot de passe
admin-password-current = Mot de passe actuel
admin-password-new = Nouveau mot de passe
admin-password-new-hint = Au moins 12 caractères, difficile à deviner : plusieurs mots peu courants conviennent bien.
admin-password-repeat = Nouveau mot de passe, encore une fois
admin-password-save = Changer le mot de passe
admin-password-changed = Votre mot de passe a changé. Vos autres sessions sont terminées.
admin-error-password-current = Ce n’est pas votre mot de passe actuel.
admin-error-password-repeat = Les deux nouveaux mots de passe ne sont pas identiques.
admin-error-password-guessable = Ce mot de passe est trop facile à deviner. Utilisez plusieurs mots peu courants, pas un nom, une date ni une phrase connue.
admin-sessions-title = Où vous êtes connectée
admin-sessions-intro = Chaque navigateur où votre compte est ouvert. Seuls le navigateur et le système sont gardés, jamais une adresse.
admin-session-this = Ce navigateur
admin-session-started = Connexion
admin-session-used = Dernière utilisation
admin-sessions-end-others = Se déconnecter partout ailleurs
admin-sessions-ended = Toutes les autres sessions sont terminées.
admin-unknown-browser = Un navigateur inconnu

## History
admin-audit-title = Historique du back-office
admin-audit-intro = Qui a fait quoi, et quand : connexions, comptes et rôles, mots de passe, exports, et qui a ouvert quelle demande. Aucune adresse n’est jamais enregistrée.
admin-audit-sign-ins = Connexions depuis le { $from }
admin-audit-log = Toutes les actions
admin-audit-person = Personne
admin-audit-action = Action
admin-audit-when = Quand
admin-audit-detail = Détail
admin-audit-none = Rien ici.
admin-fresh-start = Nouveau départ
admin-fresh-start-title = Un nouveau départ
admin-fresh-start-made = Toutes les sessions de { $name } sont terminées. Donnez-lui ce lien vous-même, en personne ou par téléphone : aucun e-mail n’est envoyé.
admin-fresh-start-link = Le lien
admin-fresh-start-link-hint = Il fonctionne une seule fois, pendant 24 heures. Il lui permet de choisir un nouveau mot de passe.
admin-fresh-start-intro = { $name }, choisissez un nouveau mot de passe pour le back-office. Connectez-vous ensuite avec lui.
admin-fresh-start-gone = Ce lien ne fonctionne plus : il a été utilisé, il a expiré ou un plus récent l’a remplacé. Demandez-en un nouveau à une administratrice.

## Two-step sign-in
admin-login-code = Code
admin-login-code-hint = Le code à six chiffres de votre application d’authentification, ou l’un de vos codes de secours. Laissez-le vide si vous n’avez pas encore activé la connexion en deux étapes.
admin-two-step-set = Activée
admin-two-step-not-set = Pas activée
admin-two-step-title = Connexion en deux étapes
admin-two-step-required = Avant toute chose, activez la connexion en deux étapes. Elle protège ce que les femmes nous ont confié, même si quelqu’un apprend votre mot de passe.
admin-two-step-intro = Après votre mot de passe, l’espace de gestion demande un code à six chiffres qu’une application de votre téléphone renouvelle toutes les 30 secondes. Chaque code ne sert qu’une fois.
admin-two-step-step-app = Ouvrez une application d’authentification sur votre téléphone (n’importe laquelle convient ; parmi les applications libres et gratuites : Aegis et FreeOTP).
admin-two-step-step-scan = Ajoutez un compte dans l’application et scannez ce code, ou tapez la clé écrite en dessous.
admin-two-step-qr-alt = Code QR de la clé pour votre application d’authentification (la même clé est écrite en dessous)
admin-two-step-key = Clé :
admin-two-step-step-code = Le code à six chiffres que votre application affiche maintenant
admin-two-step-confirm = Activer la connexion en deux étapes
admin-two-step-keep-old = Garder le téléphone actuel
admin-two-step-on = La connexion en deux étapes est activée.
admin-two-step-off = La connexion en deux étapes n’est pas encore activée.
admin-two-step-manage = Codes de secours et nouveau téléphone
admin-two-step-set-up = Activer la connexion en deux étapes
admin-two-step-new-phone = Passer à un nouveau téléphone
admin-two-step-new-phone-hint = Configurez l’application sur le nouveau téléphone. Le téléphone actuel continue de fonctionner jusqu’à ce que le nouveau ait donné son premier code.
admin-two-step-start-again = Cette configuration n’est plus valable. Scannez le nouveau code ci-dessous.
admin-two-step-wrong-code = Ce code ne correspond pas. Tapez le code que votre application affiche maintenant (il change toutes les 30 secondes) et vérifiez que l’heure du téléphone est juste.
admin-recovery-codes-title = Codes de secours
admin-recovery-codes-left = { $count ->
        [one] Il vous reste { $count } code de secours inutilisé.
       *[other] Il vous reste { $count } codes de secours inutilisés.
    }
admin-recovery-codes-renew = Créer de nouveaux codes de secours
admin-recovery-codes-renew-hint = Vos codes de secours actuels cesseront de fonctionner.
admin-recovery-codes-intro = Si vous perdez votre téléphone, chacun de ces codes vous permet de vous connecter une fois, à la place du code de votre application. Imprimez-les ou notez-les, et gardez-les loin de votre téléphone.
admin-recovery-codes-once = Ils ne sont affichés que cette fois : nous les gardons sous une forme qui ne peut pas être relue.
admin-recovery-codes-done = Je les ai gardés : continuer

## Warnings that need a person
admin-warnings-label = À traiter
admin-warning-mail = { $count ->
        [one] Le courrier ne part pas : { $count } message attend, le plus ancien depuis le { $since }. Les coordinatrices risquent de ne pas apprendre les nouvelles demandes : vérifiez les réglages du courrier (SMTP_URL) et le journal du serveur.
       *[other] Le courrier ne part pas : { $count } messages attendent, le plus ancien depuis le { $since }. Les coordinatrices risquent de ne pas apprendre les nouvelles demandes : vérifiez les réglages du courrier (SMTP_URL) et le journal du serveur.
    }
admin-warning-backup-failed = La dernière sauvegarde a échoué ({ $when }). Le journal du serveur dit pourquoi ; vérifiez le dossier des sauvegardes (BACKUP_DIR).
admin-warning-backup-old = La sauvegarde la plus récente date de plus de deux jours ({ $when }). Vérifiez que le serveur tourne et peut écrire dans le dossier des sauvegardes (BACKUP_DIR).
admin-warning-data-key = La clé qui chiffre ce que les femmes ont écrit a été créée sur ce serveur (le fichier data.key du dossier des données) et personne n’a indiqué en avoir gardé une copie. Sans elle, aucune sauvegarde ne peut être lue. Gardez-en une copie en lieu sûr, à part des sauvegardes.
admin-warning-data-key-stored = J’ai gardé une copie de la clé
admin-warning-data-key-admins = Une administratrice doit en garder une copie et le confirmer ici.
admin-warning-disk = Le disque du dossier des données est presque plein : il reste { $megabytes } Mo. Quand il sera plein, les formulaires ne pourront plus recevoir de demandes.
