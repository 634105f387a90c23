# The coordinators' back office.

admin-name = Back office
admin-nav-label = Back office menu
admin-nav-requests = Requests
admin-nav-content = Content
admin-nav-stats = Statistics
admin-nav-coordinators = Coordinators
admin-nav-audit = History
admin-nav-site = Public site
admin-new-count = { $count } new
admin-nav-mine = Mine
admin-nav-follow-ups = Follow-ups
admin-nav-volunteers = Volunteers
admin-nav-people = Find a person
admin-overdue-count = { $count } overdue
admin-today-count = { $count } today
admin-logout = Sign out

## Login
admin-login-title = Sign in
admin-password = Password
admin-login-button = Sign in
admin-login-failed = The email address, the password or the code is not right.
admin-login-too-many = Too many attempts. Please wait a few minutes, then try again.

## Requests
admin-requests-title = Requests
admin-new-summary = New: { $orientation } orientation, { $support } support.
admin-filters = Filter the requests
admin-any = Any
admin-from = From
admin-to = To
admin-filter = Filter
admin-export = Export (CSV)
admin-no-requests = No requests.
admin-pages = Pages
admin-newest = Newest
admin-older = Older
admin-col-reference = Reference
admin-col-kind = Kind
admin-col-status = Status
admin-col-subjects = Subjects
admin-col-region = Region
admin-col-language = Language
admin-col-assigned = Assigned to
admin-col-created = Received
admin-col-follow-up = Call back on
admin-table-named = Table: { $name }
admin-kind-orientation = Orientation
admin-kind-support = Support
admin-status-new = New
admin-status-in_progress = In progress
admin-status-closed = Closed

## A request
admin-request-title = Request { $reference }
admin-back-to-inbox = Back to all requests
admin-closed-at = Closed
admin-what-she-sent = What was sent
admin-not-answered = Not answered
admin-form-language = Language of the form
admin-handle = Handle
admin-save-status = Change status
admin-nobody = Nobody
admin-assign = Assign
admin-notes = Internal notes
admin-no-notes = No notes yet.
admin-new-note = New note
admin-add-note = Add the note
admin-mails = Emails
admin-no-mails = No emails for this request.
admin-mail-to = Email
admin-mail-coordinator = Alert to a coordinator
admin-mail-confirmation = Confirmation to the sender
admin-mail-attempts = Attempts
admin-mail-error = Last problem
admin-mail-sent = Sent at
admin-mail-state-pending = Waiting
admin-mail-state-sent = Sent
admin-mail-state-failed = Failed
admin-resend = Send again
admin-actions = Actions
admin-audit = History
admin-audit-viewed = viewed
admin-audit-status = changed the status
admin-audit-assigned = assigned
admin-audit-note = added a note
admin-audit-resent = sent an email again
admin-audit-deleted = deleted the request
admin-audit-exported = exported the list
admin-audit-coordinator_added = added a coordinator
admin-audit-coordinator_removed = removed a coordinator
admin-audit-role_changed = changed a role
admin-audit-password_changed = changed a password
admin-audit-signed_in = signed in
admin-audit-sign_in_failed = wrong password
admin-audit-sessions_ended = ended the other sessions
admin-audit-fresh_start = gave a fresh start
admin-audit-two_step_enrolled = set up two-step sign-in
admin-audit-two_step_reset = removed a two-step sign-in
admin-audit-recovery_codes_renewed = made new recovery codes
admin-audit-recovery_code_used = signed in with a recovery code
admin-audit-data_key_stored = noted a copy of the data key
admin-audit-content_saved = saved content
admin-audit-follow_up = set the day to call back
admin-audit-contact_attempt = recorded a contact attempt
admin-audit-volunteer_status = changed the volunteer's status
admin-audit-person_searched = searched for a person
admin-audit-person_exported = exported a person's records
admin-audit-person_erased = erased a person's records
item-kind-project = Project
item-kind-activity = Activity
admin-delete-title = Delete this request
admin-delete-text = This deletes what was sent, the notes and the emails, for good. Do it when she or he asks, or when the request is no longer needed.
admin-delete-confirm = Yes, delete this request for good
admin-delete = Delete

