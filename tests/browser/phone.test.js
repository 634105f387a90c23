// On a 360 x 740 phone: no page scrolls sideways, and every tap target is at least
// 24 x 24 CSS pixels (WCAG 2.2, 2.5.8 Target Size (Minimum)).

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  EXIT_URL,
  LANGS,
  PHONE,
  launch,
  newContext,
  openErrorState,
  openThanks,
  pagePool,
  phoneProblems,
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
          await check(page, `/${lang}/thanks after the ${kind} form`);
        }
        await visit(page, `/${lang}/no-such-page`, 404);
        await check(page, `404 in ${lang}`);
      });
    });
  }
});

describe('the quick exit on a phone', () => {
  for (const lang of LANGS) {
    test(`stays on screen while she scrolls, and one tap leaves (${lang})`, async () => {
      await withFreshPage(async (page) => {
        await visit(page, `/${lang}/privacy`);
        const exit = page.locator('#quick-exit');
        for (const to of ['middle', 'bottom']) {
          await page.evaluate((where) => {
            const y = where === 'bottom' ? document.body.scrollHeight : document.body.scrollHeight / 2;
            window.scrollTo(0, y);
          }, to);
          assert.ok((await page.evaluate(() => window.scrollY)) > 500, 'the page did scroll');
          const box = await exit.boundingBox();
          assert.ok(box && box.y >= 0 && box.y + box.height <= 740, `visible at the ${to}: ${JSON.stringify(box)}`);
          // Nothing lies over it: a tap at its centre reaches it.
          const onTop = await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.closest('#quick-exit') !== null,
            [box.x + box.width / 2, box.y + box.height / 2]);
          assert.ok(onTop, `reachable at the ${to}`);
        }
        await exit.tap();
        await page.waitForURL(EXIT_URL, { waitUntil: 'load' });
      });
    });
  }
});
