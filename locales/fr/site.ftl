# The site's layout, navigation and public pages.

site-name-default = Femmes latino-américaines en Belgique

## Safety bar: first on every page
safety-bar-label = Votre sécurité
quick-exit = Sortie rapide
quick-exit-hint = (quitte ce site tout de suite)
# Read by screen readers while Shift is pressed three times.
quick-exit-shift-1 = Appuyez encore deux fois sur la touche Maj pour quitter cette page.
quick-exit-shift-2 = Appuyez encore une fois sur la touche Maj pour quitter cette page.
quick-exit-leaving = Vous quittez cette page.
safety-note = Quelqu’un peut regarder votre téléphone ou votre ordinateur ?
safety-note-link = Comment naviguer en sécurité

skip-to-content = Aller au contenu
language-switcher = Langue
nav-label = Menu principal
footer-nav-label = Plus
breadcrumb-label = Vous êtes ici

nav-home = Accueil
nav-about = Qui sommes-nous ?
nav-projects = Projets
nav-activities = Activités
nav-team = Équipe
nav-privacy = Vie privée
nav-safety = Naviguer en sécurité

## Calls to action: on every page
cta-orientation = Besoin d’orientation ?
cta-support = Je veux soutenir

footer-emergency = En danger maintenant ? Appelez le 112. C’est gratuit.
footer-no-trackers = Ce site n’utilise pas de traceurs ni de publicité.

## Home page
home-orientation-text = Vous pouvez nous écrire sur la santé, les papiers, la violence, le logement, le travail ou autre chose. Nous vous aidons à comprendre les institutions et les services belges.
home-orientation-button = Demander une orientation
home-support-text = Donnez votre temps, vos connaissances ou les langues que vous parlez, ou soutenez notre travail en tant qu’organisation.
home-support-button = Proposer mon soutien
home-all-projects = Voir tous les projets
home-all-activities = Voir toutes les activités
home-about-link = En savoir plus sur notre mission et notre travail

## Titles and descriptions of the pages
page-home-title = Accueil
page-home-description = Femmes latino-américaines en Belgique : entraide, orientation, projets et activités, en espagnol, en anglais, en néerlandais et en français.
page-about-title = Qui sommes-nous ?
page-about-description = Notre mission et nos objectifs, pourquoi nous disons « femmes latinas », ce que nous partageons, nos recherches et nos réseaux.
page-projects-title = Projets
page-projects-description = Nos projets avec et pour les femmes latino-américaines en Belgique.
page-activities-title = Activités
page-activities-description = Recherche, groupes de discussion, entretiens, événements littéraires et conférences.
page-team-title = Équipe
page-team-description = L’équipe qui donne la parole aux femmes latinas migrantes.
page-privacy-title = Vie privée
page-privacy-description = Ce que nous collectons, pourquoi, combien de temps nous le gardons, et comment nous demander de l’effacer.
page-safety-title = Naviguer en sécurité
page-safety-description = Comment visiter ce site de façon plus sûre : la sortie rapide, votre historique, les téléphones et ordinateurs partagés.
page-orientation-title = Besoin d’orientation ?
page-orientation-description = Posez-nous votre question. Nous vous aidons à comprendre les institutions et les services belges.
page-support-title = Je veux soutenir
page-support-description = Devenez bénévole, partagez vos connaissances, traduisez, accueillez un événement ou devenez partenaire.

## Error pages
error-home-link = Aller à la page d’accueil
error-not-found-title = Page introuvable
error-not-found-text = Cette page n’existe pas. L’adresse est peut-être fausse, ou la page a été déplacée.
error-method-not-allowed-title = Pas possible
error-method-not-allowed-text = Cette page ne peut pas être utilisée de cette façon.
error-too-large-title = Trop de texte
error-too-large-text = Ce que vous avez envoyé est trop long. Raccourcissez-le, s’il vous plaît, et réessayez.
error-too-many-requests-title = Attendez un moment, s’il vous plaît
error-too-many-requests-text = Trop de demandes sont venues de ce réseau. Attendez une minute, s’il vous plaît, puis réessayez. Rien de ce que vous avez écrit n’a été envoyé.
error-bad-request-title = Quelque chose n’a pas marché
error-bad-request-text = Nous n’avons pas compris cette demande. Revenez en arrière et réessayez, s’il vous plaît.
error-server-error-title = Désolées, quelque chose n’a pas marché de notre côté
error-server-error-text = Réessayez dans quelques minutes, s’il vous plaît. Si cela arrive encore, c’est notre faute, pas la vôtre.
error-unavailable-title = Nous ne pouvons rien enregistrer pour le moment
error-unavailable-text = Notre système ne peut rien enregistrer pour le moment, donc rien n’a été enregistré. Réessayez dans quelques minutes, s’il vous plaît.

# Between a label and what follows it ("112 : urgences").
label-separator = {"\u00A0: "}

## Contact block: the organisation's own email and phone, shown only when configured
contact-title = Contact
contact-email-label = E-mail
contact-phone-label = Téléphone

## Privacy page: the generated cookie table
# Lifetimes: $minutes, $days and $hours are whole numbers.
cookie-table-caption = Tous les cookies que ce site peut déposer
cookie-col-name = Nom
cookie-col-purpose = À quoi il sert
cookie-col-lifetime = Combien de temps il reste
cookie-lang-purpose = Retient la langue que vous avez choisie dans le menu des langues.
cookie-form-purpose = Déposé quand vous ouvrez un formulaire. Il nous permet de vérifier que le formulaire a bien été envoyé depuis ce site. Il contient un code au hasard et rien sur vous.
cookie-flash-purpose = Déposé pour quelques minutes après l’envoi d’un formulaire, pour que la page suivante puisse afficher votre numéro de référence une seule fois. Il est supprimé dès que cette page s’affiche.
cookie-session-purpose = Seulement pour les coordinatrices qui se connectent à la partie privée du site : il les garde connectées.
cookie-lifetime-browser = Jusqu’à la fermeture de votre navigateur
cookie-lifetime-minutes = { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } au maximum
cookie-lifetime-days = { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }
cookie-lifetime-sign-in = Jusqu’à la déconnexion, { $hours ->
        [one] { $hours } heure
       *[other] { $hours } heures
    } au maximum

## Privacy page: the retention period, used inside a sentence ("deleted after 30 days")
retention-period = { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }
