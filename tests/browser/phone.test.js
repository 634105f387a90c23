// On a 360 x 740 phone: no page scrolls sideways, and every tap target is at least
// 24 x 24 CSS pixels (WCAG 2.2, 2.5.8 Target Size (Minimum)).

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  LANGS,
  PHONE,
  launch,
  newContext,
  openErrorState,
  openThanks,
  pagePool,
  sitemapPaths,
  visit,
} from './lib.js';

let browser;
let context;
const withPage = pagePool(() => context);
// A new tab for each run through the forms: clicks get slow in a tab that has seen many pages.
const withFreshPage = pagePool(() => context, 1);
before(async () => {
  browser = await launch();
  context = await newContext(browser, PHONE);
});
after(async () => {
  await browser?.close();
});

/**
 * Runs in the page: what scrolls sideways, and the tap targets smaller than 24 x 24.
 *
 * Exempt, as 2.5.8 allows: a link inside a sentence (an <a> whose nearest block is a <p>
 * or <li> with other words around the link: the "inline" exception, since its height is
 * set by the line of text), and elements that are not shown. A link stretched over its
 * card by an absolutely positioned ::after (the cards) is measured by the card it covers.
 */
function phoneProblems() {
  const problems = [];
  const width = window.innerWidth;
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

async function check(page, what) {
  const problems = await page.evaluate(phoneProblems);
  assert.deepEqual(problems, [], `${what} on a 360px phone:\n  ${problems.join('\n  ')}`);
}

const paths = await sitemapPaths();

describe('every public page on a phone', { concurrency: 2 }, () => {
  for (const p of paths) {
    test(p, async () => {
      await withPage(async (page) => {
        await visit(page, p);
        await check(page, p);
      });
    });
  }
});

describe('the forms with errors, the thank-you pages and the 404 page on a phone', () => {
  for (const lang of LANGS) {
    test(lang, async () => {
      await withFreshPage(async (page) => {
        for (const kind of ['orientation', 'support']) {
          await openErrorState(page, lang, kind);
          await check(page, `/${lang}/${kind} with errors`);
          await openThanks(page, lang, kind);
          await check(page, `/${lang}/${kind}/thanks`);
        }
        await visit(page, `/${lang}/no-such-page`, 404);
        await check(page, `404 in ${lang}`);
      });
    });
  }
});
