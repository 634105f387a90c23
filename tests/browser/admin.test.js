// The back office in a real browser: every page passes axe (WCAG 2.2 A and AA) in all four
// languages, with labelled fields and headings in order, and no page scrolls sideways on a
// phone. scripts/test creates the administrator (ADMIN_EMAIL, ADMIN_PASSWORD) with the CLI.
//
// Sign-ins: the login limiter allows 5 per account at once, then one every three minutes,
// and other files sign in as the same administrator (casework.test.js, events.test.js).
// This file signs in twice (with the mouse, then by touch on a phone); its other tests
// reuse the first session.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  LANGS,
  PHONE,
  axeViolations,
  formatViolations,
  headingProblems,
  launch,
  newContext,
  openThanks,
  phoneProblems,
  unlabelledFields,
  url,
  visit,
} from './lib.js';

const EMAIL = process.env.ADMIN_EMAIL;
const PASSWORD = process.env.ADMIN_PASSWORD;

let browser;
let session; // the administrator's cookies once signed in, for the tests not about signing in
before(async () => {
  // Never skipped: without the account the back office goes untested, so say so and fail.
  assert.ok(
    EMAIL && PASSWORD,
    'ADMIN_EMAIL and ADMIN_PASSWORD are not set: run the browser tests through scripts/test, which creates the administrator',
  );
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

async function signIn(page) {
  await visit(page, '/admin/login');
  await page.locator('#email').fill(EMAIL);
  await page.locator('#password').fill(PASSWORD);
  await page.locator('form.form button[type=submit]').click();
  // Signing in lands on her own requests.
  await page.waitForURL(url('/admin/mine'));
}

/** Every kind of back-office page, as paths, once a request exists. */
async function adminPaths(page) {
  await visit(page, '/admin/requests');
  const request = await page.locator('table.data tbody a').first().getAttribute('href');
  await visit(page, '/admin/content');
  const edits = await page.locator('table.data tbody a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  const pick = (kind) => edits.find((href) => href.startsWith(`/admin/content/${kind}/`));
  return [
    '/admin/mine',
    '/admin/follow-ups',
    '/admin/requests',
    '/admin/requests?kind=orientation&status=new',
    '/admin/volunteers',
    '/admin/people',
    request,
    '/admin/content',
    pick('projects'),
    pick('people'),
    pick('sections'),
    '/admin/content/activities/new',
    '/admin/stats',
    '/admin/coordinators',
    '/admin/account',
    '/admin/audit',
  ];
}

test('the back office passes axe in every language', async () => {
  const context = await newContext(browser, { axe: true });
  const page = await context.newPage();
  await openThanks(page, 'es', 'orientation');
  await openThanks(page, 'nl', 'support');

  await visit(page, '/admin/login');
  let violations = await axeViolations(page);
  assert.equal(violations.length, 0, `login: ${formatViolations(violations)}`);
  await signIn(page);
  session = await context.storageState();
  const paths = await adminPaths(page);
  assert.ok(paths.every(Boolean), `found every kind of page: ${paths}`);
  for (const lang of LANGS) {
    // The language switcher sets the back office's language.
    await visit(page, `/language/${lang}/admin/requests`);
    for (const p of paths) {
      await visit(page, p);
      const what = `${lang} ${p}`;
      assert.equal(await page.locator('html').getAttribute('lang'), lang, `${what}: <html lang>`);
      violations = await axeViolations(page);
      assert.equal(violations.length, 0, `${what}: ${violations.length} axe violation(s):\n${formatViolations(violations)}`);
      assert.deepEqual(await page.evaluate(headingProblems), [], `${what}: headings out of order`);
      assert.deepEqual(await page.evaluate(unlabelledFields), [], `${what}: fields without a label`);
    }
  }
  assert.deepEqual(context.outsideRequests, [], 'no request to other sites');
  await context.close();
});

test('the back office works on a phone: no sideways scrolling, tap targets of 24 x 24', async () => {
  const context = await newContext(browser, { ...PHONE, storageState: session });
  const page = await context.newPage();
  if (!session) await signIn(page);
  for (const p of await adminPaths(page)) {
    await visit(page, p);
    const problems = await page.evaluate(phoneProblems);
    assert.deepEqual(problems, [], `${p} on a 360px phone:\n  ${problems.join('\n  ')}`);
  }
  await context.close();
});

test('a coordinator can do her daily work on a phone by touch alone', async () => {
  // A request to work on, sent as a woman would.
  const visitor = await newContext(browser, PHONE);
  const reference = await openThanks(await visitor.newPage(), 'es', 'orientation');
  await visitor.close();

  const context = await newContext(browser, PHONE);
  const page = await context.newPage();
  /** Taps a field and types into it with the on-screen keyboard. */
  const tapType = async (selector, text) => {
    await page.locator(selector).tap();
    await page.keyboard.type(text);
  };
  /** Taps a form's button and waits for the page its post leads to. */
  const tapSubmit = async (action) => {
    const posted = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith(action));
    // The page the 303 leads to has the same address: wait for it to load, not for a URL.
    const loaded = page.waitForEvent('load');
    await page.locator(`form[action$="${action}"] button`).tap();
    assert.equal((await posted).status(), 303, `POST ${action}`);
    await loaded;
  };
  const noProblems = async (what) => {
    const problems = await page.evaluate(phoneProblems);
    assert.deepEqual(problems, [], `${what} on a 360px phone:\n  ${problems.join('\n  ')}`);
  };
  await visit(page, '/admin/login');
  await tapType('#email', EMAIL);
  await tapType('#password', PASSWORD);
  await page.locator('form.form button[type=submit]').tap();
  await page.waitForURL(url('/admin/mine'));
  await noProblems('Mine');
  await page.locator('a[href="/admin/requests"]').first().tap();
  await page.waitForURL(url('/admin/requests'));
  await noProblems('the inbox');

  // Her request, from the inbox.
  await page.locator(`table.data a[href="/admin/requests/${reference}"]`).tap();
  await page.waitForURL(url(`/admin/requests/${reference}`));
  await noProblems('the request');

  // Change its status.
  await page.locator('#status').tap();
  await page.locator('#status').selectOption('in_progress');
  await tapSubmit('/status');

  // Write a note.
  await tapType('#note', 'Llamé, sin respuesta');
  await tapSubmit('/notes');
  // Both kept: the page as the server has it now.
  await visit(page, `/admin/requests/${reference}`);
  assert.equal(await page.locator('#status').inputValue(), 'in_progress', 'the new status is kept');
  assert.match(await page.locator('.notes').innerText(), /Llamé, sin respuesta/);
  await noProblems('the request with its note');

  // The other parts of the back office, through the navigation, then sign out.
  for (const [href, what] of [['/admin/stats', 'the statistics'], ['/admin/content', 'the content list']]) {
    await page.locator(`.admin-nav a[href="${href}"]`).tap();
    await page.waitForURL(url(href));
    await noProblems(what);
  }
  await page.locator('form.logout button').tap();
  await page.waitForURL(url('/admin/login'));
  await context.close();
});

test('a fresh start: the link page and the page it opens pass axe in every language', async () => {
  const context = await newContext(browser, { axe: true, storageState: session });
  const page = await context.newPage();
  if (!session) await signIn(page);
  // A colleague to help, added through the coordinators page.
  const colleague = `fresh-${Date.now().toString(36)}@latinas.test`;
  await visit(page, '/admin/coordinators');
  await page.locator('#name').fill('Fresh Start');
  await page.locator('#email').fill(colleague);
  await page.locator('#password').fill('violet tram under quiet harbour');
  const added = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/admin/coordinators'));
  await page.locator('form.form button[type=submit]').click();
  await added;
  await page.waitForLoadState('load');
  const row = page.locator('tr', { hasText: colleague });
  // The link page answers the post itself (no redirect): wait for its address and field.
  await Promise.all([page.waitForURL(/\/fresh-start$/), row.locator('form[action$="/fresh-start"] button').click()]);
  await page.locator('#link').waitFor();
  await page.waitForLoadState('load');
  let violations = await axeViolations(page);
  assert.equal(violations.length, 0, `the link page: ${formatViolations(violations)}`);
  const link = new URL(await page.locator('#link').inputValue());
  const signedOut = await newContext(browser, { axe: true });
  const her = await signedOut.newPage();
  for (const lang of LANGS) {
    const cases = [
      ['the form', link.pathname, 200],
      ['a link that no longer works', `/admin/fresh-start/${'a'.repeat(48)}`, 410],
    ];
    for (const [what, path, status] of cases) {
      await visit(her, `/language/${lang}${path}`, status);
      assert.equal(await her.locator('html').getAttribute('lang'), lang, `${lang} ${what}`);
      violations = await axeViolations(her);
      assert.equal(violations.length, 0, `${lang} ${what}: ${formatViolations(violations)}`);
      assert.deepEqual(await her.evaluate(unlabelledFields), [], `${lang} ${what}: fields without a label`);
    }
  }
  assert.deepEqual([...context.outsideRequests, ...signedOut.outsideRequests], [], 'no request to other sites');
  await signedOut.close();
  await context.close();
});
