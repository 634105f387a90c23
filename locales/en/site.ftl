# The site's layout, navigation and public pages.

site-name-default = Latin American women in Belgium

## Safety bar: first on every page
safety-bar-label = Your safety
quick-exit = Quick exit
quick-exit-hint = (leaves this site at once)
# Read by screen readers while Shift is pressed three times.
quick-exit-shift-1 = Press Shift two more times to leave this page.
quick-exit-shift-2 = Press Shift once more to leave this page.
quick-exit-leaving = Leaving this page.
safety-note = Could someone be checking your phone or computer?
safety-note-link = How to browse safely

skip-to-content = Skip to content
language-switcher = Language
nav-label = Main menu
footer-nav-label = More
breadcrumb-label = You are here

nav-home = Home
nav-about = About us
nav-projects = Projects
nav-activities = Activities
nav-team = Team
nav-privacy = Privacy
nav-safety = Browse safely

## Calls to action: on every page
cta-orientation = Do you need orientation?
cta-support = I want to support

footer-emergency = In danger now? Call 112. It is free.
footer-no-trackers = This site uses no trackers and no advertising.

## Home page
home-orientation-text = You can write to us about health, papers, violence, housing, work or anything else. We help you understand Belgian institutions and services.
home-orientation-button = Ask for orientation
home-support-text = Give your time, your knowledge or the languages you speak, or support our work as an organisation.
home-support-button = Offer your support
home-all-projects = See all projects
home-all-activities = See all activities
home-about-link = Read about our mission and our work

## Titles and descriptions of the pages
page-home-title = Home
page-home-description = Latin American women in Belgium: mutual support, orientation, projects and activities, in Spanish, English, Dutch and French.
page-about-title = About us
page-about-description = Our mission and aims, why we say "Latina women", what we share, our research and our networks.
page-projects-title = Projects
page-projects-description = Our projects with and for Latin American women in Belgium.
page-activities-title = Activities
page-activities-description = Research, focus groups, interviews, literary events and conferences.
page-team-title = Team
page-team-description = The team that gives voice to Latina migrant women.
page-privacy-title = Privacy
page-privacy-description = What we collect, why, how long we keep it, and how to ask us to delete it.
page-safety-title = Browse safely
page-safety-description = How to visit this site more safely: the quick exit, your history, shared phones and computers.
page-orientation-title = Do you need orientation?
page-orientation-description = Write to us with your question. We help you understand Belgian institutions and services.
page-support-title = I want to support
page-support-description = Volunteer, share your knowledge, translate, host an event or partner with us.

## Error pages
error-home-link = Go to the home page
error-not-found-title = Page not found
error-not-found-text = This page does not exist. Maybe the address is wrong, or the page was moved.
error-method-not-allowed-title = Not possible
error-method-not-allowed-text = This page cannot be used like that.
error-too-large-title = Too much text
error-too-large-text = What you sent is too long. Please make it shorter and try again.
error-too-many-requests-title = Please wait a moment
error-too-many-requests-text = Too many requests came from this network. Please wait one minute and try again. Nothing you typed was sent.
error-bad-request-title = Something went wrong
error-bad-request-text = We could not understand this request. Please go back and try again.
error-server-error-title = Sorry, something went wrong on our side
error-server-error-text = Please try again in a few minutes. If it happens again, it is our fault, not yours.
error-unavailable-title = We cannot save anything right now
error-unavailable-text = Our system cannot store anything at the moment, so nothing was saved. Please try again in a few minutes.

# Between a label and what follows it ("112: emergencies").
label-separator = {": "}

## Contact block: the organisation's own email and phone, shown only when configured
contact-title = Contact
contact-email-label = Email
contact-phone-label = Phone

## Privacy page: the generated cookie table
# Lifetimes: $minutes, $days and $hours are whole numbers.
cookie-table-caption = Every cookie this site can set
cookie-col-name = Name
cookie-col-purpose = What it is for
cookie-col-lifetime = How long it stays
cookie-lang-purpose = Remembers the language you chose with the language menu.
cookie-form-purpose = Set when you open a form. It lets us check that the form was really sent from this site. It contains a random code and nothing about you.
cookie-flash-purpose = Set for a few minutes after you send a form, so that the next page can show your reference number once. It is deleted when that page is shown.
cookie-session-purpose = Only for coordinators who sign in to the private part of the site: it keeps them signed in.
cookie-lifetime-browser = Until you close your browser
cookie-lifetime-minutes = At most { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }
cookie-lifetime-days = { $days ->
        [one] { $days } day
       *[other] { $days } days
    }
cookie-lifetime-sign-in = Until sign-out, at most { $hours ->
        [one] { $hours } hour
       *[other] { $hours } hours
    }

## Privacy page: the retention period, used inside a sentence ("deleted after 30 days")
retention-period = { $days ->
        [one] { $days } day
       *[other] { $days } days
    }
