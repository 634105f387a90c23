# The coordinators' back office.

admin-name = Backoffice
admin-nav-label = Menu van de backoffice
admin-nav-requests = Aanvragen
admin-nav-content = Inhoud
admin-nav-stats = Statistieken
admin-nav-coordinators = Coördinatoren
admin-nav-audit = Geschiedenis
admin-nav-site = Publieke site
admin-new-count = { $count } nieuw
admin-nav-mine = Van mij
admin-nav-follow-ups = Opvolging
admin-nav-volunteers = Vrijwilligers
admin-nav-people = Een persoon zoeken
admin-overdue-count = { $count } te laat
admin-today-count = { $count } vandaag
admin-logout = Afmelden

## Login
admin-login-title = Aanmelden
admin-password = Wachtwoord
admin-login-button = Aanmelden
admin-login-failed = Het e-mailadres, het wachtwoord of de code klopt niet.
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
admin-newest = Nieuwste
admin-older = Oudere
admin-col-reference = Referentie
admin-col-kind = Soort
admin-col-status = Status
admin-col-subjects = Onderwerpen
admin-col-region = Regio
admin-col-language = Taal
admin-col-assigned = Toegewezen aan
admin-col-created = Ontvangen
admin-col-follow-up = Terugbellen op
admin-table-named = Tabel: { $name }
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
admin-audit-role_changed = wijzigde een rol
admin-audit-password_changed = wijzigde een wachtwoord
admin-audit-signed_in = meldde zich aan
admin-audit-sign_in_failed = verkeerd wachtwoord
admin-audit-sessions_ended = beëindigde de andere sessies
admin-audit-fresh_start = gaf een nieuwe start
admin-audit-two_step_enrolled = zette aanmelden in twee stappen aan
admin-audit-two_step_reset = verwijderde een aanmelding in twee stappen
admin-audit-recovery_codes_renewed = maakte nieuwe herstelcodes
admin-audit-recovery_code_used = meldde zich aan met een herstelcode
admin-audit-data_key_stored = noteerde een kopie van de datasleutel
admin-audit-content_saved = bewaarde inhoud
admin-audit-follow_up = legde de dag vast om terug te bellen
admin-audit-contact_attempt = noteerde een contactpoging
admin-audit-volunteer_status = wijzigde de status van de vrijwilliger
admin-audit-person_searched = zocht een persoon
admin-audit-person_exported = exporteerde de gegevens van een persoon
admin-audit-person_erased = wiste de gegevens van een persoon
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
admin-preview = Voorbeeld
admin-preview-label = Voorbeeld: zo toont de site het. Nog niet bewaard.
admin-preview-of = Voorbeeld in het
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
admin-stats-note = Geteld wanneer een aanvraag binnenkomt: een aanvraag die later gewist is, telt hier nog mee. Dagen worden geteld in universele tijd (UTC).

## Coordinators
admin-coordinators-title = Coördinatoren
admin-role = Rol
admin-role-admin = Beheerder
admin-role-coordinator = Coördinator
admin-role-editor = Redacteur
admin-remove = Verwijderen
admin-add-coordinator = Coördinator toevoegen
admin-password-hint = Minstens 12 tekens. Geef het persoonlijk door, niet via e-mail.
admin-role-hint = Beheerders doen alles. Coördinatoren behandelen aanvragen, vrijwilligers en statistieken. Redacteuren bewerken alleen de inhoud van de site: ze zien geen enkele aanvraag.
admin-change-role = Rol wijzigen
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

## Van mij en opvolging
admin-mine-title = Van mij
admin-mine-assigned = Aan mij toegewezen
admin-mine-none = Er is geen open aanvraag aan jou toegewezen.
admin-mine-waiting = Nieuw, nog door niemand opgenomen
admin-mine-waiting-hint = Wie het langst wacht eerst. Open er een en wijs ze aan jezelf toe bij "Behandelen".
admin-mine-none-waiting = Elke nieuwe aanvraag is opgenomen.
admin-follow-ups-title = Opvolging
admin-follow-ups-overdue = Te laat
admin-follow-ups-today = Vandaag
admin-follow-ups-none = Niets hier.
admin-follow-up = Terugbellen op
admin-follow-up-save = Dag bewaren
admin-follow-up-clear = Niet terugbellen
admin-follow-up-error = Schrijf de dag als jaar-maand-dag, bijvoorbeeld 2027-01-31.

## Contactpogingen
admin-attempts = Contactpogingen
admin-no-attempts = Nog geen contactpoging.
admin-attempt-outcome = Wat gebeurde er
admin-attempt-record = Noteren
admin-attempt-no-messages = Ze zei dat er geen bericht mag worden achtergelaten.
admin-attempt-confirm-needed = Ze zei dat er geen bericht mag worden achtergelaten. Noteer "bericht achtergelaten" alleen als het echt gebeurd is.
admin-attempt-confirm = Het is gebeurd: "bericht achtergelaten" toch noteren.
admin-attempt-no_answer = Gebeld: geen antwoord
admin-attempt-spoke = Gebeld: met haar gesproken
admin-attempt-message_left = Gebeld: bericht achtergelaten
admin-attempt-email_sent = E-mail gestuurd
admin-attempt-met = Ontmoet

