// The back office's casework pages (issue 16) in a real browser: Mine, follow-ups, the
// volunteers' list, finding, exporting and erasing everything about one person, and the
// request page's follow-up day and contact attempts, with "message left" against her
// choice confirmed with the keyboard alone. Every such page passes axe (WCAG 2.2 A and
// AA) in all four languages and does not scroll sideways at 768 px; the request page, the
// inbox and the content editor are saved as screenshots at 1280 and 1920 px.
//
// Its data comes through the real site: the public forms, as a woman or a volunteer sends
// them, and the back office's own forms. scripts/test creates the administrator
// (ADMIN_EMAIL, ADMIN_PASSWORD) with the CLI.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  BASE_URL,
  LANGS,
  axeViolations,
  formatViolations,
  headingProblems,
  launch,
  newContext,
  openThanks,
  sidewaysOverflow,
  signIn,
  unlabelledFields,
  untiedErrors,
  url,
  visit,
} from './lib.js';

const EMAIL = process.env.ADMIN_EMAIL;
const PASSWORD = process.env.ADMIN_PASSWORD;
const here = path.dirname(fileURLToPath(import.meta.url));
const SCREENSHOTS = process.env.SCREENSHOT_DIR || path.resolve(here, '../../target/screenshots');

// Contacts of this run only: the other test files send the forms with their own.
const RUN = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
const digits = () => String(Math.floor(Math.random() * 1e6)).padStart(6, '0');
const spaced = (d) => `${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)}`;
const ANA = { email: `ana.${RUN}@example.org`, phone: `+32 470 ${spaced(digits())}` };
const MARTA = { email: `marta.${RUN}@example.org`, name: `Marta ${RUN}` };
const ERASED_DIGITS = digits();
const ERASED = { email: `Erase.${RUN}@Example.org`, phone: `+32 478 ${spaced(ERASED_DIGITS)}` };
// The inbox shows 50 requests a page: more than that, so that it has a next page.
const INBOX_PAGE = 50;

/** Today in the back office's time zone, as a date field holds it (2026-12-04). */
function today(offsetDays = 0) {
  const day = new Date(Date.now() + offsetDays * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: process.env.TIME_ZONE || 'Europe/Brussels',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(day);
}

let browser;
let staff; // the coordinator's context: signed in, axe loaded in every page
let landing; // where signing in led
const refs = {}; // references of the requests this file made
let editorPath; // one content editor page

/**
 * Sends a support form the way its HTML form does (a GET for the token and the form
 * cookie, then the POST), without drawing it: for the many requests the inbox needs to
 * have a second page.
 */
async function sendSupportForm(request, i) {
  const form = await request.get(url('/en/support'));
  assert.equal(form.status(), 200, 'GET /en/support');
  const token = (await form.text()).match(/name="token" value="([^"]+)"/)?.[1];
  assert.ok(token, 'the support form carries a token');
  const body = new URLSearchParams({
    token,
    website: '',
    name: `Filler ${i}`,
    email: `filler.${RUN}.${i}@example.org`,
    region: 'liege',
    consent: 'yes',
  });
  body.append('help', 'volunteer');
  body.append('languages', 'es');
  const sent = await request.post(url('/en/support'), {
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    data: body.toString(),
    maxRedirects: 0,
  });
  assert.equal(sent.status(), 303, `POST /en/support (filler ${i}): ${sent.status()}`);
}

