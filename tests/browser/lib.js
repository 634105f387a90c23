// Shared helpers of the browser tests: the browser, the site's pages, the forms, axe.
//
// The tests run against a server that scripts/test starts (BASE_URL) and drive Debian's
// Chromium through playwright-core; no browser is ever downloaded.

import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);

export const BASE_URL = (process.env.BASE_URL || 'http://127.0.0.1:3000').replace(/\/+$/, '');
export const LANGS = ['es', 'en', 'nl', 'fr'];
export const EXIT_URL = 'https://www.meteo.be/';
export const PHONE = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
export const DESKTOP = { viewport: { width: 1280, height: 900 } };

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Starts Debian's Chromium. Playwright gives every launch a fresh, empty profile folder of
 * its own under TMPDIR (scripts/test points TMPDIR and HOME at throw-away folders) and
 * deletes it on close, so nothing carries over between runs.
 */
export async function launch({ backForwardCache = false } = {}) {
  const tmp = mkdtempSync(path.join(tmpdir(), 'latinas-browser-'));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    // Playwright turns the back-forward cache off; a test of what Back restores needs it.
    ignoreDefaultArgs: backForwardCache ? ['--disable-back-forward-cache'] : [],
    downloadsPath: tmp,
    // Chromium is slow to start on a cold, busy CI machine.
    timeout: 60_000,
  });
  browser.on('disconnected', () => rmSync(tmp, { recursive: true, force: true }));
  return browser;
}

/**
 * A fresh browsing context (no cookies) whose requests can only reach our server: the
 * quick exit's neutral page is answered locally (the machine has no internet), and any
 * other outside request fails the test, since the site must make none.
 */
export async function newContext(browser, { axe = false, ...options } = {}) {
  const context = await browser.newContext({ locale: 'en-GB', colorScheme: 'light', ...options });
  // axe-core, loaded into every page before the page's own script: through the DevTools
  // protocol, so the site's Content-Security-Policy need not let it in.
  if (axe) await context.addInitScript({ content: AXE_SOURCE });
  context.setDefaultTimeout(15_000);
  context.setDefaultNavigationTimeout(30_000);
  const outside = [];
  await context.route(
    (url) => !url.href.startsWith(BASE_URL + '/'),
    async (route) => {
      const url = route.request().url();
      if (url.startsWith(EXIT_URL)) {
        await route.fulfill({
          status: 200,
          contentType: 'text/html; charset=utf-8',
          body: '<!doctype html><html lang="en"><title>Weather</title><h1>Weather forecast</h1></html>',
        });
      } else {
        outside.push(url);
        await route.abort();
      }
    },
  );
  context.outsideRequests = outside;
  return context;
}

export const url = (p) => BASE_URL + p;

let pathsCache;
/** Every public page in every language, as paths, from the sitemap. */
export async function sitemapPaths() {
  if (!pathsCache) {
    const response = await fetch(url('/sitemap.xml'));
    if (!response.ok) throw new Error(`GET /sitemap.xml answered ${response.status}`);
    const xml = await response.text();
    pathsCache = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
    if (pathsCache.length < 36) throw new Error(`the sitemap lists only ${pathsCache.length} pages`);
  }
  return pathsCache;
}

/** The language of a path such as /nl/about. */
export const langOf = (p) => p.split('/')[1];

/** A short name for the kind of page a path is, e.g. "projects/{slug}". */
export function pageType(p) {
  const rest = p.split('/').slice(2);
  if (rest.length === 1 && rest[0] === '') return 'home';
  if (rest.length === 2) return `${rest[0]}/{slug}`;
  return rest.join('/');
}

/** One path of each kind of page, in one language. */
export async function onePathPerType(lang) {
  const seen = new Map();
  for (const p of await sitemapPaths()) {
    if (langOf(p) === lang && !seen.has(pageType(p))) seen.set(pageType(p), p);
  }
  return [...seen.values()];
}

/** Goes to a path and checks the status it answers. */
export async function visit(page, p, status = 200) {
  const response = await page.goto(url(p), { waitUntil: 'load' });
  if (!response) throw new Error(`no response for ${p}`);
  if (response.status() !== status) {
    throw new Error(`GET ${p} answered ${response.status()}, expected ${status}`);
  }
  return response;
}

// ---- forms ---------------------------------------------------------------------------