## Vrijwilligers
admin-volunteers-title = Vrijwilligers
admin-volunteers-search = Naam of referentie
admin-volunteers-search-hint = Volledige woorden van de naam, in hoofd- of kleine letters, met of zonder accenten. Iemand zoeken op e-mailadres of telefoonnummer? Gebruik "Een persoon zoeken".
admin-volunteers-none = Geen vrijwilliger gevonden.
admin-volunteer-new = Nieuw
admin-volunteer-contacted = Gecontacteerd
admin-volunteer-active = Actief
admin-volunteer-paused = Gepauzeerd
admin-volunteer-ended = Gestopt

## Een persoon zoeken
admin-people-title = Een persoon zoeken
admin-people-intro = Alle gegevens over één persoon, gevonden met haar e-mailadres of telefoonnummer: om haar te tonen, te geven of te wissen wat we over haar hebben. Elke zoekopdracht komt in de geschiedenis, zonder het adres of nummer.
admin-people-contact = E-mailadres of telefoonnummer
admin-people-contact-hint = Zoals zij het gaf. Een nummer zonder landcode wordt als Belgisch gelezen.
admin-people-error = Schrijf een e-mailadres (naam@example.org) of een telefoonnummer.
admin-people-find = Zoeken
admin-people-found = { $count ->
    [0] Niets gevonden
    [one] Eén gegeven gevonden
   *[other] { $count } gegevens gevonden
}
admin-people-export-page = Alles tonen om af te drukken
admin-people-export-json = Alles downloaden (JSON)
admin-people-export-title = Alles wat we over deze persoon hebben
admin-people-export-print = Druk deze pagina af of bewaar ze als pdf met je browser. Ze bevat alles: bewaar ze veilig en wis je kopie zodra zij ze heeft.
admin-people-erase-title = Alles wissen
admin-people-erase-text = Wist deze gegevens met hun notities, contactpogingen en e-mails, in één keer. Back-ups bewaren ze tot ze vervangen worden.
admin-people-erase-confirm = { $count ->
    [one] Ik heb gecontroleerd dat zij het is: dit gegeven wissen.
   *[other] Ik heb gecontroleerd dat zij het is: deze { $count } gegevens wissen.
}
admin-people-erase = Wissen
admin-people-confirm-missing = Vink het vakje aan om het wissen te bevestigen.
admin-people-erased = { $count ->
    [0] Er is niets gewist.
    [one] Eén gegeven is gewist.
   *[other] { $count } gegevens zijn gewist.
}

## Her account
admin-account-title = Je account
admin-password-change = Je wachtwoord wijzigen
admin-password-current = Huidig wachtwoord
admin-password-new = Nieuw wachtwoord
admin-password-new-hint = Minstens 12 tekens, moeilijk te raden: enkele ongewone woorden werken goed.
admin-password-repeat = Nieuw wachtwoord, nog een keer
admin-password-save = Wachtwoord wijzigen
admin-password-changed = Je wachtwoord is gewijzigd. Je andere sessies zijn beëindigd.
admin-error-password-current = Dit is niet je huidige wachtwoord.
admin-error-password-repeat = De twee nieuwe wachtwoorden zijn niet hetzelfde.
admin-error-password-guessable = Dit wachtwoord is te makkelijk te raden. Gebruik enkele ongewone woorden, geen naam, datum of bekende zin.
admin-sessions-title = Waar je aangemeld bent
admin-sessions-intro = Elke browser waar je account open is. Alleen de browser en het systeem worden bewaard, nooit een adres.
admin-session-this = Deze browser
admin-session-started = Aangemeld
admin-session-used = Laatst gebruikt
admin-sessions-end-others = Overal elders afmelden
admin-sessions-ended = Alle andere sessies zijn beëindigd.
admin-unknown-browser = Een onbekende browser

## History
admin-audit-title = Geschiedenis van de backoffice
admin-audit-intro = Wie deed wat, en wanneer: aanmeldingen, accounts en rollen, wachtwoorden, exports, en wie welke aanvraag opende. Er wordt nooit een adres bewaard.
admin-audit-sign-ins = Aanmeldingen sinds { $from }
admin-audit-log = Alle handelingen
admin-audit-person = Persoon
admin-audit-action = Handeling
admin-audit-when = Wanneer
admin-audit-detail = Detail
admin-audit-none = Niets hier.
admin-fresh-start = Nieuwe start
admin-fresh-start-title = Een nieuwe start
admin-fresh-start-made = Alle sessies van { $name } zijn beëindigd. Geef haar deze link zelf, persoonlijk of via de telefoon: er wordt geen e-mail gestuurd.
admin-fresh-start-link = De link
admin-fresh-start-link-hint = Hij werkt één keer, gedurende 24 uur. Ze kan er een nieuw wachtwoord mee kiezen.
admin-fresh-start-intro = { $name }, kies een nieuw wachtwoord voor de backoffice. Meld je daarna ermee aan.
admin-fresh-start-gone = Deze link werkt niet meer: hij is gebruikt, verlopen of vervangen door een nieuwere. Vraag een beheerder om een nieuwe.

