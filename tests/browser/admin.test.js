// The back office in a real browser: every page passes axe (WCAG 2.2 A and AA) in all four
// languages, with labelled fields and headings in order, and no page scrolls sideways on a
// phone. scripts/test creates the administrator (ADMIN_EMAIL, ADMIN_PASSWORD) with the CLI.

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
  await page.waitForURL(url('/admin/requests'));
}

/** Every kind of back-office page, as paths, once a request exists. */
async function adminPaths(page) {
  await visit(page, '/admin/requests');
  const request = await page.locator('table.data tbody a').first().getAttribute('href');
  await visit(page, '/admin/content');
  const edits = await page.locator('table.data tbody a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  const pick = (kind) => edits.find((href) => href.startsWith(`/admin/content/${kind}/`));
  return [
    '/admin/requests',
    '/admin/requests?kind=orientation&status=new',
    request,
    '/admin/content',
    pick('projects'),
    pick('people'),
    pick('sections'),
    '/admin/content/activities/new',
    '/admin/stats',
    '/admin/coordinators',
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
  const context = await newContext(browser, PHONE);
  const page = await context.newPage();
  await signIn(page);
  for (const p of await adminPaths(page)) {
    await visit(page, p);
    const problems = await page.evaluate(phoneProblems);
    assert.deepEqual(problems, [], `${p} on a 360px phone:\n  ${problems.join('\n  ')}`);
  }
  await context.close();
});
