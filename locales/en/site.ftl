# The site's layout, navigation and public pages.

site-name-default = Latin American women in Belgium

## Safety bar: first on every page
safety-bar-label = Your safety
quick-exit = Quick exit
quick-exit-hint = (leaves this site at once)
safety-note = Someone may check your phone or computer?
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
home-orientation-text = Health, papers, violence, housing, work, Belgian services: write to us. We answer you in your language.
home-orientation-button = Ask for orientation
home-support-text = Give your time, your knowledge or your languages, or support our work as an organisation.
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
page-orientation-description = Write to us about health, papers, violence, housing, work or Belgian services. We answer in your language.
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
error-too-many-requests-text = We received many messages from your connection. Please wait one minute and try again. Nothing you typed was sent.
error-bad-request-title = Something went wrong
error-bad-request-text = We could not understand this request. Please go back and try again.
error-server-error-title = Sorry, something went wrong on our side
error-server-error-text = Please try again in a few minutes. If it happens again, it is our fault, not yours.
error-unavailable-title = We cannot save anything right now
error-unavailable-text = Our system cannot store anything at the moment, so nothing was saved. Please try again in a few minutes.

form-coming-soon = This form is coming soon.

# Between a label and what follows it ("112: emergencies").
label-separator = {": "}