## Two-step sign-in
admin-login-code = Code
admin-login-code-hint = De code van zes cijfers uit je authenticatie-app, of een van je herstelcodes. Laat dit leeg als je aanmelden in twee stappen nog niet hebt ingesteld.
admin-two-step-set = Aan
admin-two-step-not-set = Niet ingesteld
admin-two-step-title = Aanmelden in twee stappen
admin-two-step-required = Stel eerst aanmelden in twee stappen in. Het beschermt wat vrouwen ons hebben toevertrouwd, ook als iemand je wachtwoord te weten komt.
admin-two-step-intro = Na je wachtwoord vraagt de beheeromgeving een code van zes cijfers die een app op je telefoon elke 30 seconden opnieuw maakt. Elke code werkt maar één keer.
admin-two-step-step-app = Open een authenticatie-app op je telefoon (elke app werkt; gratis opensource-apps zijn bijvoorbeeld Aegis en FreeOTP).
admin-two-step-step-scan = Voeg in de app een account toe en scan deze code, of typ de sleutel die eronder staat.
admin-two-step-qr-alt = QR-code van de sleutel voor je authenticatie-app (dezelfde sleutel staat eronder geschreven)
admin-two-step-key = Sleutel:
admin-two-step-step-code = De code van zes cijfers die je app nu toont
admin-two-step-confirm = Aanmelden in twee stappen aanzetten
admin-two-step-keep-old = Mijn huidige telefoon houden
admin-two-step-on = Aanmelden in twee stappen staat aan.
admin-two-step-off = Aanmelden in twee stappen is nog niet ingesteld.
admin-two-step-manage = Herstelcodes en een nieuwe telefoon
admin-two-step-set-up = Aanmelden in twee stappen instellen
admin-two-step-new-phone = Naar een nieuwe telefoon
admin-two-step-new-phone-hint = Stel de app in op de nieuwe telefoon. Je huidige telefoon blijft werken tot de nieuwe zijn eerste code heeft gegeven.
admin-two-step-start-again = Deze instelling is niet meer geldig. Scan de nieuwe code hieronder.
admin-two-step-wrong-code = Deze code klopt niet. Typ de code die je app nu toont (hij verandert elke 30 seconden) en kijk of de klok van je telefoon juist staat.
admin-recovery-codes-title = Herstelcodes
admin-recovery-codes-left = { $count ->
        [one] Je hebt nog { $count } ongebruikte herstelcode.
       *[other] Je hebt nog { $count } ongebruikte herstelcodes.
    }
admin-recovery-codes-renew = Nieuwe herstelcodes maken
admin-recovery-codes-renew-hint = Je huidige herstelcodes werken dan niet meer.
admin-recovery-codes-intro = Als je je telefoon verliest, kun je je met elk van deze codes één keer aanmelden, in plaats van met de code uit je app. Druk ze af of schrijf ze op, en bewaar ze apart van je telefoon.
admin-recovery-codes-once = Ze worden alleen deze keer getoond: we bewaren ze in een vorm die niet terug te lezen is.
admin-recovery-codes-done = Ik heb ze bewaard: verder

## Warnings that need a person
admin-warnings-label = Vraagt aandacht
admin-warning-mail = { $count ->
        [one] De mail komt niet door: { $count } bericht wacht, het oudste sinds { $since }. Coördinatoren horen misschien niet van nieuwe aanvragen: controleer de mailinstellingen (SMTP_URL) en het logboek van de server.
       *[other] De mail komt niet door: { $count } berichten wachten, het oudste sinds { $since }. Coördinatoren horen misschien niet van nieuwe aanvragen: controleer de mailinstellingen (SMTP_URL) en het logboek van de server.
    }
admin-warning-backup-failed = De laatste back-up is mislukt ({ $when }). Het logboek van de server zegt waarom; controleer de back-upmap (BACKUP_DIR).
admin-warning-backup-old = De nieuwste back-up is meer dan twee dagen oud ({ $when }). Controleer of de server draait en in de back-upmap (BACKUP_DIR) kan schrijven.
admin-warning-data-key = De sleutel die versleutelt wat vrouwen schreven, is op deze server gemaakt (het bestand data.key in de datamap) en niemand heeft genoteerd dat er een kopie bewaard is. Zonder die sleutel is geen enkele back-up te lezen. Bewaar een kopie op een veilige plek, apart van de back-ups.
admin-warning-data-key-stored = Ik heb een kopie van de sleutel bewaard
admin-warning-data-key-admins = Een beheerder moet er een kopie van bewaren en dat hier bevestigen.
admin-warning-disk = De schijf van de datamap is bijna vol: nog { $megabytes } MB vrij. Als hij vol is, kunnen de formulieren geen aanvragen meer ontvangen.