## Content
admin-content-title = Content
admin-content-intro = Edit the texts of the site in the four languages. Changes show on the site at once.
admin-content-new-project = New project
admin-content-new-activity = New activity
admin-content-new-person = New team member
admin-content-new-section = New section
admin-content-projects = Projects
admin-content-activities = Activities
admin-content-people = Team
admin-content-page = Page: { $page }
admin-content-group = Where
admin-content-missing = Missing translations
admin-missing-translation = Translation missing
admin-unpublished = Not published
admin-yes = Yes
admin-content-new = New entry
admin-content-edit = Edit: { $name }
admin-back-to-content = Back to all content
admin-saved = Saved.
admin-see-page = See the page
admin-field-slug = Address (slug)
admin-field-slug-hint = Small letters, numbers and hyphens, the same in every language. It cannot change later.
admin-field-name = Name
admin-field-page = Page
admin-field-position = Order
admin-field-position-hint = Smaller numbers come first.
admin-field-published = Published
admin-field-title = Title
admin-field-summary = Summary
admin-field-body = Text
admin-field-role = Role
admin-field-bio = About her
admin-markdown-hint = Texts use Markdown: an empty line starts a new paragraph, a line starting with "- " is a list item, **bold**, *italics*.
admin-save = Save
admin-preview = Preview
admin-preview-label = Preview: as the site will show it. Not saved yet.
admin-preview-of = Preview in
admin-error-slug = The address may only have small letters, numbers and hyphens.
admin-error-slug-taken = This address is already used.
admin-error-position = The order must be a whole number.
admin-error-name = Write a name.
admin-error-page = Choose a page.
admin-error-no-text = Write the text in at least one language.

## Statistics
admin-stats-title = Statistics
admin-show = Show
admin-total = Total
admin-stats-by-month = Requests per month
admin-stats-by-kind = Requests per kind
admin-stats-by-topic = Orientation requests per subject
admin-stats-by-help = Support offers per way to help
admin-stats-by-region = Requests per region
admin-stats-by-language = Requests per language
admin-stats-note = Counted as requests arrive: a request deleted later still counts here. Days are counted in universal time (UTC).

## Coordinators
admin-coordinators-title = Coordinators
admin-role = Role
admin-role-admin = Administrator
admin-role-coordinator = Coordinator
admin-role-editor = Editor
admin-remove = Remove
admin-add-coordinator = Add a coordinator
admin-password-hint = At least 12 characters. Give it to her or him in person, not by email.
admin-role-hint = Administrators do everything. Coordinators handle requests, volunteers and statistics. Editors edit the website's content only: they see no request.
admin-change-role = Change the role
admin-add = Add
admin-error-password-short = The password needs at least 12 characters.
admin-error-email-taken = There is already an account with this email address.

error-login-again = Please sign in again.

admin-her-safety = Her safety: how to contact her

## Months, abbreviated, in back-office times ("4 Dec 2026, 04:48")
month-short-1 = Jan
month-short-2 = Feb
month-short-3 = Mar
month-short-4 = Apr
month-short-5 = May
month-short-6 = Jun
month-short-7 = Jul
month-short-8 = Aug
month-short-9 = Sept
month-short-10 = Oct
month-short-11 = Nov
month-short-12 = Dec

## Mine and follow-ups
admin-mine-title = Mine
admin-mine-assigned = Given to me
admin-mine-none = No open request is given to you.
admin-mine-waiting = New, nobody has taken them yet
admin-mine-waiting-hint = The longest waiting first. Open one and give it to yourself under "Handle".
admin-mine-none-waiting = Every new request has been taken.
admin-follow-ups-title = Follow-ups
admin-follow-ups-overdue = Overdue
admin-follow-ups-today = Due today
admin-follow-ups-none = Nothing here.
admin-follow-up = Call back on
admin-follow-up-save = Save the day
admin-follow-up-clear = No call back
admin-follow-up-error = Write the day as year-month-day, for example 2027-01-31.

