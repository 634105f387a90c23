// Without JavaScript: every page shows its content and both forms work in full.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  EXIT_URL,
  LANGS,
  fillForm,
  launch,
  newContext,
  pagePool,
  sitemapPaths,
  submitButton,
  visit,
  waitForErrors,
  waitForThanks,
} from './lib.js';

let browser;
let context;
const withPage = pagePool(() => context);
// A new tab for each form filled in: clicks get slow in a tab that has seen many pages.
const withFreshPage = pagePool(() => context, 1);
before(async () => {
  browser = await launch();
  context = await newContext(browser, { javaScriptEnabled: false });
});
after(async () => {
  await browser?.close();
});

const paths = await sitemapPaths();

describe('every public page without JavaScript', { concurrency: 2 }, () => {
  for (const p of paths) {
    test(p, async () => {
      await withPage(async (page) => {
        await visit(page, p);
        const h1 = (await page.locator('main h1').innerText()).trim();
        assert.ok(h1.length > 2, `${p}: no title`);
        const text = (await page.locator('main').innerText()).trim();
        assert.ok(text.length > h1.length + 40, `${p}: the page shows almost nothing (${text.length} characters)`);
        // The style sheet applies (no script needed for the layout).
        const exit = page.locator('#quick-exit');
        assert.notEqual(await exit.evaluate((el) => getComputedStyle(el).backgroundColor), 'rgba(0, 0, 0, 0)', `${p}: unstyled`);
        assert.equal(await exit.getAttribute('href'), EXIT_URL);
        // The calls to action are on every page.
        const lang = p.split('/')[1];
        assert.ok(await page.locator(`header a[href="/${lang}/orientation"]`).isVisible(), `${p}: no orientation link`);
        assert.ok(await page.locator(`header a[href="/${lang}/support"]`).isVisible(), `${p}: no support link`);
      });
    });
  }
});

describe('the quick exit without JavaScript', () => {
  test('is a plain link to the neutral page', async () => {
    await withPage(async (page) => {
      await visit(page, '/es/safety');
      await page.locator('#quick-exit').click();
      await page.waitForURL(EXIT_URL, { waitUntil: 'load' });
      assert.equal(await page.locator('h1').innerText(), 'Weather forecast');
    });
  });
});

describe('the forms without JavaScript', () => {
  for (const lang of LANGS) {
    for (const kind of ['orientation', 'support']) {
      test(`${kind} in ${lang}: errors, then sent`, async () => {
        await withFreshPage(async (page) => {
          await visit(page, `/${lang}/${kind}`);
          // Half filled: the name only, then sent.
          await page.locator('#name').fill('Ana María');
          const [response] = await Promise.all([
            page.waitForResponse((r) => r.request().method() === 'POST'),
            submitButton(page).click(),
          ]);
          assert.equal(response.status(), 422);
          await waitForErrors(page);
          const summary = page.locator('.error-summary');
          assert.ok(await summary.isVisible(), 'no error summary');
          assert.ok((await summary.locator('a').count()) >= 3, 'the summary lists the problems');
          assert.ok((await page.locator('.field-error').count()) >= 3, 'no messages next to the fields');
          assert.equal(await page.locator('#name').inputValue(), 'Ana María', 'what was typed is kept');

          // Every field filled in, and sent.
          await fillForm(page, kind);
          if (kind === 'orientation') await page.locator('#confirmation').check();
          await submitButton(page).click();
          await waitForThanks(page, lang, kind);
          assert.match(await page.locator('.reference').innerText(), /^[A-Z]{2}-[A-Z0-9]{4,}$/);
        });
      });
    }
  }
});