/** Valid answers for each form, as the fields' names and values. */
export const VALID = {
  orientation: {
    text: { name: 'Ana', email: 'ana@example.org', phone: '+32 470 12 34 56', best_time: 'Mornings', message: 'I would like to talk about my residence permit.' },
    radio: { contact_language: 'es', safe_to_message: 'no' },
    select: { region: 'brussels' },
    check: ['topic-residence', 'topic-health', 'consent'],
  },
  support: {
    text: { name: 'Marta Pérez', email: 'marta@example.org', phone: '0470 12 34 56', availability: 'Saturdays', message: 'I can translate.' },
    radio: {},
    select: { region: 'antwerp' },
    check: ['help-translate', 'languages-es', 'languages-nl', 'consent'],
  },
};

/**
 * Fills a form through Playwright's actions (works with and without JavaScript).
 * `changes` replaces some of the valid answers, e.g. `{ text: { email: 'b@example.org' } }`.
 */
export async function fillForm(page, kind, changes = {}) {
  const v = {
    ...VALID[kind],
    text: { ...VALID[kind].text, ...changes.text },
    radio: { ...VALID[kind].radio, ...changes.radio },
    select: { ...VALID[kind].select, ...changes.select },
  };
  for (const [name, value] of Object.entries(v.text)) await page.locator(`#${name}`).fill(value);
  for (const [name, value] of Object.entries(v.radio)) await page.locator(`#${name}-${value}`).check();
  for (const [name, value] of Object.entries(v.select)) await page.locator(`#${name}`).selectOption(value);
  for (const id of v.check) await page.locator(`#${id}`).check();
}

export const submitButton = (page) => page.locator('form.form button[type=submit]');


// The same neutral address for both forms: neither the form nor the reference in it.
const thanksPattern = (lang) => new RegExp(`^${escape(BASE_URL)}/${lang}/thanks$`);
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Waits until the page is the thank-you page, showing the reference of the form sent. */
export async function waitForThanks(page, lang, kind) {
  await page.waitForURL(thanksPattern(lang), { waitUntil: 'load' });
  // The page itself, not only its address: a 404 or 500 there would show no reference.
  const reference = await page.locator('.reference').innerText();
  const prefix = { orientation: 'OR', support: 'SU' }[kind];
  if (!new RegExp(`^${prefix}-[A-Z0-9]{4}$`).test(reference)) {
    throw new Error(`the thank-you page shows no ${kind} reference (got ${JSON.stringify(reference)})`);
  }
  return reference;
}

/** Waits for the form to come back with its errors, and for its script to have run. */
export async function waitForErrors(page) {
  // The form page as first shown has no summary: once there is one, the new page is in.
  await page.locator('.error-summary').waitFor();
  await page.waitForLoadState('load');
}

/** Sends the form empty and waits for the page with the errors. */
export async function openErrorState(page, lang, kind) {
  await visit(page, `/${lang}/${kind}`);
  await submitButton(page).click();
  await waitForErrors(page);
}

/** Sends a valid form (with `changes`, as fillForm takes them) and waits for its thank-you page. */
export async function openThanks(page, lang, kind, changes = {}) {
  await visit(page, `/${lang}/${kind}`);
  await fillForm(page, kind, changes);
  await submitButton(page).click();
  return waitForThanks(page, lang, kind);
}

// ---- axe -------------------------------------------------------------------------------

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
// axe files these under "best practice", not under a WCAG criterion; the issue asks for
// them: landmarks that hold the whole page, one main title, headings in order, a working
// skip link.
const AXE_EXTRA_RULES = [
  'region',
  'landmark-one-main',
  'landmark-unique',
  'landmark-no-duplicate-banner',
  'landmark-no-duplicate-contentinfo',
  'landmark-no-duplicate-main',
  'landmark-banner-is-top-level',
  'landmark-contentinfo-is-top-level',
  'landmark-main-is-top-level',
  'landmark-complementary-is-top-level',
  'page-has-heading-one',
  'heading-order',
  'empty-heading',
  'skip-link',
];