before(async () => {
  // Never skipped: without the account the back office goes untested, so say so and fail.
  assert.ok(
    EMAIL && PASSWORD,
    'ADMIN_EMAIL and ADMIN_PASSWORD are not set: run the browser tests through scripts/test, which creates the administrator',
  );
  browser = await launch();

  // The requests, sent as she and the volunteers would, in several languages.
  const visitor = await newContext(browser);
  const send = async (lang, kind, changes) => {
    const page = await visitor.newPage();
    try {
      return await openThanks(page, lang, kind, changes);
    } finally {
      await page.close();
    }
  };
  // She said no message may be left (the valid answers say so; said again here).
  refs.ana = await send('es', 'orientation', { text: ANA, radio: { safe_to_message: 'no' } });
  refs.marta = await send('nl', 'support', { text: MARTA });
  // One person with two records, to be found and erased.
  refs.erased1 = await send('fr', 'orientation', { text: { name: 'Eva', ...ERASED } });
  refs.erased2 = await send('en', 'support', { text: { name: `Eva ${RUN}`, email: ERASED.email, phone: '' } });
  for (let i = 0; i < INBOX_PAGE + 1; i++) await sendSupportForm(visitor.request, i);
  await visitor.close();

  staff = await newContext(browser, { axe: true });
  const page = await staff.newPage();
  await signIn(page, EMAIL, PASSWORD);
  landing = new URL(page.url()).pathname;
  await visit(page, '/admin/content');
  const edits = await page.locator('table.data tbody a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  editorPath = edits.find((href) => href.startsWith('/admin/content/sections/'));
  await page.close();
});

after(async () => {
  await browser?.close();
});

// ---- helpers ---------------------------------------------------------------------------

/**
 * Clicks a form's button and waits for the page the post leads to; checks the POST's
 * status (303 for a change made, 422 for a page shown again with a problem).
 */
async function submit(page, form, { button = 'button[type=submit]', status = 303 } = {}) {
  const f = page.locator(form);
  const action = new URL(await f.getAttribute('action'), BASE_URL).pathname;
  const loaded = page.waitForEvent('load');
  loaded.catch(() => {});
  const posted = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === action);
  await f.locator(button).first().click();
  const response = await posted;
  assert.equal(response.status(), status, `POST ${action} answered ${response.status()}, expected ${status}`);
  await loaded;
  return response;
}

/** Opens a page of the staff context in a language, runs fn, closes it. */
async function withStaffPage(lang, fn, viewport) {
  const page = await staff.newPage();
  if (viewport) await page.setViewportSize(viewport);
  try {
    // The language links set the back office's language, as its switcher does.
    await visit(page, `/language/${lang}/admin/mine`);
    return await fn(page);
  } finally {
    await page.close();
  }
}

const requestLink = (ref) => `a[href="/admin/requests/${ref}"]`;

/** Searches the people page for a contact and waits for the answer. */
async function findPerson(page, contact, status = 200) {
  await visit(page, '/admin/people');
  await page.locator('#q').fill(contact);
  await submit(page, 'form.people-search', { status });
}

/**
 * Every new or changed back-office page, in the state to check: each opens it in the page
 * given and checks that it shows what the state is about.
 */
