## Events: the public pages, the registration form, her private page, mail and calendar files.

nav-events = Agenda
page-events-title = Agenda
page-events-description = Ateliers, débats et groupes de parole : dates, lieux et inscription sans compte.
events-intro = Ateliers, débats et groupes de parole auxquels vous pouvez vous inscrire sans créer de compte.
events-upcoming = Prochaines dates
events-none-upcoming = Aucune date n’est annoncée pour l’instant. Les prochaines apparaîtront ici.
events-past = Dates passées
events-pages-label = Pages des dates passées
events-newer = Plus récentes
events-older = Plus anciennes
events-calendar-link = Ajouter toutes les dates à votre agenda
events-calendar-title = Agenda des prochaines dates
events-feed-link = Suivre les nouvelles dates (Atom)
events-feed-title = Prochaines dates (Atom)
home-next-events = Prochaines dates
home-all-events = Voir toutes les dates

event-kind-workshop = Atelier
event-kind-debate = Débat
event-kind-focus_group = Groupe de parole
event-kind-conference = Conférence
event-kind-other = Rencontre
event-status-scheduled = Prévu
event-status-postponed = Reporté
event-status-cancelled = Annulé
event-access-step_free = Accès sans marches
event-access-sign_language = Langue des signes
event-access-interpretation = Interprétation
event-access-childcare = Garde d’enfants
event-registration-confirmed = Vous avez une place
event-registration-waiting = Sur la liste d’attente
event-registration-cancelled = Inscription annulée
event-need-childcare = Garde d’enfants
event-need-interpreter = Une interprète
event-need-access = Accès sans marches
event-need-other = Autre chose

event-online = En ligne
event-label-kind = Type
event-label-event = Activité
event-label-when = Quand
event-label-where = Où
event-label-languages = Langues
event-label-accessibility = Pour que toutes puissent participer
event-label-places = Places
event-label-registration = Inscription
event-belgian-time = heure belge
event-address-after-registering = L’adresse exacte est montrée à celles qui ont une place, sur leur page d’inscription.
event-places-left = { $count ->
        [one] Il reste { $count } place
       *[other] Il reste { $count } places
    }
event-full = Complet
event-full-waiting-list = Complet : vous pouvez vous inscrire sur la liste d’attente
event-registration-until = Ouverte jusqu’au { $when }
event-registration-opens = Ouvre le { $when }
event-registration-closed = Fermée
event-add-to-calendar = Ajouter à mon agenda
event-form-title = M’inscrire
event-form-title-waiting = M’inscrire sur la liste d’attente
event-form-intro = Vous n’avez pas besoin de compte.
event-submit = M’inscrire
event-submit-waiting = M’inscrire sur la liste d’attente
field-event-name = Votre prénom ou un autre nom
field-event-name-hint = Ce peut être un nom qui n’est pas le vôtre.
field-places = Nombre de places
field-places-hint = De 1 à { $max }.
field-needs = Avez-vous besoin de quelque chose pour pouvoir venir ?
field-needs-hint = Cochez ce dont vous avez besoin.
field-interpreter-language = Langue de l’interprète
field-needs-other = Un autre besoin, avec vos mots
field-event-mail = M’envoyer une confirmation et un rappel par e-mail
field-event-mail-hint = Seulement si c’est sûr pour vous. Sans cette case, nous ne vous écrivons pas.
field-event-consent = J’accepte que l’équipe garde ces réponses pour organiser l’activité.
field-event-consent-hint = Elles sont effacées { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } après l’activité. Vous pouvez annuler votre inscription à tout moment.
error-places = Choisissez un nombre de places dans la limite.
error-event-closed = L’inscription n’est plus ouverte.
error-event-full = Il ne reste plus de place.

registration-title = Votre inscription
registration-title-neutral = Votre rendez-vous
registration-confirmed-heading = Vous avez une place
registration-waiting-heading = Vous êtes sur la liste d’attente
registration-keep-link = Gardez le lien de cette page : c’est le seul moyen de voir ou d’annuler votre inscription. Ne le partagez pas.
registration-label-state = Votre inscription
registration-label-places = Places
registration-waiting-position = { $position ->
        [one] vous êtes la première sur la liste
       *[other] numéro { $position } sur la liste
    }
registration-private-link = Votre lien privé :
registration-cancel-title = Annuler mon inscription
registration-cancel-text = Si vous ne pouvez pas venir, annulez : votre place ira à quelqu’un d’autre.
registration-cancel-button = Annuler mon inscription
registration-cancelled-now = Votre inscription est annulée.

calendar-neutral-title = Rendez-vous
calendar-neutral-description = Les détails sont sur votre lien privé.

mail-label-event = Activité
mail-label-when = Quand
mail-label-where = Où
mail-event-place-on-page = Sur votre page d’inscription
mail-event-open-page = Voir ou annuler votre inscription
mail-event-neutral-subject = Votre rendez-vous du { $day } à { $hour }
mail-event-confirmed-subject = Inscription : { $title }, { $day }
mail-event-confirmed-heading = Vous avez une place
mail-event-confirmed-text = Votre inscription est enregistrée. Si vous ne pouvez pas venir, annulez-la avec le lien ci-dessous.
mail-event-waiting-subject = Liste d’attente : { $title }, { $day }
mail-event-waiting-heading = Vous êtes sur la liste d’attente
mail-event-waiting-text = Si une place se libère, elle sera pour vous et nous vous préviendrons.
mail-event-promoted-subject = Vous avez une place : { $title }, { $day }
mail-event-promoted-heading = Une place s’est libérée : elle est pour vous
mail-event-promoted-text = Vous étiez sur la liste d’attente et vous avez maintenant une place. Si vous ne pouvez pas venir, annulez avec le lien ci-dessous.
mail-event-reminder-subject = Rappel : { $title }, { $day }
mail-event-reminder-heading = Rappel
mail-event-reminder-text = À bientôt.
mail-event-changed-subject = Changement : { $title }, { $day }
mail-event-changed-heading = Quelque chose a changé
mail-event-changed-text = La date, l’heure, le lieu ou le statut a changé. Voici les informations à jour.
mail-event-event-cancelled-subject = Annulé : { $title }, { $day }
mail-event-event-cancelled-heading = Annulé
mail-event-event-cancelled-text = Nous sommes désolées : cette activité est annulée.
mail-event-registration-cancelled-subject = Inscription annulée : { $title }, { $day }
mail-event-registration-cancelled-heading = Inscription annulée
mail-event-registration-cancelled-text = Votre inscription est annulée.
mail-event-message-subject = Un message à propos de { $title }
mail-event-message-heading = Un message de l’équipe