## Contact attempts
admin-attempts = Contact attempts
admin-no-attempts = No contact attempt yet.
admin-attempt-outcome = What happened
admin-attempt-record = Record
admin-attempt-no-messages = She said no message may be left.
admin-attempt-confirm-needed = She said no message may be left. Record "message left" only if it really happened.
admin-attempt-confirm = It happened: record "message left" anyway.
admin-attempt-no_answer = Called: no answer
admin-attempt-spoke = Called: spoke with her
admin-attempt-message_left = Called: message left
admin-attempt-email_sent = Email sent
admin-attempt-met = Met

## Volunteers
admin-volunteers-title = Volunteers
admin-volunteers-search = Name or reference
admin-volunteers-search-hint = Whole words of the name, in any case, with or without accents. To find someone by email address or phone number, use "Find a person".
admin-volunteers-none = No volunteer matches.
admin-volunteer-new = New
admin-volunteer-contacted = Contacted
admin-volunteer-active = Active
admin-volunteer-paused = Paused
admin-volunteer-ended = Ended

## Find a person
admin-people-title = Find a person
admin-people-intro = Every record about one person, found from her email address or phone number: to show her, give her or erase what we hold about her. Each search is recorded in the history, without the address or number.
admin-people-contact = Email address or phone number
admin-people-contact-hint = As she gave it. A phone number without a country code is read as Belgian.
admin-people-error = Write an email address (name@example.org) or a phone number.
admin-people-find = Find
admin-people-found = { $count ->
    [0] Nothing found
    [one] One record found
   *[other] { $count } records found
}
admin-people-export-page = Show all to print
admin-people-export-json = Download all (JSON)
admin-people-export-title = Everything we hold about this person
admin-people-export-print = Print this page or save it as PDF with your browser. It holds everything: keep it safe, and delete your copy once she has it.
admin-people-erase-title = Erase everything
admin-people-erase-text = Deletes these records with their notes, contact attempts and emails, at once. Backups keep them until they are replaced.
admin-people-erase-confirm = { $count ->
    [one] I checked it is her: erase this record.
   *[other] I checked it is her: erase these { $count } records.
}
admin-people-erase = Erase
admin-people-confirm-missing = Tick the box to confirm the erasure.
admin-people-erased = { $count ->
    [0] Nothing was erased.
    [one] One record was erased.
   *[other] { $count } records were erased.
}

## Her account
admin-account-title = Your account
admin-password-change = Change your password
admin-password-current = Current password
admin-password-new = New password
admin-password-new-hint = At least 12 characters, hard to guess: several unusual words work well.
admin-password-repeat = New password, once more
admin-password-save = Change the password
admin-password-changed = Your password has changed. Your other sessions have ended.
admin-error-password-current = This is not your current password.
admin-error-password-repeat = The two new passwords are not the same.
admin-error-password-guessable = This password is too easy to guess. Use several unusual words, not a name, a date or a common phrase.
admin-sessions-title = Where you are signed in
admin-sessions-intro = Each browser where your account is open. Only the browser and the system are kept, never an address.
admin-session-this = This browser
admin-session-started = Signed in
admin-session-used = Last used
admin-sessions-end-others = Sign out everywhere else
admin-sessions-ended = Every other session has ended.
admin-unknown-browser = An unknown browser

## History
admin-audit-title = History of the back office
admin-audit-intro = Who did what, and when: sign-ins, accounts and roles, passwords, exports, and who opened which request. No address is ever recorded.
admin-audit-sign-ins = Sign-ins since { $from }
admin-audit-log = Every action
admin-audit-person = Person
admin-audit-action = Action
admin-audit-when = When
admin-audit-detail = Detail
admin-audit-none = Nothing here.
admin-fresh-start = Fresh start
admin-fresh-start-title = A fresh start
admin-fresh-start-made = Every session of { $name } has ended. Give her this link yourself, in person or by phone: no email is sent.
admin-fresh-start-link = The link
admin-fresh-start-link-hint = It works once, for 24 hours. It lets her set a new password.
admin-fresh-start-intro = { $name }, choose a new password for the back office. Then sign in with it.
admin-fresh-start-gone = This link no longer works: it was used, it expired, or a newer one replaced it. Ask an administrator for a new one.