const STATES = [
  {
    name: 'Mine',
    async open(page) {
      await visit(page, '/admin/mine');
      assert.equal(await page.locator(`section:has(#mine-title) ${requestLink(refs.ana)}`).count(), 1, 'Mine lists her request');
    },
  },
  {
    name: 'follow-ups',
    async open(page) {
      await visit(page, '/admin/follow-ups');
      assert.equal(await page.locator(`section:has(#today-title) ${requestLink(refs.ana)}`).count(), 1, 'due today lists her request');
    },
  },
  {
    name: 'volunteers',
    async open(page) {
      // The newest 50 (Marta, older than the fillers, is on a later page).
      await visit(page, '/admin/volunteers');
      assert.ok((await page.locator('table.data tbody tr').count()) > 1, 'the volunteers list has rows');
      assert.equal(await page.locator('a[rel=next]').count(), 1, 'the volunteers list links to its next page');
    },
  },
  {
    name: 'volunteers found by name',
    async open(page) {
      await visit(page, `/admin/volunteers?q=${encodeURIComponent(MARTA.name)}`);
      assert.equal(await page.locator('table.data tbody tr').count(), 1, 'one volunteer of that name');
      assert.equal(await page.locator(`table.data ${requestLink(refs.marta)}`).count(), 1, 'the volunteer found is Marta');
    },
  },
  {
    name: 'people: the empty form',
    async open(page) {
      await visit(page, '/admin/people');
      assert.equal(await page.locator('article.record').count(), 0);
    },
  },
  {
    name: 'people: a search found her',
    async open(page) {
      await findPerson(page, ANA.email);
      assert.equal(await page.locator('article.record').count(), 1, 'one record found');
      assert.equal(await page.locator(`article.record ${requestLink(refs.ana)}`).count(), 1, 'her record is found');
    },
  },
  {
    name: 'people: "Ana" is no contact',
    async open(page) {
      await findPerson(page, 'Ana', 422);
      assert.ok(await page.locator('#q-error').isVisible(), 'the error is shown beside the field');
      assert.equal(await page.locator('#q').getAttribute('aria-invalid'), 'true');
      const { problems } = await page.evaluate(untiedErrors);
      assert.deepEqual(problems, [], 'errors tied to their fields');
    },
  },
  {
    name: 'people: the printable export',
    async open(page) {
      await findPerson(page, ANA.email);
      await submit(page, 'form[action="/admin/people/export"]', { status: 200 });
      assert.equal(await page.locator(`article.record ${requestLink(refs.ana)}`).count(), 1, 'the export holds her record');
    },
  },
  {
    name: 'an orientation request',
    async open(page) {
      await visit(page, `/admin/requests/${refs.ana}`);
      // Her safety choices first: the first section of the page.
      assert.ok(
        await page.locator('main section').first().evaluate((s) => s.matches('section.notice.notice-urgent')),
        'her safety choices are the first section',
      );
      assert.ok((await page.locator('ul.attempts li').count()) >= 2, 'the contact attempts are listed');
    },
  },
  {
    name: 'an orientation request asking to confirm "message left"',
    async open(page) {
      await visit(page, `/admin/requests/${refs.ana}`);
      await page.locator('#outcome').selectOption('message_left');
      await submit(page, 'form#attempt', { status: 422 });
      assert.ok(await page.locator('form#attempt [role=alert]').isVisible(), 'an alert says she asked for no message');
      assert.ok(await page.locator('#attempt-confirm').isVisible(), 'a box to confirm');
      assert.equal(await page.locator('#outcome').inputValue(), 'message_left', 'the outcome chosen is kept');
    },
  },
  {
    name: 'a support request',
    async open(page) {
      await visit(page, `/admin/requests/${refs.marta}`);
      const options = await page.locator('form[action$="/volunteer-status"] #status option').evaluateAll((os) => os.map((o) => o.value));
      assert.deepEqual(options, ['new', 'contacted', 'active', 'paused', 'ended'], 'the volunteer statuses');
    },
  },
  {
    name: 'the inbox',
    async open(page) {
      await visit(page, '/admin/requests');
      assert.equal(await page.locator('a[rel=next]').count(), 1, 'the inbox links to its next page');
    },
  },
  {
    name: 'the inbox, next page',
    async open(page) {
      await visit(page, '/admin/requests');
      const loaded = page.waitForURL((u) => u.pathname === '/admin/requests' && u.searchParams.has('before'), { waitUntil: 'load' });
      await page.locator('a[rel=next]').click();
      await loaded;
      assert.ok((await page.locator('table.data tbody tr').count()) > 0, 'the next page has rows');
      assert.equal(await page.locator('a[rel=first]').count(), 1, 'the next page links back to the newest');
    },
  },
  {
    name: 'statistics',
    async open(page) {
      await visit(page, '/admin/stats');
    },
  },
  {
    name: 'a content editor',
    async open(page) {
      assert.ok(editorPath, 'the content list links to a section editor');
      await visit(page, editorPath);
    },
  },
];

// ---- the tests ---------------------------------------------------------------------------

