// Accessibility: axe-core (WCAG 2.2 A and AA) on every public page in every language, on
// both forms in their error state, on the thank-you pages and on the 404 page; plus what
// axe does not check on its own: headings in order, a label on every field, errors tied
// to their fields, and a visible focus on everything focusable.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  LANGS,
  axeViolations,
  formatViolations,
  headingProblems,
  launch,
  newContext,
  pagePool,
  openErrorState,
  openThanks,
  sitemapPaths,
  unlabelledFields,
  untiedErrors,
  visit,
} from './lib.js';

let browser;
let context;
const withPage = pagePool(() => context);
// A new tab for each form filled in: clicks get slow in a tab that has seen many pages.
const withFreshPage = pagePool(() => context, 1);
before(async () => {
  browser = await launch();
  context = await newContext(browser, { axe: true });
});
after(async () => {
  await browser?.close();
});

/** Everything checked on every page, whatever put it in its state. */
async function checkPage(page, lang, what) {
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

  for (const landmark of ['header', 'nav', 'main', 'footer']) {
    assert.equal(await page.locator(landmark).first().count(), 1, `${what}: no <${landmark}> landmark`);
  }
  assert.deepEqual(context.outsideRequests, [], `${what}: requests to other sites`);
}

const paths = await sitemapPaths();

// Two pages at a time: axe is mostly waiting on the renderer.
const parallel = { concurrency: 2 };

describe('every public page, in every language', parallel, () => {
  for (const p of paths) {
    test(p, async () => {
      await withPage(async (page) => {
        await visit(page, p);
        await checkPage(page, p.split('/')[1], p);
      });
    });
  }
});

describe('the forms after an empty submission', parallel, () => {
  for (const lang of LANGS) {
    for (const kind of ['orientation', 'support']) {
      test(`/${lang}/${kind} with errors`, async () => {
        await withFreshPage(async (page) => {
          await openErrorState(page, lang, kind);
          await checkPage(page, lang, `/${lang}/${kind} with errors`);
          const { count, problems } = await page.evaluate(untiedErrors);
          assert.ok(count >= 3, `only ${count} error messages next to fields`);
          assert.deepEqual(problems, [], problems.join('\n'));
          // Every link of the summary leads to a field that exists.
          const targets = await page.locator('.error-summary a').evaluateAll((links) =>
            links.map((a) => [a.getAttribute('href'), !!document.querySelector(a.getAttribute('href'))]),
          );
          assert.ok(targets.length >= 3, 'the error summary links to the fields');
          for (const [href, exists] of targets) assert.ok(exists, `the summary links to ${href}, which is not on the page`);
          // With JavaScript, focus moves to the summary so a screen reader reads it first.
          assert.ok(
            await page.locator('.error-summary').evaluate((el) => el === document.activeElement),
            'the error summary has the focus',
          );
        });
      });
    }
  }
});

describe('the thank-you pages', parallel, () => {
  for (const lang of LANGS) {
    for (const kind of ['orientation', 'support']) {
      test(`/${lang}/thanks after the ${kind} form`, async () => {
        // A browser context of its own: the flash cookie holds one reference per browser,
        // and a form sent at the same moment by a test running beside this one in a shared
        // context would take its place.
        const own = await newContext(browser, { axe: true });
        try {
          const page = await own.newPage();
          await openThanks(page, lang, kind);
          await checkPage(page, lang, `/${lang}/thanks after the ${kind} form`);
          assert.match(await page.locator('.reference').innerText(), /^[A-Z]{2}-[A-Z0-9]{4,}$/);
        } finally {
          await own.close();
        }
      });
    }
  }
});

