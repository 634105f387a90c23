# The site's layout, navigation and public pages.

site-name-default = Latijns-Amerikaanse vrouwen in België

## Safety bar: first on every page
safety-bar-label = Je veiligheid
quick-exit = Snel weg
quick-exit-hint = (verlaat deze site meteen)
# Read by screen readers while Shift is pressed three times.
quick-exit-shift-1 = Druk nog twee keer op Shift om deze pagina te verlaten.
quick-exit-shift-2 = Druk nog één keer op Shift om deze pagina te verlaten.
quick-exit-leaving = Je verlaat deze pagina.
safety-note = Kan iemand je telefoon of computer nakijken?
safety-note-link = Zo surf je veilig

skip-to-content = Naar de inhoud
language-switcher = Taal
nav-label = Hoofdmenu
footer-nav-label = Meer
breadcrumb-label = Je bent hier

nav-home = Startpagina
nav-about = Over ons
nav-projects = Projecten
nav-activities = Activiteiten
nav-team = Team
nav-privacy = Privacy
nav-safety = Veilig surfen

## Calls to action: on every page
cta-orientation = Zoek je hulp of advies?
cta-support = Ik wil steunen

footer-emergency = Ben je nu in gevaar? Bel 112. Dat is gratis.
footer-no-trackers = Deze site gebruikt geen trackers en geen reclame.

## Home page
home-orientation-text = Je kunt ons schrijven over gezondheid, papieren, geweld, wonen, werk of iets anders. We helpen je de Belgische instellingen en diensten te begrijpen.
home-orientation-button = Vraag hulp of advies
home-support-text = Geef je tijd, je kennis of de talen die je spreekt, of steun ons werk als organisatie.
home-support-button = Bied je steun aan
home-all-projects = Alle projecten bekijken
home-all-activities = Alle activiteiten bekijken
home-about-link = Lees meer over onze missie en ons werk

## Titles and descriptions of the pages
page-home-title = Startpagina
page-home-description = Latijns-Amerikaanse vrouwen in België: onderlinge steun, hulp en advies, projecten en activiteiten, in het Spaans, Engels, Nederlands en Frans.
page-about-title = Over ons
page-about-description = Onze missie en doelen, waarom we “Latina-vrouwen” zeggen, wat we delen, ons onderzoek en onze netwerken.
page-projects-title = Projecten
page-projects-description = Onze projecten met en voor Latijns-Amerikaanse vrouwen in België.
page-activities-title = Activiteiten
page-activities-description = Onderzoek, focusgroepen, interviews, literaire evenementen en conferenties.
page-team-title = Team
page-team-description = Het team dat Latina-migrantenvrouwen een stem geeft.
page-privacy-title = Privacy
page-privacy-description = Wat we verzamelen, waarom, hoe lang we het bewaren en hoe je ons vraagt om het te wissen.
page-safety-title = Veilig surfen
page-safety-description = Zo bezoek je deze site veiliger: de knop Snel weg, je geschiedenis, gedeelde telefoons en computers.
page-orientation-title = Zoek je hulp of advies?
page-orientation-description = Stel ons je vraag. We helpen je de Belgische instellingen en diensten te begrijpen.
page-support-title = Ik wil steunen
page-support-description = Word vrijwilliger, deel je kennis, vertaal, organiseer een evenement of werk met ons samen.

## Error pages
error-home-link = Naar de startpagina
error-not-found-title = Pagina niet gevonden
error-not-found-text = Deze pagina bestaat niet. Misschien is het adres fout, of is de pagina verplaatst.
error-method-not-allowed-title = Niet mogelijk
error-method-not-allowed-text = Deze pagina kan niet op die manier gebruikt worden.
error-too-large-title = Te veel tekst
error-too-large-text = Wat je stuurde, is te lang. Maak het korter en probeer het opnieuw.
error-too-many-requests-title = Wacht even
error-too-many-requests-text = Er kwamen te veel aanvragen van dit netwerk. Wacht een minuut en probeer het opnieuw. Niets van wat je typte, is verstuurd.
error-bad-request-title = Er ging iets mis
error-bad-request-text = We konden deze vraag niet begrijpen. Ga terug en probeer het opnieuw.
error-server-error-title = Sorry, er ging bij ons iets mis
error-server-error-text = Probeer het over een paar minuten opnieuw. Gebeurt het nog eens? Dan is het onze fout, niet de jouwe.
error-unavailable-title = We kunnen nu niets bewaren
error-unavailable-text = Ons systeem kan op dit moment niets bewaren, dus er is niets bewaard. Probeer het over een paar minuten opnieuw.

# Between a label and what follows it ("112: emergencies").
label-separator = {": "}

## Contact block: the organisation's own email and phone, shown only when configured
contact-title = Contact
contact-email-label = E-mail
contact-phone-label = Telefoon

## Privacy page: the generated cookie table
# Lifetimes: $minutes, $days and $hours are whole numbers.
cookie-table-caption = Alle cookies die deze site kan plaatsen
cookie-col-name = Naam
cookie-col-purpose = Waarvoor hij dient
cookie-col-lifetime = Hoe lang hij blijft
cookie-lang-purpose = Onthoudt de taal die je koos in het taalmenu.
cookie-form-purpose = Wordt geplaatst als je een formulier opent. Zo kunnen we nagaan dat het formulier echt via deze site is verstuurd. Hij bevat een willekeurige code en niets over jou.
cookie-flash-purpose = Wordt voor een paar minuten geplaatst nadat je een formulier verstuurt. Zo kan de volgende pagina je referentienummer één keer tonen. Hij wordt gewist zodra die pagina getoond is.
cookie-session-purpose = Alleen voor coördinatoren die zich aanmelden in het privégedeelte van de site: zo blijven ze aangemeld.
cookie-lifetime-browser = Tot je je browser sluit
cookie-lifetime-minutes = Maximaal { $minutes ->
        [one] { $minutes } minuut
       *[other] { $minutes } minuten
    }
cookie-lifetime-days = { $days ->
        [one] { $days } dag
       *[other] { $days } dagen
    }
cookie-lifetime-sign-in = Tot afmelden, maximaal { $hours ->
        [one] { $hours } uur
       *[other] { $hours } uur
    }

## Privacy page: the retention period, used inside a sentence ("deleted after 30 days")
retention-period = { $days ->
        [one] { $days } dag
       *[other] { $days } dagen
    }
