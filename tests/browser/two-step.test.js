// Two-step sign-in in a real browser: a coordinator sets it up, reads her recovery codes and
// signs in again with the keyboard alone (every Tab stop showing where the focus is); a code
// already used is refused with the same answer as any other failure, the next one works,
// and so does a recovery code. The sign-in form, the enrolment form (with and without a
// wrong code), the recovery codes, the two-step page and the account page pass axe
// (WCAG 2.2 A and AA) in all four languages, and fit a phone.
//
// Her account (TWO_STEP_EMAIL, TWO_STEP_PASSWORD) is a coordinator that scripts/test makes
// with the command line, as on a real server, for this file alone: the suite's server runs
// with REQUIRE_TWO_STEP=false so that the other files sign in as the administrator with her
// password alone, and this file sets up a second step for its own account only.
// The one-time codes are computed here from the key the page shows, with otpauth.
//
// Sign-in attempts (the login limiter allows 5 per account at once, then one every three
// minutes, and 20 per address at once, then one every 30 seconds): her account four times
// (password alone, a replayed code, the next code, a recovery code); an address that has
// no account once. Her password asked again (renewing her recovery codes; the same limit,
// on a budget of its own, counting only complete attempts): four times in the axe test,
// once on the phone.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomInt } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import {
  LANGS,
  PHONE,
  axeViolations,
  formatViolations,
  headingProblems,
  launch,
  newContext,
  phoneProblems,
  unlabelledFields,
  untiedErrors,
  url,
  visit,
} from './lib.js';

const HER = { email: process.env.TWO_STEP_EMAIL, password: process.env.TWO_STEP_PASSWORD };
const RECOVERY_CODE = /^[2-9a-hjkmnp-z]{4}(-[2-9a-hjkmnp-z]{4}){3}$/;

let browser;
let her; // her own context: keyboard alone, axe loaded in every page
let totp; // her authenticator app, once she has read the key
let enrolmentCode; // the code that confirmed it
let recoveryCodes = [];

before(async () => {
  // Never skipped: without the account the two-step sign-in goes untested, so say so and fail.
  assert.ok(
    HER.email && HER.password,
    'TWO_STEP_EMAIL and TWO_STEP_PASSWORD are not set: run the browser tests through scripts/test, which creates the account',
  );
  browser = await launch();
  her = await newContext(browser, { axe: true });
});

after(async () => {
  await browser?.close();
});

// ---- the keyboard ----------------------------------------------------------------------

/**
 * Runs in the page: the look of every element that Tab can reach, kept the first time
 * (before anything has the focus), to tell a focused element from its unfocused look.
 */
function keepUnfocusedLooks() {
  if (window.__unfocused) return;
  const props = ['outlineStyle', 'outlineWidth', 'outlineColor', 'boxShadow', 'backgroundColor', 'color', 'borderColor'];
  window.__unfocused = new WeakMap();
  for (const el of document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]')) {
    if (el.tabIndex < 0 || el.disabled || el.type === 'hidden') continue;
    const s = getComputedStyle(el);
    window.__unfocused.set(el, Object.fromEntries(props.map((p) => [p, s[p]])));
  }
}

/** Runs in the page: the focused element, whether it matches, and whether its focus shows. */
function focusedStop(selector) {
  const el = document.activeElement;
  if (!el || el === document.body) return { matches: false, visible: true, what: 'body' };
  const before = window.__unfocused?.get(el);
  const s = getComputedStyle(el);
  const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
  // As in accessibility.test.js: the outline, a shadow or the background must change.
  const visible =
    !before ||
    (outline && (before.outlineStyle === 'none' || before.outlineWidth !== s.outlineWidth || before.outlineColor !== s.outlineColor)) ||
    (s.boxShadow !== before.boxShadow && s.boxShadow !== 'none') ||
    s.backgroundColor !== before.backgroundColor;
  return { matches: el.matches(selector), visible, known: !!before, what: el.outerHTML.slice(0, 120) };
}

/**
 * Presses Tab until the element matching the selector has the focus, checking that the
 * focus is visible on every element it passes through.
 */
async function tabTo(page, selector, limit = 60) {
  await page.evaluate(keepUnfocusedLooks);
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(focusedStop, selector);
    assert.ok(stop.visible, `the focus does not show on ${stop.what}`);
    if (stop.matches) {
      assert.ok(stop.known, `${selector} was not reachable when the page loaded`);
      return;
    }
  }
  assert.fail(`${limit} presses of Tab never reached ${selector}`);
}

/** Selects what a field holds and types over it. */
async function typeOver(page, text) {
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

/** Presses Enter and waits for the page that the post to `path` answers with. */
async function enterToPost(page, path) {
  const posted = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === path);
  const loaded = page.waitForEvent('load');
  loaded.catch(() => {});
  await page.keyboard.press('Enter');
  const response = await posted;
  await loaded;
  return response;
}

