// Events in a real browser: the public list, an event's page with its registration form,
// her private page (see or cancel her registration) and the back office's event pages.
//
//   1. axe (WCAG 2.2 A and AA), headings in order, a label on every field and errors tied
//      to their fields, in all four languages: the list (empty, then with events), an
//      event open for registration, one full (waiting list), one cancelled, one past, the
//      form with errors, her private page (a place, the waiting list, cancelled), the home
//      page with its next events, and in the back office the events list (empty and with
//      counts), the editor (new, with errors, existing, in preview) and the registrations.
//   2. Registering with the keyboard alone, ending on her private page with a place.
//   3. Registering and cancelling without JavaScript; a place she gives up goes to the
//      first on the waiting list.
//   4. At 360 px wide, no event page scrolls sideways and every tap target is 24 x 24.
//
// The site starts with no event: this file creates its own through the back office's
// editor, as a coordinator would, with slugs of this run only (the whole suite shares one
// database). scripts/test creates the administrator (ADMIN_EMAIL, ADMIN_PASSWORD); this
// file signs in once (the login limiter's budget is shared with admin.test.js and
// casework.test.js) and its back-office phone check reuses that session.
//
// What a page says is compared with the site's own words, read from locales/*/events.ftl,
// so that "she has a place" is checked in every language without copying translations.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  BASE_URL,
  LANGS,
  PHONE,
  axeViolations,
  formatViolations,
  headingProblems,
  launch,
  newContext,
  pagePool,
  phoneProblems,
  sidewaysOverflow,
  signIn,
  unlabelledFields,
  untiedErrors,
  visit,
} from './lib.js';

const EMAIL = process.env.ADMIN_EMAIL;
const PASSWORD = process.env.ADMIN_PASSWORD;
const here = path.dirname(fileURLToPath(import.meta.url));

// ---- the site's words ---------------------------------------------------------------------

