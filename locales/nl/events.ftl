## Events: the public pages, the registration form, her private page, mail and calendar files.

nav-events = Agenda
page-events-title = Agenda
page-events-description = Workshops, debatten en focusgroepen: data, plaatsen en inschrijven zonder account.
events-intro = Workshops, debatten en focusgroepen waarvoor je je kunt inschrijven zonder een account aan te maken.
events-upcoming = Binnenkort
events-none-upcoming = Er is voorlopig geen datum aangekondigd. De volgende verschijnen hier.
events-past = Voorbije activiteiten
events-pages-label = Pagina’s met voorbije activiteiten
events-newer = Recenter
events-older = Ouder
events-calendar-link = Alle data aan je agenda toevoegen
events-calendar-title = Agenda van de komende activiteiten
events-feed-link = Nieuwe data volgen (Atom)
events-feed-title = Komende activiteiten (Atom)
home-next-events = Binnenkort
home-all-events = Alle activiteiten bekijken

event-kind-workshop = Workshop
event-kind-debate = Debat
event-kind-focus_group = Focusgroep
event-kind-conference = Conferentie
event-kind-other = Ontmoeting
event-status-scheduled = Gepland
event-status-postponed = Uitgesteld
event-status-cancelled = Geannuleerd
event-access-step_free = Toegankelijk zonder trappen
event-access-sign_language = Gebarentaal
event-access-interpretation = Tolken
event-access-childcare = Kinderopvang
event-registration-confirmed = Je hebt een plaats
event-registration-waiting = Op de wachtlijst
event-registration-cancelled = Inschrijving geannuleerd
event-need-childcare = Kinderopvang
event-need-interpreter = Een tolk
event-need-access = Toegang zonder trappen
event-need-other = Iets anders

event-online = Online
event-label-kind = Soort
event-label-event = Activiteit
event-label-when = Wanneer
event-label-where = Waar
event-label-languages = Talen
event-label-accessibility = Zodat iedereen kan deelnemen
event-label-places = Plaatsen
event-label-registration = Inschrijving
event-belgian-time = Belgische tijd
event-address-after-registering = Het exacte adres zien wie een plaats heeft, op hun inschrijvingspagina.
event-places-left = { $count ->
        [one] Nog { $count } plaats
       *[other] Nog { $count } plaatsen
    }
event-full = Volzet
event-full-waiting-list = Volzet: je kunt op de wachtlijst
event-registration-until = Open tot { $when }
event-registration-opens = Opent op { $when }
event-registration-closed = Gesloten
event-add-to-calendar = Aan mijn agenda toevoegen
event-form-title = Inschrijven
event-form-title-waiting = Op de wachtlijst
event-form-intro = Je hebt geen account nodig.
event-submit = Inschrijven
event-submit-waiting = Op de wachtlijst zetten
field-event-name = Je naam of een andere naam
field-event-name-hint = Het mag een naam zijn die niet de jouwe is.
field-places = Aantal plaatsen
field-places-hint = Van 1 tot { $max }.
field-needs = Heb je iets nodig om te kunnen komen?
field-needs-hint = Vink aan wat je nodig hebt.
field-interpreter-language = Taal van de tolk
field-needs-other = Een andere behoefte, in je eigen woorden
field-event-mail = Stuur me een bevestiging en een herinnering per e-mail
field-event-mail-hint = Alleen als het veilig is voor jou. Zonder dit vakje schrijven we je niet.
field-event-consent = Ik ga ermee akkoord dat het team deze antwoorden bewaart om de activiteit te organiseren.
field-event-consent-hint = Ze worden { $days ->
        [one] { $days } dag
       *[other] { $days } dagen
    } na de activiteit gewist. Je kunt je inschrijving altijd annuleren.
error-places = Kies een aantal plaatsen binnen de grens.
error-event-closed = De inschrijving is niet meer open.
error-event-full = Er zijn geen plaatsen meer.

registration-title = Je inschrijving
registration-title-neutral = Je afspraak
registration-confirmed-heading = Je hebt een plaats
registration-waiting-heading = Je staat op de wachtlijst
registration-keep-link = Bewaar de link van deze pagina: het is de enige manier om je inschrijving te bekijken of te annuleren. Deel hem niet.
registration-label-state = Je inschrijving
registration-label-places = Plaatsen
registration-waiting-position = { $position ->
        [one] je staat eerst op de lijst
       *[other] nummer { $position } op de lijst
    }
registration-private-link = Je privélink:
registration-cancel-title = Mijn inschrijving annuleren
registration-cancel-text = Als je niet kunt komen, annuleer dan: je plaats gaat naar iemand anders.
registration-cancel-button = Mijn inschrijving annuleren
registration-cancelled-now = Je inschrijving is geannuleerd.

calendar-neutral-title = Afspraak
calendar-neutral-description = De details staan op je privélink.

mail-label-event = Activiteit
mail-label-when = Wanneer
mail-label-where = Waar
mail-event-place-on-page = Op je inschrijvingspagina
mail-event-open-page = Je inschrijving bekijken of annuleren
mail-event-neutral-subject = Je afspraak op { $day } om { $hour }
mail-event-confirmed-subject = Inschrijving: { $title }, { $day }
mail-event-confirmed-heading = Je hebt een plaats
mail-event-confirmed-text = Je inschrijving is geregistreerd. Als je niet kunt komen, annuleer ze dan met de link hieronder.
mail-event-waiting-subject = Wachtlijst: { $title }, { $day }
mail-event-waiting-heading = Je staat op de wachtlijst
mail-event-waiting-text = Als er een plaats vrijkomt, is ze voor jou en laten we het je weten.
mail-event-promoted-subject = Je hebt een plaats: { $title }, { $day }
mail-event-promoted-heading = Er kwam een plaats vrij: ze is voor jou
mail-event-promoted-text = Je stond op de wachtlijst en nu heb je een plaats. Als je niet kunt komen, annuleer dan met de link hieronder.
mail-event-reminder-subject = Herinnering: { $title }, { $day }
mail-event-reminder-heading = Herinnering
mail-event-reminder-text = Tot binnenkort.
mail-event-changed-subject = Wijziging: { $title }, { $day }
mail-event-changed-heading = Er is iets gewijzigd
mail-event-changed-text = De datum, het uur, de plaats of de status is gewijzigd. Dit zijn de huidige gegevens.
mail-event-event-cancelled-subject = Geannuleerd: { $title }, { $day }
mail-event-event-cancelled-heading = Geannuleerd
mail-event-event-cancelled-text = Het spijt ons: deze activiteit is geannuleerd.
mail-event-registration-cancelled-subject = Inschrijving geannuleerd: { $title }, { $day }
mail-event-registration-cancelled-heading = Inschrijving geannuleerd
mail-event-registration-cancelled-text = Je inschrijving is geannuleerd.
mail-event-message-subject = Een bericht over { $title }
mail-event-message-heading = Een bericht van het team
