## Events: the public pages, the registration form, her private page, mail and calendar files.

nav-events = Events
page-events-title = Events
page-events-description = Workshops, debates and focus groups: dates, places and registration without an account.
events-intro = Workshops, debates and focus groups you can register for without creating an account.
events-upcoming = Coming up
events-none-upcoming = No date is announced for now. The next ones will appear here.
events-past = Past events
events-pages-label = Pages of past events
events-newer = More recent
events-older = Older
events-calendar-link = Add every date to your calendar
events-calendar-title = Calendar of upcoming events
events-feed-link = Follow new dates (Atom)
events-feed-title = Upcoming events (Atom)
home-next-events = Coming up
home-all-events = See every event

event-kind-workshop = Workshop
event-kind-debate = Debate
event-kind-focus_group = Focus group
event-kind-conference = Conference
event-kind-other = Gathering
event-status-scheduled = Scheduled
event-status-postponed = Postponed
event-status-cancelled = Cancelled
event-access-step_free = Step-free access
event-access-sign_language = Sign language
event-access-interpretation = Interpretation
event-access-childcare = Childcare
event-registration-confirmed = You have a place
event-registration-waiting = On the waiting list
event-registration-cancelled = Registration cancelled
event-need-childcare = Childcare
event-need-interpreter = An interpreter
event-need-access = Step-free access
event-need-other = Something else

event-online = Online
event-label-kind = Kind
event-label-event = Event
event-label-when = When
event-label-where = Where
event-label-languages = Languages
event-label-accessibility = So that everyone can take part
event-label-places = Places
event-label-registration = Registration
event-belgian-time = Belgian time
event-address-after-registering = The exact address is shown to those who have a place, on their registration page.
event-places-left = { $count ->
        [one] { $count } place left
       *[other] { $count } places left
    }
event-full = Full
event-full-waiting-list = Full: you can join the waiting list
event-registration-until = Open until { $when }
event-registration-opens = Opens on { $when }
event-registration-closed = Closed
event-add-to-calendar = Add to my calendar
event-form-title = Register
event-form-title-waiting = Join the waiting list
event-form-intro = You do not need an account.
event-submit = Register
event-submit-waiting = Join the waiting list
field-event-name = Your name or another name
field-event-name-hint = It can be a name that is not yours.
field-places = Number of places
field-places-hint = From 1 to { $max }.
field-needs = Do you need anything to be able to come?
field-needs-hint = Tick what you need.
field-interpreter-language = Language of the interpreter
field-needs-other = Another need, in your own words
field-event-mail = Send me a confirmation and a reminder by email
field-event-mail-hint = Only if it is safe for you. Without this box we do not write to you.
field-event-consent = I agree that the team keeps these answers to organise the event.
field-event-consent-hint = They are deleted { $days ->
        [one] { $days } day
       *[other] { $days } days
    } after the event. You can cancel your registration at any time.
error-places = Choose a number of places within the limit.
error-event-closed = Registration is no longer open.
error-event-full = There are no places left.

registration-title = Your registration
registration-title-neutral = Your appointment
registration-confirmed-heading = You have a place
registration-waiting-heading = You are on the waiting list
registration-keep-link = Keep the link of this page: it is the only way to see or cancel your registration. Do not share it.
registration-label-state = Your registration
registration-label-places = Places
registration-waiting-position = { $position ->
        [one] you are first on the list
       *[other] number { $position } on the list
    }
registration-private-link = Your private link:
registration-cancel-title = Cancel my registration
registration-cancel-text = If you cannot come, cancel: your place will go to someone else.
registration-cancel-button = Cancel my registration
registration-cancelled-now = Your registration is cancelled.

calendar-neutral-title = Appointment
calendar-neutral-description = The details are on your private link.

mail-label-event = Event
mail-label-when = When
mail-label-where = Where
mail-event-place-on-page = On your registration page
mail-event-open-page = See or cancel your registration
mail-event-neutral-subject = Your appointment on { $day } at { $hour }
mail-event-confirmed-subject = Registration: { $title }, { $day }
mail-event-confirmed-heading = You have a place
mail-event-confirmed-text = Your registration is recorded. If you cannot come, cancel it with the link below.
mail-event-waiting-subject = Waiting list: { $title }, { $day }
mail-event-waiting-heading = You are on the waiting list
mail-event-waiting-text = If a place comes free, it will be yours and we will tell you.
mail-event-promoted-subject = You have a place: { $title }, { $day }
mail-event-promoted-heading = A place came free: it is yours
mail-event-promoted-text = You were on the waiting list and now you have a place. If you cannot come, cancel with the link below.
mail-event-reminder-subject = Reminder: { $title }, { $day }
mail-event-reminder-heading = Reminder
mail-event-reminder-text = We look forward to seeing you soon.
mail-event-changed-subject = Change: { $title }, { $day }
mail-event-changed-heading = Something changed
mail-event-changed-text = The date, the time, the place or the status changed. Here are the current details.
mail-event-event-cancelled-subject = Cancelled: { $title }, { $day }
mail-event-event-cancelled-heading = Cancelled
mail-event-event-cancelled-text = We are sorry: this event is cancelled.
mail-event-registration-cancelled-subject = Registration cancelled: { $title }, { $day }
mail-event-registration-cancelled-heading = Registration cancelled
mail-event-registration-cancelled-text = Your registration is cancelled.
mail-event-message-subject = A message about { $title }
mail-event-message-heading = A message from the team