/** The one-line messages of a Fluent file (those with a variable or several lines are left out). */
function messages(file) {
  const found = {};
  for (const [, key, text] of readFileSync(file, 'utf8').matchAll(/^([a-z][a-z0-9_-]*) = ([^{\n]+)$/gm)) {
    found[key] = text.trim();
  }
  return found;
}
const WORDS = Object.fromEntries(
  LANGS.map((lang) => [lang, messages(path.resolve(here, `../../locales/${lang}/events.ftl`))]),
);
/** What the site says for `key` in `lang`. */
function say(lang, key) {
  const text = WORDS[lang][key];
  assert.ok(text, `locales/${lang}/events.ftl has no one-line message ${key}`);
  return text;
}

// ---- this run's events ------------------------------------------------------------------

// Slugs and contacts of this run only: the suite's database outlives a single file.
const RUN = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
const YEAR = new Date().getFullYear();

const body = (heading, items) => `## ${heading}\n\n${items.map((i) => `- ${i}`).join('\n')}\n\nEntrada libre, sin papeles.`;

/**
 * The events, as the editor is filled in. Long Dutch and French words in the titles are
 * on purpose: they are the likeliest to widen a page on a phone. The past event is written
 * in Spanish only, so the other languages show it with its own lang attribute.
 */
const EVENTS = {
  open: {
    slug: `taller-permisos-${RUN}`,
    kind: 'workshop',
    starts: `${YEAR + 1}-03-12T18:00`,
    ends: `${YEAR + 1}-03-12T20:30`,
    town: 'Bruxelles',
    address: 'Rue Haute 150, 1000',
    addressPrivate: true,
    languages: ['es', 'fr'],
    accessibility: ['step_free', 'childcare'],
    capacity: 60,
    max: 2,
    texts: {
      es: ['Taller sobre permisos de residencia', 'Qué papeles pedir, dónde y en qué plazos.', body('Programa', ['Bienvenida', 'Preguntas'])],
      en: ['Workshop on residence permits', 'Which papers to ask for, where and by when.', body('Programme', ['Welcome', 'Questions'])],
      nl: ['Informatiebijeenkomst over verblijfsvergunningsaanvragen', 'Welke papieren, waar en wanneer.', body('Programma', ['Welkom', 'Vragen'])],
      fr: ['Atelier sur les renouvellements de titres de séjour', 'Quels papiers demander, où et dans quels délais.', body('Programme', ['Accueil', 'Questions'])],
    },
  },
  full: {
    slug: `grupo-pequeno-${RUN}`,
    kind: 'focus_group',
    // A focus group: nothing a woman keeps of it (tab title, history) may name its topic.
    sensitive: true,
    starts: `${YEAR + 1}-04-20T10:00`,
    ends: `${YEAR + 1}-04-20T12:00`,
    online: true,
    capacity: 1,
    max: 1,
    waitingList: true,
    texts: {
      es: ['Grupo de conversación', 'Un grupo pequeño, en línea.', body('Cómo', ['Con cámara o sin ella'])],
      en: ['Conversation group', 'A small group, online.', body('How', ['With or without a camera'])],
      nl: ['Gespreksgroep', 'Een kleine groep, online.', body('Hoe', ['Met of zonder camera'])],
      fr: ['Groupe de parole', 'Un petit groupe, en ligne.', body('Comment', ['Avec ou sans caméra'])],
    },
  },
  cancelled: {
    slug: `debate-cancelado-${RUN}`,
    kind: 'debate',
    status: 'cancelled',
    starts: `${YEAR + 1}-05-08T19:00`,
    ends: `${YEAR + 1}-05-08T21:00`,
    town: 'Antwerpen',
    address: 'Kammenstraat 1',
    texts: {
      es: ['Debate sobre trabajo doméstico', 'Derechos de las trabajadoras del hogar.', body('Con', ['Dos invitadas'])],
      en: ['Debate on domestic work', 'The rights of domestic workers.', body('With', ['Two guests'])],
      nl: ['Debat over huishoudelijk werk', 'De rechten van huishoudhulpen.', body('Met', ['Twee gasten'])],
      fr: ['Débat sur le travail domestique', 'Les droits des travailleuses domestiques.', body('Avec', ['Deux invitées'])],
    },
  },
  past: {
    slug: `conferencia-pasada-${RUN}`,
    kind: 'conference',
    starts: `${YEAR - 1}-10-15T18:00`,
    ends: `${YEAR - 1}-10-15T20:00`,
    town: 'Liège',
    texts: {
      es: ['Conferencia sobre salud', 'Acceso a la salud sin papeles.', body('Resumen', ['Ponencias', 'Preguntas'])],
    },
  },
};

const ids = {}; // the events' ids in the back office, by name
const secrets = {}; // registrations made here, by name: the secret of her private link

// ---- the browser ----------------------------------------------------------------------------

let browser;
let staff; // the coordinator's context: signed in, axe loaded in every page
let visitor; // a woman's context: axe loaded in every page
// A new tab for each form filled in: clicks get slow in a tab that has seen many pages.
const withVisitorPage = pagePool(() => visitor, 1);
const withStaffTab = pagePool(() => staff, 1);

before(async () => {
  // Never skipped: without the account the back office goes untested, so say so and fail.
  assert.ok(
    EMAIL && PASSWORD,
    'ADMIN_EMAIL and ADMIN_PASSWORD are not set: run the browser tests through scripts/test, which creates the administrator',
  );
  browser = await launch();
  staff = await newContext(browser, { axe: true });
  const page = await staff.newPage();
  try {
    await signIn(page, EMAIL, PASSWORD);
  } catch (error) {
    // Refused, the sign-in form comes back and signIn waits in vain: say why.
    const said = await page.locator('.error-summary').innerText().catch(() => 'no message');
    throw new Error(
      `signing in as ${EMAIL} failed (${said.trim()}); the login limiter allows 5 sign-ins per account at once, ` +
        'then one every three minutes, and other files sign in as the same administrator',
      { cause: error },
    );
  }
  await page.close();
  visitor = await newContext(browser, { axe: true });
});

after(async () => {
  await browser?.close();
});

// ---- helpers ----------------------------------------------------------------------------

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const eventPath = (lang, name) => `/${lang}/events/${EVENTS[name].slug}`;

/**
 * Does something that posts a form (a click, a key) and waits for the page the post leads
 * to, styles and all; checks the POST's status (303 for a change made, 422 for a form
 * shown again with its errors, 200 for a preview).
 */
async function post(page, action, status) {
  const posted = page.waitForResponse((r) => r.request().method() === 'POST');
  const loaded = page.waitForEvent('load');
  loaded.catch(() => {});
  await action();
  const response = await posted;
  assert.equal(response.status(), status, `POST ${new URL(response.url()).pathname} answered ${response.status()}, expected ${status}`);
  await loaded;
  return response;
}

/** Fills the back office's event editor with an event of EVENTS (through the fields, as she types). */
async function fillEditor(page, event) {
  if (await page.locator('#slug').count()) await page.locator('#slug').fill(event.slug);
  await page.locator('#kind').selectOption(event.kind);
  await page.locator('#status').selectOption(event.status || 'scheduled');
  await page.locator('#starts_at').fill(event.starts);
  await page.locator('#ends_at').fill(event.ends);
  await page.locator('#online').setChecked(!!event.online);
  await page.locator('#town').fill(event.town || '');
  await page.locator('#address').fill(event.address || '');
  await page.locator('#address_private').setChecked(!!event.addressPrivate);
  for (const code of event.languages || []) await page.locator(`#language-${code}`).check();
  for (const code of event.accessibility || []) await page.locator(`#accessibility-${code}`).check();
  await page.locator('#capacity').fill(String(event.capacity || 20));
  await page.locator('#max_per_registration').fill(String(event.max || 1));
  await page.locator('#waiting_list').setChecked(event.waitingList !== false);
  // A new event starts sensitive; only those that must be stay so.
  await page.locator('#sensitive').setChecked(!!event.sensitive);
  await page.locator('#published').check();
  for (const [lang, [title, summary, text]] of Object.entries(event.texts)) {
    await page.locator(`#${lang}-title`).fill(title);
    await page.locator(`#${lang}-summary`).fill(summary);
    await page.locator(`#${lang}-body`).fill(text);
  }
}

/** Creates an event of EVENTS through the editor; returns its id. */
async function createEvent(page, name) {
  await visit(page, '/admin/events/new');
  await fillEditor(page, EVENTS[name]);
  await post(page, () => page.locator('form.editor button.button-primary').click(), 303);
  const saved = new URL(page.url());
  const id = saved.pathname.match(/^\/admin\/events\/(\d+)$/)?.[1];
  assert.ok(id && saved.search === '?saved', `saving ${name} led to ${saved.pathname}${saved.search}`);
  // The notice links to the public page, which now exists.
  assert.match(await page.locator('p.notice[role=status] a').getAttribute('href'), new RegExp(`/events/${EVENTS[name].slug}$`));
  return Number(id);
}

/** The valid answers of the registration form; `changes` replaces some. */
const ANSWERS = { name: 'Rosa', email: '', phone: '0470 12 34 56', consent: true };

/** Fills the registration form through Playwright's actions (works with and without JavaScript). */
async function fillRegistration(page, changes = {}) {
  const a = { ...ANSWERS, ...changes };
  for (const field of ['name', 'email', 'phone']) await page.locator(`#${field}`).fill(a[field]);
  if (a.safe) await page.locator(`#safe_to_message-${a.safe}`).check();
  if (a.places) await page.locator('#places').fill(String(a.places));
  for (const need of a.needs || []) await page.locator(`#need-${need}`).check();
  if (a.interpreter) await page.locator('#interpreter_language').selectOption(a.interpreter);
  await page.locator('#mail').setChecked(!!a.mail);
  await page.locator('#consent').setChecked(!!a.consent);
}

const registrationUrl = (lang) => new RegExp(`^${escape(BASE_URL)}/${lang}/registration/([^/?#]+)\\?new$`);

/** Waits for her private page, as a registration leads to it; returns the secret of its link. */
async function waitForPrivatePage(page, lang) {
  await page.waitForURL(registrationUrl(lang), { waitUntil: 'load' });
  return page.url().match(registrationUrl(lang))[1];
}

/** Registers for an event through its form (the valid answers, with `changes`); returns her secret. */
async function register(page, lang, name, changes = {}) {
  await visit(page, eventPath(lang, name));
  await fillRegistration(page, changes);
  await post(page, () => page.locator('form.form button[type=submit]').click(), 303);
  return waitForPrivatePage(page, lang);
}

/** Sends the registration form empty and waits for it to come back with its errors. */
async function openErrorState(page, lang, name) {
  await visit(page, eventPath(lang, name));
  await post(page, () => page.locator('form.form button[type=submit]').click(), 422);
  await page.locator('.error-summary').waitFor();
}

/** What her private page says of her registration: the state, as in its details. */
async function stateShown(page, lang) {
  const label = say(lang, 'registration-label-state');
  return (await page.locator('dl.event-details dt', { hasText: label }).locator('xpath=following-sibling::dd[1]').innerText()).trim();
}

/** Her private page says she has a place (`heading`: as first shown, after registering). */
async function saysSheHasAPlace(page, lang, { heading = true } = {}) {
  if (heading) assert.equal((await page.locator('main h1').innerText()).trim(), say(lang, 'registration-confirmed-heading'), `${lang}: the heading`);
  assert.match(await stateShown(page, lang), new RegExp(`^${escape(say(lang, 'event-registration-confirmed'))}`), `${lang}: her state`);
  // While she has one she can give it up.
  assert.equal(await page.locator('form[action$="/cancel"] button[type=submit]').count(), 1, `${lang}: a button to cancel`);
}

/** Her private page says she is on the waiting list, as first shown after registering. */
async function saysSheWaits(page, lang) {
  assert.equal((await page.locator('main h1').innerText()).trim(), say(lang, 'registration-waiting-heading'), `${lang}: the heading`);
  assert.match(await stateShown(page, lang), new RegExp(`^${escape(say(lang, 'event-registration-waiting'))}`), `${lang}: her state`);
}

/** Her private page, right after she cancelled, says so, with nothing left to cancel. */
async function saysCancelled(page, lang) {
  assert.equal((await page.locator('main p.notice[role=status]').innerText()).trim(), say(lang, 'registration-cancelled-now'), `${lang}: the notice`);
  assert.equal(await stateShown(page, lang), say(lang, 'event-registration-cancelled'), `${lang}: her state`);
  assert.equal(await page.locator('form[action$="/cancel"]').count(), 0, `${lang}: nothing left to cancel`);
}

/** Everything checked on every page: its language, axe, headings, labels, nothing from other sites. */
async function checkPage(page, lang, what, context) {
  assert.equal(await page.locator('html').getAttribute('lang'), lang, `${what}: <html lang>`);
  const violations = await axeViolations(page);
  assert.ok(
    violations.length === 0,
    `${what}: ${violations.length} axe violation(s) of WCAG 2.2 A/AA:\n${formatViolations(violations)}`,
  );
  const headings = await page.evaluate(headingProblems);
  assert.deepEqual(headings, [], `${what}: headings out of order:\n  ${headings.join('\n  ')}`);
  const unlabelled = await page.evaluate(unlabelledFields);
  assert.deepEqual(unlabelled, [], `${what}: fields without a label:\n  ${unlabelled.join('\n  ')}`);
  assert.deepEqual(context.outsideRequests, [], `${what}: requests to other sites`);
}

/** The page's errors are each next to a field that points at it, and the summary links to them. */
async function checkErrors(page, what, atLeast) {
  const { count, problems } = await page.evaluate(untiedErrors);
  assert.ok(count >= atLeast, `${what}: only ${count} error message(s) next to fields`);
  assert.deepEqual(problems, [], `${what}: ${problems.join('\n')}`);
  const targets = await page.locator('.error-summary a').evaluateAll((links) =>
    links.map((a) => [a.getAttribute('href'), !!document.querySelector(a.getAttribute('href'))]),
  );
  assert.ok(targets.length >= atLeast, `${what}: the error summary links to the fields`);
  for (const [href, exists] of targets) assert.ok(exists, `${what}: the summary links to ${href}, which is not on the page`);
}

const eventsReady = () => assert.equal(Object.keys(ids).length, Object.keys(EVENTS).length, 'the events were created in the back office');

// ---- before any event -----------------------------------------------------------------------

describe('before any event is announced', () => {
  // Only a database without events shows the empty states; the suite starts with one.
  for (const lang of LANGS) {
    test(`the list says so in ${lang}`, async (t) => {
      await withVisitorPage(async (page) => {
        await visit(page, `/${lang}/events`);
        if (await page.locator('.event-card').count()) return t.skip('events exist already in this database');
        assert.equal(await page.locator('#events-upcoming-title + .notice').innerText(), say(lang, 'events-none-upcoming'));
        await checkPage(page, lang, `/${lang}/events (empty)`, visitor);
      });
    });
  }

  test('the back office says so in every language', async (t) => {
    await withStaffTab(async (page) => {
      await visit(page, '/admin/events');
      if (await page.locator('table.data').count()) return t.skip('events exist already in this database');
      for (const lang of LANGS) {
        await visit(page, `/language/${lang}/admin/events`);
        assert.equal(await page.locator('main p.notice').count(), 1, `${lang}: the empty list says so`);
        await checkPage(page, lang, `${lang} /admin/events (empty)`, staff);
      }
    });
  });
});

// ---- the back office announces them ---------------------------------------------------------

describe('the back office', () => {
  test('announces the events through the editor', async () => {
    await withStaffTab(async (page) => {
      for (const name of Object.keys(EVENTS)) ids[name] = await createEvent(page, name);
      // A slug is the event's address: a second event cannot take one in use.
      await visit(page, '/admin/events/new');
      await fillEditor(page, EVENTS.open);
      await post(page, () => page.locator('form.editor button.button-primary').click(), 422);
      assert.equal(await page.locator('#slug-error').count(), 1, 'a slug in use is refused');
      assert.equal(await page.locator('#slug').inputValue(), EVENTS.open.slug, 'what was typed is kept');
    });
  });

  test('lists them with their counts once women have registered', async () => {
    eventsReady();
    // One place and the waiting list for the small event; a place given up on the open one.
    await withVisitorPage(async (page) => {
      secrets.fullPlace = await register(page, 'es', 'full', { name: 'Primera' });
      await saysSheHasAPlace(page, 'es');
      secrets.fullWaiting = await register(page, 'nl', 'full', { name: 'Tweede' });
      await saysSheWaits(page, 'nl');
      secrets.open = await register(page, 'fr', 'open', { places: 2, needs: ['interpreter'], interpreter: 'pt' });
      await saysSheHasAPlace(page, 'fr');
      // The private address is hers once she has a place.
      assert.match(await page.locator('main').innerText(), new RegExp(escape(EVENTS.open.address)), 'her page shows the private address');
      secrets.cancelled = await register(page, 'en', 'open', { name: 'Changed Mind' });
      await post(page, () => page.locator('form[action$="/cancel"] button').click(), 303);
      await saysCancelled(page, 'en');
    });
    await withStaffTab(async (page) => {
      await visit(page, '/language/en/admin/events');
      const row = (name) => page.locator('table.data tbody tr', { has: page.locator(`a[href="/admin/events/${ids[name]}"]`) });
      const cells = async (name) => (await row(name).locator('td').allInnerTexts()).map((s) => s.trim());
      // When, status, places given, waiting, cancelled, came.
      assert.deepEqual((await cells('full')).slice(2), ['1 / 1', '1', '0', '0'], 'the small event: full, one waiting');
      assert.deepEqual((await cells('open')).slice(2), [`2 / ${EVENTS.open.capacity}`, '0', '1', '0'], 'the open event: two places, one cancelled');
      await visit(page, `/admin/events/${ids.full}/registrations`);
      assert.equal(await page.locator('table.data tbody tr').count(), 2, 'both registrations listed');
      assert.equal(await page.locator(`form[action$="/promote"]`).count(), 1, 'the one waiting can be given a place');
    });
  });
});

// ---- 1. axe on the public pages ---------------------------------------------------------------

describe('the public event pages pass axe in every language', { concurrency: 2 }, () => {
  for (const lang of LANGS) {
    test(`the list in ${lang}: upcoming, then past`, async () => {
      eventsReady();
      await withVisitorPage(async (page) => {
        await visit(page, `/${lang}/events`);
        const upcoming = page.locator('section[aria-labelledby=events-upcoming-title]');
        const past = page.locator('section[aria-labelledby=events-past-title]');
        const card = (section, name) => section.locator(`.event-card:has(a[href="${eventPath(lang, name)}"])`);
        for (const name of ['open', 'full', 'cancelled']) assert.equal(await card(upcoming, name).count(), 1, `${name} is upcoming`);
        assert.equal(await card(past, 'past').count(), 1, 'the past event is under past events');
        assert.ok(
          await upcoming.evaluate((u, p) => !!(u.compareDocumentPosition(p) & Node.DOCUMENT_POSITION_FOLLOWING), await past.elementHandle()),
          'upcoming events come first',
        );
        assert.equal((await card(upcoming, 'cancelled').locator('.badge').innerText()).trim(), say(lang, 'event-status-cancelled'));
        assert.equal((await card(upcoming, 'full').locator('.event-availability').innerText()).trim(), say(lang, 'event-full-waiting-list'));
        // Written in Spanish only: marked as such where the page is in another language.
        assert.equal(await card(past, 'past').getAttribute('lang'), lang === 'es' ? null : 'es', 'the past event\'s language');
        await checkPage(page, lang, `/${lang}/events`, visitor);
      });
    });

    test(`the home page's next events in ${lang}`, async () => {
      eventsReady();
      await withVisitorPage(async (page) => {
        await visit(page, `/${lang}/`);
        assert.ok((await page.locator('section[aria-labelledby=home-events-title] .event-card').count()) > 0, 'the home page shows the next events');
        await checkPage(page, lang, `/${lang}/ with events`, visitor);
      });
    });

    test(`an event open for registration in ${lang}`, async () => {
      eventsReady();
      await withVisitorPage(async (page) => {
        await visit(page, eventPath(lang, 'open'));
        assert.equal((await page.locator('main h1').innerText()).trim(), EVENTS.open.texts[lang][0]);
        assert.equal((await page.locator('form.form h2').innerText()).trim(), say(lang, 'event-form-title'));
        assert.equal(await page.locator('#places').getAttribute('max'), String(EVENTS.open.max), 'up to two places');
        // The address is private: the page names the town only.
        const text = await page.locator('main').innerText();
        assert.ok(text.includes(EVENTS.open.town) && !text.includes(EVENTS.open.address), 'the town, not the address');
        await checkPage(page, lang, eventPath(lang, 'open'), visitor);
      });
    });

    test(`a full event with a waiting list in ${lang}`, async () => {
      eventsReady();
      await withVisitorPage(async (page) => {
        await visit(page, eventPath(lang, 'full'));
        assert.equal((await page.locator('form.form h2').innerText()).trim(), say(lang, 'event-form-title-waiting'));
        assert.equal((await page.locator('form.form button[type=submit]').innerText()).trim(), say(lang, 'event-submit-waiting'));
        assert.equal(await page.locator('#places').count(), 0, 'one place a registration: no number to choose');
        await checkPage(page, lang, eventPath(lang, 'full'), visitor);
      });
    });

    test(`a cancelled event in ${lang}`, async () => {
      eventsReady();
      await withVisitorPage(async (page) => {
        await visit(page, eventPath(lang, 'cancelled'));
        assert.equal((await page.locator('main .notice-urgent').innerText()).trim(), say(lang, 'event-status-cancelled'));
        assert.equal(await page.locator('form.form').count(), 0, 'no registration form');
        await checkPage(page, lang, eventPath(lang, 'cancelled'), visitor);
      });
    });

    test(`a past event in ${lang}`, async () => {
      eventsReady();
      await withVisitorPage(async (page) => {
        await visit(page, eventPath(lang, 'past'));
        assert.equal(await page.locator('form.form').count(), 0, 'no registration form');
        assert.equal(await page.locator('main article').getAttribute('lang'), lang === 'es' ? null : 'es', 'the text\'s language');
        await checkPage(page, lang, eventPath(lang, 'past'), visitor);
      });
    });

    test(`the registration form with errors in ${lang}`, async () => {
      eventsReady();
      await withVisitorPage(async (page) => {
        await visit(page, eventPath(lang, 'open'));
        // A place too many, mail without an address, no consent.
        await fillRegistration(page, { name: 'Ana', email: '', phone: '', places: 3, mail: true, consent: false });
        await post(page, () => page.locator('form.form button[type=submit]').click(), 422);
        await page.locator('.error-summary').waitFor();
        for (const field of ['email', 'places', 'mail', 'consent']) {
          assert.equal(await page.locator(`#${field}-error`).count(), 1, `an error next to ${field}`);
        }
        assert.equal(await page.locator('#name').inputValue(), 'Ana', 'what was typed is kept');
        assert.equal(await page.locator('#places').inputValue(), '3', 'the number typed is kept');
        assert.ok(await page.locator('#mail').isChecked(), 'the box ticked is kept');
        // With JavaScript, focus moves to the summary so a screen reader reads it first.
        assert.ok(await page.locator('.error-summary').evaluate((el) => el === document.activeElement), 'the error summary has the focus');
        await checkErrors(page, `${eventPath(lang, 'open')} with errors`, 4);
        // The focused summary scrolls the page, leaving the header's links cut by the top of
        // the window, which axe's target-size rule counts as obscured: checked from its top.
        await page.evaluate(() => window.scrollTo(0, 0));
        await checkPage(page, lang, `${eventPath(lang, 'open')} with errors`, visitor);
      });
    });

    test(`her private page in ${lang}: a place, the waiting list, cancelled`, async () => {
      assert.ok(secrets.open && secrets.fullWaiting && secrets.cancelled, 'the registrations were made');
      await withVisitorPage(async (page) => {
        // As first shown, right after registering.
        await visit(page, `/${lang}/registration/${secrets.open}?new`);
        await saysSheHasAPlace(page, lang);
        await checkPage(page, lang, `${lang} private page, a place (new)`, visitor);
        // As she finds it again later through her link.
        await visit(page, `/${lang}/registration/${secrets.open}`);
        assert.equal((await page.locator('main h1').innerText()).trim(), say(lang, 'registration-title'));
        await saysSheHasAPlace(page, lang, { heading: false });
        await checkPage(page, lang, `${lang} private page, a place`, visitor);

        await visit(page, `/${lang}/registration/${secrets.fullWaiting}?new`);
        await saysSheWaits(page, lang);
        // A sensitive event: the tab's title, kept in her history, is neutral.
        const title = await page.title();
        assert.ok(title.startsWith(say(lang, 'registration-title-neutral')), `${lang}: a neutral title (${title})`);
        assert.ok(!title.includes(EVENTS.full.texts[lang][0]), `${lang}: the title names the focus group (${title})`);
        await checkPage(page, lang, `${lang} private page, waiting list`, visitor);

        await visit(page, `/${lang}/registration/${secrets.cancelled}?cancelled`);
        await saysCancelled(page, lang);
        await checkPage(page, lang, `${lang} private page, cancelled`, visitor);
      });
    });
  }
});

// ---- 1. axe on the back office ------------------------------------------------------------

describe("the back office's event pages pass axe in every language", () => {
  // One language at a time: the back office's language is a cookie of the whole context.
  for (const lang of LANGS) {
    test(lang, async () => {
      eventsReady();
      await withStaffTab(async (page) => {
        const check = (what) => checkPage(page, lang, `${lang} ${what}`, staff);
        await visit(page, `/language/${lang}/admin/events`);
        assert.ok((await page.locator('table.data tbody tr').count()) >= Object.keys(EVENTS).length, 'the list shows the events');
        await check('/admin/events');

        await visit(page, '/admin/events/new');
        await check('/admin/events/new');
        // Sent empty: the summary and each error by its field.
        await post(page, () => page.locator('form.editor button.button-primary').click(), 422);
        for (const field of ['slug', 'starts_at', 'ends_at', 'town']) {
          assert.equal(await page.locator(`#${field}-error`).count(), 1, `an error next to ${field}`);
        }
        await checkErrors(page, `${lang} /admin/events/new with errors`, 4);
        await page.evaluate(() => window.scrollTo(0, 0));
        await check('/admin/events/new with errors');

        await visit(page, '/admin/events/new');
        await fillEditor(page, { ...EVENTS.open, slug: `vista-previa-${RUN}-${lang}` });
        await post(page, () => page.locator('form.editor button[name=preview]').click(), 200);
        assert.equal(await page.locator('section.preview').count(), LANGS.length, 'a preview in each language');
        assert.equal(await page.locator('#slug').inputValue(), `vista-previa-${RUN}-${lang}`, 'nothing is lost by a preview');
        await check('/admin/events/new in preview');

        await visit(page, `/admin/events/${ids.open}`);
        assert.equal(await page.locator('#starts_at').inputValue(), EVENTS.open.starts, 'the time as typed, Belgian time');
        assert.ok(await page.locator('#address_private').isChecked(), 'the address is still private');
        await check(`/admin/events/${ids.open}`);
        await post(page, () => page.locator('form.editor button[name=preview]').click(), 200);
        assert.equal(await page.locator('section.preview').count(), LANGS.length, 'a preview in each language');
        await check(`/admin/events/${ids.open} in preview`);
        // Saved again unchanged: the notice with the link to the public page.
        await visit(page, `/admin/events/${ids.past}`);
        await post(page, () => page.locator('form.editor button.button-primary').click(), 303);
        assert.equal(await page.locator('p.notice[role=status]').count(), 1, 'saved');
        await check(`/admin/events/${ids.past}?saved`);

        for (const name of ['full', 'open']) {
          await visit(page, `/admin/events/${ids[name]}/registrations`);
          assert.ok((await page.locator('table.data tbody tr').count()) >= 2, `the ${name} event's registrations are listed`);
          await check(`the ${name} event's registrations`);
        }
      });
    });
  }

  test('marking who came shows the change', async () => {
    eventsReady();
    await withStaffTab(async (page) => {
      await visit(page, `/language/es/admin/events/${ids.full}/registrations`);
      await post(page, () => page.locator('form[action$="/came"] button').first().click(), 303);
      assert.match(page.url(), /\/registrations\?done$/, 'back to the registrations, done');
      assert.equal(await page.locator('p.notice[role=status]').count(), 1, 'a notice says it is done');
      assert.equal(await page.locator('form[action$="/not-came"]').count(), 1, 'and it can be undone');
      await checkPage(page, 'es', 'es registrations after "came"', staff);
    });
  });
});

// ---- 2. the keyboard alone ---------------------------------------------------------------------

describe('registering with the keyboard alone', () => {
  const activeId = (page) => page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName);

  /** Presses Tab until the focus is on an element matching the selector. */
  async function tabTo(page, selector, limit = 120) {
    for (let i = 0; i < limit; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return;
    }
    throw new Error(`${limit} presses of Tab never reached ${selector}`);
  }

  async function type(page, id, text) {
    await tabTo(page, `#${id}`);
    await page.keyboard.type(text);
  }

  /** Tabs to a checkbox or radio button and ticks it with Space. */
  async function tick(page, selector) {
    await tabTo(page, selector);
    await page.keyboard.press('Space');
    assert.ok(await page.locator(selector).first().isChecked(), `Space did not tick ${selector}`);
  }

  /** Tabs to the send button and presses Enter. */
  const send = (page, status) =>
    post(page, async () => {
      await tabTo(page, 'form.form button[type=submit]');
      await page.keyboard.press('Enter');
    }, status);

  for (const lang of LANGS) {
    test(`in ${lang}, with two places, an interpreter and a confirmation by mail`, async () => {
      eventsReady();
      await withVisitorPage(async (page) => {
        await visit(page, eventPath(lang, 'open'));
        await type(page, 'name', 'Luz');
        await type(page, 'email', `luz.${RUN}.${lang}@example.org`);
        // A group of radio buttons is one Tab stop; Space picks the one with the focus.
        await tick(page, '[name=safe_to_message]');
        await tabTo(page, '#places');
        await page.keyboard.press('ArrowUp');
        assert.equal(await page.locator('#places').inputValue(), '2', 'ArrowUp asks for a second place');
        await tick(page, '#need-interpreter');
        await tabTo(page, '#interpreter_language');
        await page.keyboard.press('ArrowDown');
        assert.notEqual(await page.locator('#interpreter_language').inputValue(), '', 'ArrowDown chose a language');
        await tick(page, '#mail');
        await tick(page, '#consent');
        await send(page, 303);
        await waitForPrivatePage(page, lang);
        await saysSheHasAPlace(page, lang);
        assert.equal((await page.locator('dl.event-details dd').last().innerText()).trim(), '2', 'two places');
      });
    });
  }

  test('a mistake is shown and corrected with the keyboard', async () => {
    eventsReady();
    await withVisitorPage(async (page) => {
      await visit(page, eventPath('es', 'open'));
      await type(page, 'name', 'Sol');
      await send(page, 422);
      assert.equal(await page.locator('#name').inputValue(), 'Sol', 'what was typed is kept');
      // The focus is on the summary; its first link leads to the first field to fix.
      assert.ok(await page.locator('.error-summary').evaluate((e) => e === document.activeElement), 'focus on the summary');
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement.getAttribute('href')), '#field-email');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      assert.equal(await activeId(page), 'email', 'Tab after the summary link goes to the field');
      await page.keyboard.type(`sol.${RUN}@example.org`);
      await tick(page, '#consent');
      await send(page, 303);
      await waitForPrivatePage(page, 'es');
      await saysSheHasAPlace(page, 'es');
    });
  });
});