/** Runs axe-core with the WCAG 2.2 A and AA rules on the page as it is. */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(
    ([tags, extra]) =>
      window.axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        rules: Object.fromEntries(extra.map((id) => [id, { enabled: true }])),
        resultTypes: ['violations', 'incomplete'],
      }),
    [AXE_TAGS, AXE_EXTRA_RULES],
  );
  // A contrast axe cannot decide because text lies on a gradient or an image is a contrast
  // nobody checks: such decoration must not sit behind text. The other undecided cases
  // were reviewed by hand (December 2026): text scrolled under the sticky safety bar after
  // the error summary takes the focus ("overlapped"), and the statistics charts' SVG labels
  // and short numbers, drawn in the body text's colour on the page's background.
  const DECORATION = ['bgGradient', 'bgImage'];
  const undecided = result.incomplete
    .filter((r) => r.id === 'color-contrast')
    .map((r) => ({ ...r, help: `undecided: ${r.help}`, nodes: r.nodes.filter((n) => DECORATION.includes(n.any[0]?.data?.messageKey)) }))
    .filter((r) => r.nodes.length > 0);
  return result.violations.concat(undecided);
}

/** The violations as a readable list: rule, help, and the elements concerned. */
export function formatViolations(violations) {
  return violations
    .map((v) => {
      const targets = v.nodes
        .slice(0, 8)
        .map((n) => `      ${n.target.join(' ')}${n.failureSummary ? `\n        ${n.failureSummary.split('\n').join('\n        ')}` : ''}`)
        .join('\n');
      const more = v.nodes.length > 8 ? `\n      ... and ${v.nodes.length - 8} more` : '';
      return `  [${v.impact}] ${v.id}: ${v.help}\n    ${v.helpUrl}\n${targets}${more}`;
    })
    .join('\n');
}

// ---- checks done inside the page ---------------------------------------------------------

/** Problems with headings: the first must be h1 and no level may be skipped going down. */
export function headingProblems() {
  const problems = [];
  const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')];
  let previous = 0;
  for (const h of headings) {
    const level = Number(h.tagName[1]);
    const text = h.textContent.trim().slice(0, 60);
    if (previous === 0 && level !== 1) problems.push(`the first heading is h${level} ("${text}"), not h1`);
    else if (level > previous + 1 && previous !== 0) problems.push(`h${previous} is followed by h${level} ("${text}")`);
    previous = level;
  }
  if (headings.filter((h) => h.tagName === 'H1').length !== 1) {
    problems.push(`${headings.filter((h) => h.tagName === 'H1').length} h1 on the page`);
  }
  if (!headings.length) problems.push('no heading at all');
  return problems;
}

/** Form controls without a label (label element, aria-label or aria-labelledby). */
export function unlabelledFields() {
  const problems = [];
  for (const el of document.querySelectorAll('input, select, textarea')) {
    if (el.type === 'hidden') continue;
    const byLabel = [...(el.labels || [])].some((l) => l.textContent.trim() !== '');
    const byAria = (el.getAttribute('aria-label') || '').trim() !== '';
    const byRef = (el.getAttribute('aria-labelledby') || '')
      .split(/\s+/)
      .some((id) => id && document.getElementById(id)?.textContent.trim());
    if (!byLabel && !byAria && !byRef) problems.push(el.outerHTML.slice(0, 120));
  }
  return problems;
}

/** Error messages that the field they belong to does not point at with aria-describedby. */
export function untiedErrors() {
  const problems = [];
  const errors = [...document.querySelectorAll('.field-error')];
  for (const error of errors) {
    const field = error.closest('.field');
    const owners = field
      ? [...field.querySelectorAll('input, select, textarea, fieldset')].filter((el) =>
          (el.getAttribute('aria-describedby') || '').split(/\s+/).includes(error.id),
        )
      : [];
    if (!error.id || !owners.length) {
      problems.push(`"${error.textContent.trim()}" (id="${error.id}") is not in any field's aria-describedby`);
    }
  }
  return { count: errors.length, problems };
}

/**
 * Lends pages of one context, reusing each a few times: opening a tab costs more than the
 * checks of a page. A tab that has been through many pages gets slow to click in (seen
 * with Debian's Chromium while another browser was busy), so each is closed after a few
 * loans.
 */
export function pagePool(getContext, loans = 8) {
  const idle = [];
  const used = new WeakMap();
  return async function withPage(fn) {
    const page = idle.pop() || (await getContext().newPage());
    used.set(page, (used.get(page) || 0) + 1);
    let ok = false;
    try {
      const result = await fn(page);
      ok = true;
      return result;
    } finally {
      // A page left in an odd state by a failure is not lent again.
      if (ok && used.get(page) < loans) idle.push(page);
      else await page.close().catch(() => {});
    }
  };
}

