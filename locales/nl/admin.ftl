# The coordinators' back office.

admin-name = Backoffice
admin-nav-label = Menu van de backoffice
admin-nav-requests = Aanvragen
admin-nav-content = Inhoud
admin-nav-stats = Statistieken
admin-nav-coordinators = Coördinatoren
admin-nav-site = Publieke site
admin-new-count = { $count } nieuw
admin-logout = Afmelden

## Login
admin-login-title = Aanmelden
admin-password = Wachtwoord
admin-login-button = Aanmelden
admin-login-failed = Het e-mailadres of het wachtwoord klopt niet.
admin-login-too-many = Te veel pogingen. Wacht een paar minuten en probeer het dan opnieuw.

## Requests
admin-requests-title = Aanvragen
admin-new-summary = Nieuw: { $orientation } voor hulp of advies, { $support } voor steun.
admin-filters = Aanvragen filteren
admin-any = Alle
admin-from = Van
admin-to = Tot
admin-filter = Filteren
admin-export = Exporteren (CSV)
admin-no-requests = Geen aanvragen.
admin-pages = Pagina's
admin-previous = Vorige pagina
admin-next = Volgende pagina
admin-col-reference = Referentie
admin-col-kind = Soort
admin-col-status = Status
admin-col-subjects = Onderwerpen
admin-col-region = Regio
admin-col-language = Taal
admin-col-assigned = Toegewezen aan
admin-col-created = Ontvangen
admin-kind-orientation = Hulp of advies
admin-kind-support = Steun
admin-status-new = Nieuw
admin-status-in_progress = In behandeling
admin-status-closed = Afgesloten

## A request
admin-request-title = Aanvraag { $reference }
admin-back-to-inbox = Terug naar alle aanvragen
admin-closed-at = Afgesloten
admin-what-she-sent = Wat er verstuurd werd
admin-not-answered = Niet beantwoord
admin-form-language = Taal van het formulier
admin-handle = Behandelen
admin-save-status = Status wijzigen
admin-nobody = Niemand
admin-assign = Toewijzen
admin-notes = Interne notities
admin-no-notes = Nog geen notities.
admin-new-note = Nieuwe notitie
admin-add-note = Notitie toevoegen
admin-mails = E-mails
admin-no-mails = Geen e-mails voor deze aanvraag.
admin-mail-to = E-mail
admin-mail-coordinator = Melding aan een coördinator
admin-mail-confirmation = Bevestiging aan de afzender
admin-mail-attempts = Pogingen
admin-mail-error = Laatste probleem
admin-mail-sent = Verstuurd op
admin-mail-state-pending = In afwachting
admin-mail-state-sent = Verstuurd
admin-mail-state-failed = Mislukt
admin-resend = Opnieuw versturen
admin-actions = Acties
admin-audit = Geschiedenis
admin-audit-viewed = bekeek de aanvraag
admin-audit-status = wijzigde de status
admin-audit-assigned = wees de aanvraag toe
admin-audit-note = voegde een notitie toe
admin-audit-resent = verstuurde een e-mail opnieuw
admin-audit-deleted = wiste de aanvraag
admin-audit-exported = exporteerde de lijst
admin-audit-coordinator_added = voegde een coördinator toe
admin-audit-coordinator_removed = verwijderde een coördinator
admin-audit-content_saved = bewaarde inhoud
item-kind-project = Project
item-kind-activity = Activiteit
admin-delete-title = Deze aanvraag wissen
admin-delete-text = Hiermee wis je definitief wat er verstuurd werd, de notities en de e-mails. Doe dit als de persoon erom vraagt, of als de aanvraag niet meer nodig is.
admin-delete-confirm = Ja, wis deze aanvraag definitief
admin-delete = Wissen

## Content
admin-content-title = Inhoud
admin-content-intro = Bewerk de teksten van de site in de vier talen. Wijzigingen staan meteen op de site.
admin-content-new-project = Nieuw project
admin-content-new-activity = Nieuwe activiteit
admin-content-new-person = Nieuw teamlid
admin-content-new-section = Nieuwe sectie
admin-content-projects = Projecten
admin-content-activities = Activiteiten
admin-content-people = Team
admin-content-page = Pagina: { $page }
admin-content-group = Waar
admin-content-missing = Ontbrekende vertalingen
admin-missing-translation = Vertaling ontbreekt
admin-unpublished = Niet gepubliceerd
admin-yes = Ja
admin-content-new = Nieuw item
admin-content-edit = Bewerken: { $name }
admin-back-to-content = Terug naar alle inhoud
admin-saved = Opgeslagen.
admin-see-page = Pagina bekijken
admin-field-slug = Adres (slug)
admin-field-slug-hint = Kleine letters, cijfers en koppeltekens, hetzelfde in elke taal. Je kunt het later niet meer wijzigen.
admin-field-name = Naam
admin-field-page = Pagina
admin-field-position = Volgorde
admin-field-position-hint = Kleinere getallen komen eerst.
admin-field-published = Gepubliceerd
admin-field-title = Titel
admin-field-summary = Samenvatting
admin-field-body = Tekst
admin-field-role = Rol
admin-field-bio = Over haar
admin-markdown-hint = Teksten gebruiken Markdown: een lege regel begint een nieuwe alinea, een regel die begint met "- " is een lijstpunt, **vet**, *cursief*.
admin-save = Opslaan
admin-error-slug = Het adres mag alleen kleine letters, cijfers en koppeltekens bevatten.
admin-error-slug-taken = Dit adres wordt al gebruikt.
admin-error-position = De volgorde moet een geheel getal zijn.
admin-error-name = Schrijf een naam.
admin-error-page = Kies een pagina.
admin-error-no-text = Schrijf de tekst in minstens één taal.

## Statistics
admin-stats-title = Statistieken
admin-show = Tonen
admin-total = Totaal
admin-stats-by-month = Aanvragen per maand
admin-stats-by-kind = Aanvragen per soort
admin-stats-by-topic = Vragen om hulp of advies per onderwerp
admin-stats-by-help = Steunaanbiedingen per manier om te helpen
admin-stats-by-region = Aanvragen per regio
admin-stats-by-language = Aanvragen per taal

## Coordinators
admin-coordinators-title = Coördinatoren
admin-role = Rol
admin-role-admin = Beheerder
admin-role-coordinator = Coördinator
admin-remove = Verwijderen
admin-add-coordinator = Coördinator toevoegen
admin-password-hint = Minstens 12 tekens. Geef het persoonlijk door, niet via e-mail.
admin-make-admin = Beheerder (beheert coördinatoren en inhoud)
admin-add = Toevoegen
admin-error-password-short = Het wachtwoord moet minstens 12 tekens hebben.
admin-error-email-taken = Er bestaat al een account met dit e-mailadres.

error-login-again = Meld je opnieuw aan.

admin-her-safety = Haar veiligheid: hoe je haar contacteert

## Months, abbreviated, in back-office times ("4 Dec 2026, 04:48")
month-short-1 = jan
month-short-2 = feb
month-short-3 = mrt
month-short-4 = apr
month-short-5 = mei
month-short-6 = jun
month-short-7 = jul
month-short-8 = aug
month-short-9 = sep
month-short-10 = okt
month-short-11 = nov
month-short-12 = dec