// ---- 3. without JavaScript ---------------------------------------------------------------------

describe('without JavaScript', () => {
  let noScript;
  const withPage = pagePool(() => noScript, 1);
  before(async () => {
    noScript = await newContext(browser, { javaScriptEnabled: false });
  });

  for (const lang of LANGS) {
    test(`she registers in ${lang} (errors first), then cancels`, async () => {
      eventsReady();
      await withPage(async (page) => {
        await visit(page, eventPath(lang, 'open'));
        // A confirmation by mail asked without an address, and no consent.
        await fillRegistration(page, { name: 'Ana María', phone: '0470 98 76 54', mail: true, consent: false });
        await post(page, () => page.locator('form.form button[type=submit]').click(), 422);
        assert.ok(await page.locator('.error-summary').isVisible(), 'an error summary');
        assert.deepEqual(
          await page.locator('.error-summary a').evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
          ['#field-mail', '#field-consent'],
        );
        assert.ok(await page.locator('#mail-error').isVisible(), 'the problem with mail, next to it');
        assert.ok(await page.locator('#consent-error').isVisible(), 'the missing consent, next to it');
        assert.equal(await page.locator('#name').inputValue(), 'Ana María', 'what was typed is kept');
        assert.equal(await page.locator('#phone').inputValue(), '0470 98 76 54', 'the number typed is kept');
        assert.ok(await page.locator('#mail').isChecked(), 'the box ticked is kept');

        await page.locator('#email').fill(`ana.${RUN}.${lang}@example.org`);
        await page.locator('#consent').check();
        await post(page, () => page.locator('form.form button[type=submit]').click(), 303);
        const secret = await waitForPrivatePage(page, lang);
        await saysSheHasAPlace(page, lang);

        await post(page, () => page.locator('form[action$="/cancel"] button').click(), 303);
        assert.equal(page.url(), `${BASE_URL}/${lang}/registration/${secret}?cancelled`);
        await saysCancelled(page, lang);
      });
    });
  }

  test('a place given up goes to the first on the waiting list', async () => {
    assert.ok(secrets.fullPlace && secrets.fullWaiting, 'the small event is full, with one waiting');
    await withPage(async (page) => {
      await visit(page, `/es/registration/${secrets.fullPlace}`);
      await post(page, () => page.locator('form[action$="/cancel"] button').click(), 303);
      await saysCancelled(page, 'es');
      await visit(page, `/nl/registration/${secrets.fullWaiting}`);
      await saysSheHasAPlace(page, 'nl', { heading: false });
    });
  });
});

