# The coordinators' back office.

admin-name = Back office
admin-nav-label = Back office menu
admin-nav-requests = Requests
admin-nav-content = Content
admin-nav-stats = Statistics
admin-nav-coordinators = Coordinators
admin-nav-site = Public site
admin-new-count = { $count } new
admin-logout = Sign out

## Login
admin-login-title = Sign in
admin-password = Password
admin-login-button = Sign in
admin-login-failed = The email address or the password is not right.
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
admin-previous = Previous page
admin-next = Next page
admin-col-reference = Reference
admin-col-kind = Kind
admin-col-status = Status
admin-col-subjects = Subjects
admin-col-region = Region
admin-col-language = Language
admin-col-assigned = Assigned to
admin-col-created = Received
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
admin-audit-content_saved = saved content
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

## Coordinators
admin-coordinators-title = Coordinators
admin-role = Role
admin-role-admin = Administrator
admin-role-coordinator = Coordinator
admin-remove = Remove
admin-add-coordinator = Add a coordinator
admin-password-hint = At least 12 characters. Give it to her or him in person, not by email.
admin-make-admin = Administrator (manages coordinators and content)
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