test('a coordinator takes her request: assigns it to herself, sets a day to call back, records attempts', async () => {
  assert.equal(landing, '/admin/mine', 'signing in leads to Mine');
  await withStaffPage('en', async (page) => {
    await visit(page, `/admin/requests/${refs.ana}`);
    const me = (await page.locator('.signed-in .account-name').innerText()).trim();
    // Assign it to me.
    await page.locator('#coordinator').selectOption({ label: me });
    await submit(page, 'form[action$="/assign"]');
    assert.equal(await page.locator('#coordinator option:checked').innerText(), me, 'assigned to me');
    // Call back today.
    await page.locator('#day').fill(today());
    await submit(page, 'form#follow-up');
    assert.equal(await page.locator('#day').inputValue(), today(), 'the day is kept');
    // Two attempts, newest first.
    for (const outcome of ['no_answer', 'email_sent']) {
      await page.locator('#outcome').selectOption(outcome);
      await submit(page, 'form#attempt');
    }
    const labels = await page.locator('#outcome option').evaluateAll((os) => Object.fromEntries(os.map((o) => [o.value, o.textContent.trim()])));
    const listed = await page.locator('ul.attempts li').allInnerTexts();
    assert.equal(listed.length, 2, `two attempts listed: ${listed}`);
    assert.match(listed[0], new RegExp(labels.email_sent), 'the newest attempt first');
    assert.match(listed[1], new RegExp(labels.no_answer));

    // Mine lists it among mine; the follow-ups among today's; the menu counts it.
    await visit(page, '/admin/mine');
    assert.equal(await page.locator(`section:has(#mine-title) ${requestLink(refs.ana)}`).count(), 1, 'Mine: assigned to me');
    await visit(page, '/admin/follow-ups');
    assert.equal(await page.locator(`section:has(#today-title) ${requestLink(refs.ana)}`).count(), 1, 'follow-ups: due today');
    assert.equal(await page.locator(`section:has(#overdue-title) ${requestLink(refs.ana)}`).count(), 0, 'not overdue');
    assert.equal(await page.locator('.admin-nav a[href="/admin/follow-ups"] .badge').count(), 1, 'the menu counts what is due today');

    // A volunteer: her own statuses.
    await visit(page, `/admin/requests/${refs.marta}`);
    await page.locator('#status').selectOption('contacted');
    await submit(page, 'form[action$="/volunteer-status"]');
    assert.equal(await page.locator('#status').inputValue(), 'contacted', 'the volunteer status is kept');
    // Found by her status and a language she speaks; not by another status.
    await visit(page, '/admin/volunteers?status=contacted&language=nl');
    assert.equal(await page.locator(`table.data ${requestLink(refs.marta)}`).count(), 1, 'volunteers: contacted, speaks Dutch');
    await visit(page, '/admin/volunteers?status=active');
    assert.equal(await page.locator(`table.data ${requestLink(refs.marta)}`).count(), 0, 'volunteers: not active');

    // A day set, then cleared.
    await visit(page, `/admin/requests/${refs.erased1}`);
    await page.locator('#day').fill(today(1));
    await submit(page, 'form#follow-up');
    assert.equal(await page.locator('#day').inputValue(), today(1));
    await submit(page, 'form#follow-up', { button: 'button[name=clear]' });
    assert.equal(await page.locator('#day').inputValue(), '', 'the day is cleared');
    assert.equal(await page.locator('form#follow-up button[name=clear]').count(), 0, 'nothing left to clear');
  });
});

for (const lang of LANGS) {
  describe(`the casework pages pass axe in ${lang}`, () => {
    for (const state of STATES) {
      test(state.name, async () => {
        await withStaffPage(lang, async (page) => {
          await state.open(page);
          const what = `${lang} ${state.name} (${new URL(page.url()).pathname})`;
          assert.equal(await page.locator('html').getAttribute('lang'), lang, `${what}: <html lang>`);
          const violations = await axeViolations(page);
          assert.equal(violations.length, 0, `${what}: ${violations.length} axe violation(s):\n${formatViolations(violations)}`);
          const headings = await page.evaluate(headingProblems);
          assert.deepEqual(headings, [], `${what}: headings out of order:\n  ${headings.join('\n  ')}`);
          const unlabelled = await page.evaluate(unlabelledFields);
          assert.deepEqual(unlabelled, [], `${what}: fields without a label:\n  ${unlabelled.join('\n  ')}`);
          assert.deepEqual(staff.outsideRequests, [], `${what}: requests to other sites`);
        });
      });
    }
  });
}

describe('no casework page scrolls sideways at 768 px', () => {
  // Dutch: its long compound words are the likeliest to widen a page.
  for (const state of STATES) {
    test(state.name, async () => {
      await withStaffPage(
        'nl',
        async (page) => {
          await state.open(page);
          const wide = await page.evaluate(sidewaysOverflow);
          assert.equal(
            wide,
            null,
            wide &&
              `nl ${state.name} (${new URL(page.url()).pathname}) is ${wide.scrollWidth}px wide in a ${wide.clientWidth}px window; ` +
                `${wide.count} element(s) stick out, the widest:\n  ${wide.widest.join('\n  ')}`,
          );
        },
        { width: 768, height: 1024 },
      );
    });
  }
});

describe('screenshots of the request page, the inbox and the editor', () => {
  before(() => mkdirSync(SCREENSHOTS, { recursive: true }));
  const pages = {
    request: () => `/admin/requests/${refs.ana}`,
    inbox: () => '/admin/requests',
    editor: () => editorPath,
  };
  for (const width of [1280, 1920]) {
    test(`${width} px wide`, async () => {
      await withStaffPage(
        'es',
        async (page) => {
          for (const [name, p] of Object.entries(pages)) {
            await visit(page, p());
            const file = path.join(SCREENSHOTS, `admin-${name}-${width}.png`);
            await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
            assert.ok(statSync(file).size > 10_000, `${file} is nearly empty`);
          }
        },
        { width, height: width === 1920 ? 1080 : 900 },
      );
    });
  }
});