/** Clicks a form's button and waits for the page (styles and all) that the post to `path` answers with. */
async function clickToPost(page, selector, path, status) {
  const posted = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === path);
  const loaded = page.waitForEvent('load');
  loaded.catch(() => {});
  await page.locator(selector).click();
  assert.equal((await posted).status(), status, `POST ${path}`);
  await loaded;
}

/** Fills the sign-in form by keyboard (from wherever the focus is) and sends it with Enter. */
async function signInByKeyboard(page, { email, password, code }) {
  await tabTo(page, '#email');
  await typeOver(page, email);
  await tabTo(page, '#password');
  await page.keyboard.type(password);
  if (code !== undefined) {
    await tabTo(page, '#code');
    await page.keyboard.type(code);
  }
  return enterToPost(page, '/admin/login');
}

// ---- the app ---------------------------------------------------------------------------

/** Her app for the key the page shows ("ABCD EFGH ..."). */
function appFor(keyText) {
  assert.match(keyText, /^[A-Z2-7]{4}( [A-Z2-7]{1,4})+$/, 'the key in groups of four base32 letters');
  return new TOTP({ secret: Secret.fromBase32(keyText.replace(/\s+/g, '')), algorithm: 'SHA1', digits: 6, period: 30 });
}

/** Six digits that are none of the app's codes from a minute ago to a minute ahead. */
function wrongCode(app) {
  const near = new Set([-2, -1, 0, 1, 2].map((i) => app.generate({ timestamp: Date.now() + i * 30_000 })));
  for (let n = 0; ; n += 111_111) {
    const code = String(n % 1_000_000).padStart(6, '0');
    if (!near.has(code)) return code;
  }
}

// ---- checks ------------------------------------------------------------------------------

async function noAxeViolations(page, what) {
  const violations = await axeViolations(page);
  assert.equal(violations.length, 0, `${what}: ${violations.length} axe violation(s):\n${formatViolations(violations)}`);
  assert.deepEqual(await page.evaluate(headingProblems), [], `${what}: headings out of order`);
  assert.deepEqual(await page.evaluate(unlabelledFields), [], `${what}: fields without a label`);
}

/** The wrong-code state of the enrolment form: the message next to the field, tied to it. */
async function wrongCodeShown(page, what) {
  const error = page.locator('#code-error');
  assert.ok(await error.isVisible(), `${what}: the error is shown`);
  assert.ok((await error.innerText()).trim().length > 20, `${what}: the error says what to do`);
  const code = page.locator('#code');
  assert.equal(await code.getAttribute('aria-invalid'), 'true', `${what}: #code is marked invalid`);
  assert.ok(((await code.getAttribute('aria-describedby')) || '').split(/\s+/).includes('code-error'), `${what}: the error describes #code`);
  const { count, problems } = await page.evaluate(untiedErrors);
  assert.equal(count, 1, `${what}: one error`);
  assert.deepEqual(problems, [], `${what}: ${problems.join('\n')}`);
}

/** The recovery codes page: ten codes, all different, as she will copy them. */
async function readRecoveryCodes(page, what) {
  const codes = await page.locator('ol.recovery-codes > li > code').allInnerTexts();
  assert.equal(codes.length, 10, `${what}: ten recovery codes`);
  for (const code of codes) assert.match(code, RECOVERY_CODE, `${what}: a recovery code`);
  assert.equal(new Set(codes).size, 10, `${what}: all different`);
  return codes;
}

/** Where she is: a back-office page with its menu, not the sign-in form. */
async function inTheBackOffice(page, path, what) {
  assert.equal(new URL(page.url()).pathname, path, what);
  assert.equal(await page.locator('nav.admin-nav').count(), 1, `${what}: the back office's menu`);
  assert.ok(await page.locator('form.logout button').isVisible(), `${what}: signed in`);
}

// ---- tests -------------------------------------------------------------------------------