// ---- 4. on a phone ----------------------------------------------------------------------------

describe('on a 360 px phone', () => {
  let phone;
  const withPage = pagePool(() => phone, 1);
  before(async () => {
    phone = await newContext(browser, PHONE);
  });

  /** No sideways scrolling (with what sticks out), and tap targets of 24 x 24. */
  async function fits(page, what) {
    const wide = await page.evaluate(sidewaysOverflow);
    assert.equal(
      wide,
      null,
      wide && `${what} is ${wide.scrollWidth}px wide on a 360px phone; the widest of ${wide.count} element(s) sticking out:\n  ${wide.widest.join('\n  ')}`,
    );
    const problems = await page.evaluate(phoneProblems);
    assert.deepEqual(problems, [], `${what} on a 360px phone:\n  ${problems.join('\n  ')}`);
  }

  for (const lang of LANGS) {
    test(`the list, every kind of event page, the errors and her page in ${lang}`, async () => {
      eventsReady();
      await withPage(async (page) => {
        await visit(page, `/${lang}/events`);
        await fits(page, `/${lang}/events`);
        for (const name of ['full', 'cancelled', 'past']) {
          await visit(page, eventPath(lang, name));
          await fits(page, eventPath(lang, name));
        }
        await visit(page, eventPath(lang, 'open'));
        await fits(page, `${eventPath(lang, 'open')} with its form`);
        await openErrorState(page, lang, 'open');
        await fits(page, `${eventPath(lang, 'open')} with errors`);
        await register(page, lang, 'open', { name: 'Teléfono' });
        await saysSheHasAPlace(page, lang);
        await fits(page, `${lang} her private page`);
      });
    });
  }

  test("the back office's event pages", async () => {
    eventsReady();
    // As admin.test.js asks of every back-office page: coordinators work from their phones.
    // Her session, on a phone (no new sign-in).
    const staffPhone = await newContext(browser, { ...PHONE, storageState: await staff.storageState() });
    try {
      const page = await staffPhone.newPage();
      await visit(page, '/language/nl/admin/events');
      await fits(page, 'nl /admin/events');
      for (const p of ['/admin/events/new', `/admin/events/${ids.open}`, `/admin/events/${ids.full}/registrations`]) {
        await visit(page, p);
        await fits(page, `nl ${p}`);
      }
    } finally {
      await staffPhone.close();
    }
  });
});