describe('the 404 page', () => {
  for (const lang of LANGS) {
    test(`/${lang}/no-such-page`, async () => {
      await withPage(async (page) => {
        await visit(page, `/${lang}/no-such-page`, 404);
        await checkPage(page, lang, `404 in ${lang}`);
      });
    });
  }
  test('an unknown language prefix', async () => {
    await withPage(async (page) => {
      await visit(page, '/xx/about', 404);
      const lang = await page.locator('html').getAttribute('lang');
      assert.ok(LANGS.includes(lang), `<html lang="${lang}">`);
      await checkPage(page, lang, '404 for /xx/about');
    });
  });
});

describe('dark colour scheme', () => {
  // The style sheet has a dark palette for people who set their phone to dark: its
  // contrast must hold too.
  let dark;
  const withDarkPage = pagePool(() => dark, 1);
  before(async () => {
    dark = await newContext(browser, { colorScheme: 'dark', axe: true });
  });
  // Colours do not change with the language: two languages with long words suffice.
  for (const lang of ['es', 'fr']) {
    test(`home and the forms with errors in ${lang}`, async () => {
      await withDarkPage(async (page) => {
        await visit(page, `/${lang}/`);
        const violations = await axeViolations(page);
        assert.ok(violations.length === 0, `/${lang}/ (dark): \n${formatViolations(violations)}`);
        for (const kind of ['orientation', 'support']) {
          await openErrorState(page, lang, kind);
          const violations = await axeViolations(page);
          assert.ok(violations.length === 0, `/${lang}/${kind} with errors (dark): \n${formatViolations(violations)}`);
        }
        assert.deepEqual(dark.outsideRequests, [], `/${lang}/ (dark): requests to other sites`);
      });
    });
  }
});

describe('a visible focus', () => {
  // The same elements in every language; two of them keep the suite quick.
  for (const lang of ['es', 'nl']) {
    test(`on everything focusable of the home page in ${lang}`, async () => {
      // A page of its own: the mouse of an earlier test may rest over a link of this one.
      const page = await context.newPage();
      try {
        await visit(page, `/${lang}/`);
        // The look of every focusable element with nothing focused.
        const count = await page.evaluate(() => {
          const props = ['outlineStyle', 'outlineWidth', 'outlineColor', 'boxShadow', 'backgroundColor', 'color', 'borderColor'];
          const all = [...document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]')].filter(
            (el) => el.tabIndex >= 0 && !el.disabled && el.type !== 'hidden',
          );
          window.__unfocused = new Map();
          all.forEach((el, i) => {
            el.dataset.focusIndex = String(i);
            const s = getComputedStyle(el);
            window.__unfocused.set(el, Object.fromEntries(props.map((p) => [p, s[p]])));
          });
          return all.length;
        });
        assert.ok(count > 20, `only ${count} focusable elements on the home page`);

        // Tab through the page, as a keyboard user does, and compare each stop with its
        // unfocused look: the outline, a shadow or the background must change.
        const reached = new Set();
        const invisible = [];
        for (let i = 0; i < count + 5; i++) {
          await page.keyboard.press('Tab');
          const stop = await page.evaluate(() => {
            const el = document.activeElement;
            if (!el || el === document.body || !el.dataset.focusIndex) return null;
            const before = window.__unfocused.get(el);
            const s = getComputedStyle(el);
            const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
            const changed =
              (outline && (before.outlineStyle === 'none' || before.outlineWidth !== s.outlineWidth || before.outlineColor !== s.outlineColor)) ||
              (s.boxShadow !== before.boxShadow && s.boxShadow !== 'none') ||
              s.backgroundColor !== before.backgroundColor;
            return { index: el.dataset.focusIndex, changed, what: el.outerHTML.slice(0, 100) };
          });
          if (!stop) {
            if (reached.size) break; // past the last element
            continue;
          }
          if (reached.has(stop.index)) break;
          reached.add(stop.index);
          if (!stop.changed) invisible.push(stop.what);
        }
        assert.deepEqual(invisible, [], `focus is not visible on:\n  ${invisible.join('\n  ')}`);
        assert.equal(reached.size, count, `Tab reached ${reached.size} of ${count} focusable elements`);
      } finally {
        await page.close();
      }
    });
  }
});