test('she sets up two-step sign-in with the keyboard alone', async () => {
  const page = await her.newPage();
  try {
    // No second step yet: her password alone lets her in (the code field left empty).
    await visit(page, '/admin/login');
    await noAxeViolations(page, 'the sign-in form');
    const signedIn = await signInByKeyboard(page, { email: HER.email, password: HER.password });
    assert.equal(signedIn.status(), 303, 'signed in with her password');
    await page.waitForURL(url('/admin/mine'));

    // The account page leads to the set-up.
    await visit(page, '/admin/account');
    assert.equal(await page.locator('section[aria-labelledby="two-step-title"] a[href="/admin/two-step"]').count(), 1, 'the account page links to the set-up');

    await visit(page, '/admin/two-step');
    await noAxeViolations(page, 'the enrolment form');
    const qr = page.locator('figure.qr-code img');
    const src = await qr.getAttribute('src');
    assert.match(src, /^data:image\/svg\+xml;base64,/, 'the QR code is drawn by the server');
    assert.match(Buffer.from(src.split(',')[1], 'base64').toString('utf8'), /<svg[\s>]/, 'the QR code is an SVG');
    assert.ok((await qr.getAttribute('alt')).trim().length > 10, 'the QR code has a text alternative');
    const key = (await page.locator('code.secret-key#key').innerText()).trim();
    const app = appFor(key);

    // A wrong code first: the same form again, the same key, the error tied to the field.
    await tabTo(page, '#code');
    await page.keyboard.type(wrongCode(app));
    const refused = await enterToPost(page, '/admin/two-step');
    assert.equal(refused.status(), 422, 'a wrong code is refused');
    await wrongCodeShown(page, 'after a wrong code');
    assert.equal((await page.locator('#key').innerText()).trim(), key, 'the key she already has in her app stays');
    // As on the other forms, the error summary at the top of the form is announced and
    // takes the focus; Tab then reaches the field, which the error describes.
    const summary = page.locator('.error-summary');
    assert.equal(await summary.count(), 1, 'an error summary');
    assert.equal(await summary.getAttribute('role'), 'alert', 'announced');
    assert.ok(
      await page.evaluate(() => document.activeElement?.classList.contains('error-summary')),
      'the summary has the focus',
    );
    await noAxeViolations(page, 'the enrolment form after a wrong code');

    // Then the code her app shows now.
    await tabTo(page, '#code');
    assert.equal(await page.locator('#code').inputValue(), '', 'the wrong code is not kept');
    enrolmentCode = app.generate();
    await page.keyboard.type(enrolmentCode);
    const enrolled = await enterToPost(page, '/admin/two-step');
    assert.equal(enrolled.status(), 200, 'the right code sets it up');
    recoveryCodes = await readRecoveryCodes(page, 'the recovery codes page');
    await noAxeViolations(page, 'the recovery codes page');
    totp = app;

    // "Continue" leads back to her work.
    await tabTo(page, 'a.button-primary');
    const continued = page.waitForURL(url('/admin/mine'), { waitUntil: 'load' });
    await page.keyboard.press('Enter');
    await continued;
    await inTheBackOffice(page, '/admin/mine', 'after "continue"');
  } finally {
    await page.close();
  }
});

test('signing in again asks for a new code: the one used already is refused, the next works', async () => {
  assert.ok(totp, 'two-step sign-in was set up');
  const page = await her.newPage();
  try {
    await visit(page, '/admin/mine');
    await tabTo(page, 'form.logout button');
    const out = page.waitForURL(url('/admin/login'), { waitUntil: 'load' });
    await page.keyboard.press('Enter');
    await out;

    // The code that set it up, again: its time step is used up.
    const replay = await signInByKeyboard(page, { email: HER.email, password: HER.password, code: enrolmentCode });
    assert.equal(replay.status(), 401, 'a code already used is refused');
    assert.equal(new URL(page.url()).pathname, '/admin/login');
    const summary = page.locator('.error-summary');
    assert.ok(await summary.evaluate((el) => el === document.activeElement), 'the focus is on the error summary');
    const answer = (await summary.locator('p').innerText()).trim();
    assert.equal(await page.locator('#email').inputValue(), HER.email, 'her address is kept');
    await noAxeViolations(page, 'the sign-in form with an error');

    // One answer for every failure: an address without an account gets the same.
    const nobody = await her.newPage();
    try {
      await visit(nobody, '/admin/login');
      const unknown = await signInByKeyboard(nobody, { email: `nobody-${randomInt(1e9)}@latinas.test`, password: HER.password, code: '123456' });
      assert.equal(unknown.status(), 401);
      assert.equal((await nobody.locator('.error-summary p').innerText()).trim(), answer, 'the same answer for an unknown address');
    } finally {
      await nobody.close();
    }

    // From the error summary, with the code of the next time step.
    const next = totp.generate({ timestamp: Date.now() + 30_000 });
    assert.notEqual(next, enrolmentCode);
    const signedIn = await signInByKeyboard(page, { email: HER.email, password: HER.password, code: next });
    assert.equal(signedIn.status(), 303, 'the next code signs her in');
    await page.waitForURL(url('/admin/mine'), { waitUntil: 'load' });
    await inTheBackOffice(page, '/admin/mine', 'after signing in with a code');
  } finally {
    await page.close();
  }
});

// Signed in with a recovery code: the context of the checks that follow.
let recovered;