## Two-step sign-in
admin-login-code = Code
admin-login-code-hint = The six-digit code from your authenticator app, or one of your recovery codes. Leave it empty if you have not set up two-step sign-in yet.
admin-two-step-set = On
admin-two-step-not-set = Not set up
admin-two-step-title = Two-step sign-in
admin-two-step-required = Before anything else, set up two-step sign-in. It protects what women have entrusted to us, even if someone learns your password.
admin-two-step-intro = After your password, the back office asks for a six-digit code that an app on your phone makes anew every 30 seconds. Each code works once.
admin-two-step-step-app = Open an authenticator app on your phone (any one works; free and open-source ones include Aegis and FreeOTP).
admin-two-step-step-scan = Add an account in the app and scan this code, or type the key below it.
admin-two-step-qr-alt = QR code of the key for your authenticator app (the same key is written below)
admin-two-step-key = Key:
admin-two-step-step-code = The six-digit code your app shows now
admin-two-step-confirm = Turn on two-step sign-in
admin-two-step-keep-old = Keep the phone you have now
admin-two-step-on = Two-step sign-in is on.
admin-two-step-off = Two-step sign-in is not set up yet.
admin-two-step-manage = Recovery codes and a new phone
admin-two-step-set-up = Set up two-step sign-in
admin-two-step-new-phone = Move to a new phone
admin-two-step-new-phone-hint = Set up the app on the new phone. Your present phone keeps working until the new one has given its first code.
admin-two-step-start-again = This set-up is no longer valid. Scan the new code below.
admin-two-step-wrong-code = This code does not match. Type the code your app shows now (it changes every 30 seconds), and check that the phone's clock is right.
admin-recovery-codes-title = Recovery codes
admin-recovery-codes-left = { $count ->
        [one] You have { $count } unused recovery code.
       *[other] You have { $count } unused recovery codes.
    }
admin-recovery-codes-renew = Make new recovery codes
admin-recovery-codes-renew-hint = Your present recovery codes stop working.
admin-recovery-codes-intro = If you lose your phone, each of these codes lets you sign in once, in place of the code from your app. Print them or write them down, and keep them apart from your phone.
admin-recovery-codes-once = They are shown only this once: we keep them in a form that cannot be read back.
admin-recovery-codes-done = I have kept them: continue

## Warnings that need a person
admin-warnings-label = Needs attention
admin-warning-mail = { $count ->
        [one] Mail is not getting through: { $count } message is waiting, the oldest since { $since }. Coordinators may not hear of new requests: check the mail settings (SMTP_URL) and the server's log.
       *[other] Mail is not getting through: { $count } messages are waiting, the oldest since { $since }. Coordinators may not hear of new requests: check the mail settings (SMTP_URL) and the server's log.
    }
admin-warning-backup-failed = The last backup failed ({ $when }). The server's log says why; check the backup folder (BACKUP_DIR).
admin-warning-backup-old = The newest backup is more than two days old ({ $when }). Check that the server runs and can write to the backup folder (BACKUP_DIR).
admin-warning-data-key = The key that encrypts what women wrote was made on this server (the file data.key in the data folder) and nobody has noted storing a copy. Without it, no backup can be read. Store a copy somewhere safe, apart from the backups.
admin-warning-data-key-stored = I have stored a copy of the key
admin-warning-data-key-admins = An administrator must store a copy of it and confirm here.
admin-warning-disk = The disk of the data folder is nearly full: { $megabytes } MB left. When it is full, the forms can no longer take requests.
