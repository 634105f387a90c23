# The site's layout, navigation and public pages.

site-name-default = Latijns-Amerikaanse vrouwen in België

## Safety bar: first on every page
safety-bar-label = Je veiligheid
quick-exit = Snel weg
quick-exit-hint = (verlaat deze site meteen)
safety-note = Kan iemand je telefoon of computer nakijken?
safety-note-link = Zo surf je veilig

skip-to-content = Naar de inhoud
language-switcher = Taal
nav-label = Hoofdmenu
footer-nav-label = Meer
breadcrumb-label = Je bent hier

nav-home = Home
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
home-orientation-text = Gezondheid, papieren, geweld, wonen, werk, Belgische diensten: schrijf ons. We antwoorden in jouw taal.
home-orientation-button = Vraag hulp of advies
home-support-text = Geef je tijd, je kennis of je talen, of steun ons werk als organisatie.
home-support-button = Bied je steun aan
home-all-projects = Alle projecten bekijken
home-all-activities = Alle activiteiten bekijken
home-about-link = Lees meer over onze missie en ons werk

## Titles and descriptions of the pages
page-home-title = Home
page-home-description = Latijns-Amerikaanse vrouwen in België: onderlinge steun, hulp en advies, projecten en activiteiten, in het Spaans, Engels, Nederlands en Frans.
page-about-title = Over ons
page-about-description = Onze missie en doelen, waarom we „Latina-vrouwen” zeggen, wat we delen, ons onderzoek en onze netwerken.
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
page-orientation-description = Schrijf ons over gezondheid, papieren, geweld, wonen, werk of Belgische diensten. We antwoorden in jouw taal.
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
error-too-many-requests-text = We kregen veel berichten van jouw verbinding. Wacht een minuut en probeer het opnieuw. Niets van wat je typte, is verstuurd.
error-bad-request-title = Er ging iets mis
error-bad-request-text = We konden deze vraag niet begrijpen. Ga terug en probeer het opnieuw.
error-server-error-title = Sorry, er ging bij ons iets mis
error-server-error-text = Probeer het over een paar minuten opnieuw. Gebeurt het nog eens? Dan is het onze fout, niet de jouwe.
error-unavailable-title = We kunnen nu niets bewaren
error-unavailable-text = Ons systeem kan op dit moment niets bewaren, dus er is niets bewaard. Probeer het over een paar minuten opnieuw.

form-coming-soon = Dit formulier komt binnenkort.

# Between a label and what follows it ("112: emergencies").
label-separator = {": "}