test('a recovery code signs her in in place of her phone', async () => {
  assert.equal(recoveryCodes.length, 10, 'she has her recovery codes');
  recovered = await newContext(browser, { axe: true });
  const page = await recovered.newPage();
  await visit(page, '/admin/login');
  await page.locator('#email').fill(HER.email);
  await page.locator('#password').fill(HER.password);
  // As she may copy it by hand: capitals and spaces are fine.
  await page.locator('#code').fill(recoveryCodes[3].toUpperCase().replaceAll('-', ' '));
  await page.locator('form.form button[type=submit]').click();
  await page.waitForURL(url('/admin/mine'), { waitUntil: 'load' });
  await inTheBackOffice(page, '/admin/mine', 'after signing in with a recovery code');
  await visit(page, '/admin/two-step');
  assert.match(await page.locator('section[aria-labelledby="codes-title"] p').first().innerText(), /\b9\b/, 'nine recovery codes left');
  await page.close();
});

test('the two-step pages pass axe in every language', async () => {
  assert.ok(recovered, 'signed in with a recovery code');
  const staff = await recovered.newPage();
  const signedOut = await (await newContext(browser, { axe: true })).newPage();
  for (const lang of LANGS) {
    const check = async (page, what) => {
      assert.equal(await page.locator('html').getAttribute('lang'), lang, `${lang} ${what}: <html lang>`);
      await noAxeViolations(page, `${lang} ${what}`);
    };

    await visit(signedOut, `/language/${lang}/admin/login`);
    assert.equal(await signedOut.locator('#code').count(), 1, 'the sign-in form asks for a code');
    await check(signedOut, 'the sign-in form');

    // What she has: her recovery codes left, new ones, a new phone.
    await visit(staff, `/language/${lang}/admin/two-step`);
    await check(staff, 'the two-step page');
    assert.equal(await staff.locator('a[href="/admin/two-step?new=phone"]').count(), 1, `${lang}: a link to set up a new phone`);

    // Setting up a new phone, with a wrong code.
    await visit(staff, '/admin/two-step?new=phone');
    await check(staff, 'the enrolment form for a new phone');
    const app = appFor((await staff.locator('#key').innerText()).trim());
    await staff.locator('#code').fill(wrongCode(app));
    await clickToPost(staff, 'form.form button[type=submit]', '/admin/two-step', 422);
    await wrongCodeShown(staff, `${lang} a new phone after a wrong code`);
    // The focused error summary scrolls the page, leaving the header's links cut by the
    // top of the window, which axe's target-size rule counts as obscured: the page is
    // checked as laid out from its top.
    await staff.evaluate(() => window.scrollTo(0, 0));
    await check(staff, 'the enrolment form after a wrong code');

    // New recovery codes (the old ones stop working; nothing here needs them any more).
    await visit(staff, '/admin/two-step');
    await staff.locator('form[action="/admin/two-step/recovery-codes"] #password').fill(HER.password);
    await clickToPost(staff, 'form[action="/admin/two-step/recovery-codes"] button', '/admin/two-step/recovery-codes', 200);
    await readRecoveryCodes(staff, `${lang} new recovery codes`);
    await check(staff, 'the new recovery codes');

    await visit(staff, '/admin/account');
    assert.equal(await staff.locator('section[aria-labelledby="two-step-title"] a[href="/admin/two-step"]').count(), 1, `${lang}: the account page links to two-step sign-in`);
    await check(staff, 'the account page');
  }
  assert.deepEqual([...recovered.outsideRequests, ...signedOut.context().outsideRequests], [], 'no request to other sites');
  await signedOut.context().close();
  await staff.close();
});

test('the two-step pages fit a phone', async () => {
  assert.ok(recovered, 'signed in with a recovery code');
  // Her session, on a phone (no new sign-in).
  const phone = await newContext(browser, { ...PHONE, storageState: await recovered.storageState() });
  const page = await phone.newPage();
  const noProblems = async (what) => {
    const problems = await page.evaluate(phoneProblems);
    assert.deepEqual(problems, [], `${what} on a 360px phone:\n  ${problems.join('\n  ')}`);
  };
  await visit(page, '/language/es/admin/two-step');
  await noProblems('the two-step page');
  await visit(page, '/admin/two-step?new=phone');
  await noProblems('the enrolment form');
  await page.locator('#code').fill(wrongCode(appFor((await page.locator('#key').innerText()).trim())));
  await clickToPost(page, 'form.form button[type=submit]', '/admin/two-step', 422);
  await noProblems('the enrolment form after a wrong code');
  await visit(page, '/admin/two-step');
  await page.locator('form[action="/admin/two-step/recovery-codes"] #password').fill(HER.password);
  await clickToPost(page, 'form[action="/admin/two-step/recovery-codes"] button', '/admin/two-step/recovery-codes', 200);
  await noProblems('the recovery codes');
  await phone.close();
});