test('"message left" against her choice, recorded with the keyboard alone', async () => {
  await withStaffPage('en', async (page) => {
    await visit(page, `/admin/requests/${refs.ana}`);
    const before = await page.locator('ul.attempts li').count();
    const label = (await page.locator('#outcome option[value=message_left]').innerText()).trim();
    const focused = (selector) => page.evaluate((s) => !!document.activeElement?.matches(s), selector);
    /** Presses Tab until the element matching selector has the focus. */
    const tabTo = async (selector) => {
      for (let i = 0; i < 300; i++) {
        await page.keyboard.press('Tab');
        if (await focused(selector)) return;
      }
      assert.fail(`Tab never reached ${selector}`);
    };
    /** Presses a key on a button and waits for the page its post leads to. */
    const pressToPost = async (key, status) => {
      const loaded = page.waitForEvent('load');
      loaded.catch(() => {});
      const posted = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith(`/admin/requests/${refs.ana}/attempts`));
      await page.keyboard.press(key);
      assert.equal((await posted).status(), status, `the attempt's POST after ${key}`);
      await loaded;
    };

    // Choose the outcome with the arrow keys, then send with Enter on the button.
    await tabTo('#outcome');
    for (let i = 0; i < 6 && (await page.locator('#outcome').inputValue()) !== 'message_left'; i++) {
      await page.keyboard.press('ArrowDown');
    }
    assert.equal(await page.locator('#outcome').inputValue(), 'message_left', 'the arrow keys choose "message left"');
    await page.keyboard.press('Tab');
    assert.ok(await focused('form#attempt button[type=submit]'), 'Tab goes from the outcome to its button');
    await pressToPost('Enter', 422);

    // The page says she asked for no message, and asks to confirm.
    const alert = page.locator('form#attempt [role=alert]');
    assert.ok(await alert.isVisible(), 'an alert');
    assert.equal(await page.locator('ul.attempts li').count(), before, 'nothing recorded yet');
    await tabTo('#attempt-confirm');
    await page.keyboard.press('Space');
    assert.ok(await page.locator('#attempt-confirm').isChecked(), 'Space ticks the confirmation');
    await tabTo('form#attempt button[type=submit]');
    await pressToPost('Enter', 303);

    // Recorded, newest first.
    assert.equal(await page.locator('ul.attempts li').count(), before + 1, 'one attempt more');
    assert.match(await page.locator('ul.attempts li').first().innerText(), new RegExp(label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    assert.equal(await page.locator('form#attempt [role=alert]').count(), 0, 'no alert once recorded');
  });
});

test('everything about a person is found, downloaded and erased', async () => {
  await withStaffPage('en', async (page) => {
    // Her phone as she may say it, without the country code: found all the same.
    await findPerson(page, `0478 ${ERASED_DIGITS}`);
    assert.equal(await page.locator(`article.record ${requestLink(refs.erased1)}`).count(), 1, 'found by a phone number written otherwise');

    // Her address in other letters: both her records.
    await findPerson(page, ERASED.email.toLowerCase());
    const found = await page.locator('article.record h3 a').allInnerTexts();
    assert.deepEqual(found.sort(), [refs.erased1, refs.erased2].sort(), 'both records found by email');

    // All of it as data.
    const downloaded = page.waitForEvent('download');
    await page.locator('form[action="/admin/people/export.json"] button').click();
    const json = JSON.parse(readFileSync(await (await downloaded).path(), 'utf8'));
    assert.deepEqual(json.records.map((r) => r.reference).sort(), [refs.erased1, refs.erased2].sort(), 'the JSON holds both records');

    // Erase without ticking the box: refused, nothing erased.
    await submit(page, 'form[action="/admin/people/erase"]', { status: 422 });
    assert.equal(await page.locator('article.record').count(), 2, 'nothing erased without the box ticked');

    await page.locator('#erase-confirm').check();
    await submit(page, 'form[action="/admin/people/erase"]');
    assert.equal(new URL(page.url()).pathname + new URL(page.url()).search, '/admin/people?erased=2');
    assert.match(await page.locator('main [role=status]').innerText(), /\b2\b/, 'the page says how many were erased');

    for (const ref of [refs.erased1, refs.erased2]) await visit(page, `/admin/requests/${ref}`, 404);
    await findPerson(page, ERASED.email);
    assert.equal(await page.locator('article.record').count(), 0, 'nothing found any more');
    // The others are still there.
    await visit(page, `/admin/requests/${refs.ana}`);
  });
});