/**
 * Runs in the page: what scrolls sideways, and the tap targets smaller than 24 x 24.
 *
 * Exempt, as 2.5.8 allows: a link inside a sentence (an <a> whose nearest block is a <p>
 * or <li> with other words around the link: the "inline" exception, since its height is
 * set by the line of text), and elements that are not shown. A link stretched over its
 * card by an absolutely positioned ::after (the cards) is measured by the card it covers.
 */
export function phoneProblems() {
  const problems = [];
  // The screen's width, not the window's: a phone browser (and Chromium's mobile emulation)
  // widens its layout viewport to fit a page that is too wide, so innerWidth grows with it.
  const width = Math.min(window.innerWidth, screen.width);
  const scrollWidth = document.documentElement.scrollWidth;
  if (scrollWidth > width) {
    const wide = [...document.body.querySelectorAll('*')]
      .filter((el) => el.getBoundingClientRect().right > width + 1)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`);
    problems.push(`the page is ${scrollWidth}px wide on a ${width}px screen (too wide: ${wide.join(', ')})`);
  }

  const blockOf = (el) => {
    let node = el.parentElement;
    while (node && getComputedStyle(node).display.startsWith('inline')) node = node.parentElement;
    return node;
  };
  const hasWordsAround = (el, block) => {
    const all = block.textContent.replace(/\s+/g, ' ').trim();
    const own = el.textContent.replace(/\s+/g, ' ').trim();
    return /[\p{L}\p{N}]/u.test(all.replace(own, ''));
  };
  const selector = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [tabindex]:not([tabindex="-1"])';
  for (const el of document.querySelectorAll(selector)) {
    if (!el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
    let rect = el.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue;
    const after = getComputedStyle(el, '::after');
    if (after.content !== 'none' && after.position === 'absolute' && el.offsetParent) {
      rect = el.offsetParent.getBoundingClientRect();
    }
    if (rect.width >= 24 && rect.height >= 24) continue;
    const block = blockOf(el);
    const inline =
      el.tagName === 'A' &&
      getComputedStyle(el).display === 'inline' &&
      block &&
      ['P', 'LI'].includes(block.tagName) &&
      hasWordsAround(el, block);
    if (inline) continue;
    problems.push(
      `${Math.round(rect.width * 10) / 10} x ${Math.round(rect.height * 10) / 10}: ${el.outerHTML.slice(0, 140)}`,
    );
  }
  return problems;
}

/**
 * Runs in the page: null when the page does not scroll sideways, else its widths and the
 * elements that stick out, widest first (tag#id.class, width and right edge in px).
 * Elements inside a box that scrolls or clips sideways (a table's scrolling wrapper) are
 * left out: they do not widen the page.
 */
export function sidewaysOverflow() {
  const root = document.documentElement;
  const { scrollWidth, clientWidth } = root;
  if (scrollWidth <= clientWidth) return null;
  const clipped = (el) => {
    for (let node = el.parentElement; node && node !== document.body && node !== root; node = node.parentElement) {
      if (getComputedStyle(node).overflowX !== 'visible') return true;
    }
    return false;
  };
  const name = (el) =>
    el.tagName.toLowerCase() + (el.id ? `#${el.id}` : '') + [...el.classList].map((c) => `.${c}`).join('');
  const out = [...document.body.querySelectorAll('*')]
    .map((el) => ({ el, rect: el.getBoundingClientRect() }))
    .filter(({ el, rect }) => (rect.right > clientWidth + 0.5 || rect.left < -0.5) && rect.width > 0 && !clipped(el))
    .sort((a, b) => b.rect.width - a.rect.width)
    .map(({ el, rect }) => `${name(el)} (${Math.round(rect.width)}px wide, right edge at ${Math.round(rect.right)}px)`);
  return { scrollWidth, clientWidth, widest: out.slice(0, 5), count: out.length };
}

/**
 * Signs in to the back office and waits for the page it leads to (any back-office page
 * but the sign-in form).
 */
export async function signIn(page, email, password) {
  await visit(page, '/admin/login');
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(password);
  await page.locator('form.form button[type=submit]').click();
  await page.waitForURL((u) => u.pathname.startsWith('/admin/') && u.pathname !== '/admin/login');
}
