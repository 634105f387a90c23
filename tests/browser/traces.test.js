// What a sent form leaves in the browser: neither the reference nor the form's name in the
// address or the title (history keeps both), the reference shown once, and nothing of it
// after a reload or in the cookies.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { LANGS, launch, newContext, openThanks, visit } from './lib.js';

let browser;
before(async () => {
  browser = await launch();
});

/** Runs `fn` with a page in a browser context of its own (its own cookies). */
async function withOwnBrowser(fn) {
  const context = await newContext(browser);
  try {
    await fn(await context.newPage(), context);
  } finally {
    await context.close();
  }
}
after(async () => {
  await browser?.close();
});

describe('after sending a form', { concurrency: 2 }, () => {
  for (const lang of LANGS) {
    for (const kind of ['orientation', 'support']) {
      test(`${lang} ${kind}: no reference or form name in the address or the title`, async () => {
        await withOwnBrowser(async (page, context) => {
          // The form's own name, as the page shows it, in this language.
          await visit(page, `/${lang}/${kind}`);
          const formTitle = (await page.locator('main h1').innerText()).trim();
          const reference = await openThanks(page, lang, kind);
          const address = page.url();
          const title = await page.title();
          for (const telling of [reference, kind, formTitle]) {
            assert.ok(!address.includes(telling), `the address ${address} holds ${telling}`);
            assert.ok(!title.includes(telling), `the title "${title}" holds ${telling}`);
          }
          assert.ok(!/orienta|support|soutien|steun|apoyo/i.test(address + title), `${address} "${title}"`);
          const cookies = await context.cookies();
          assert.ok(cookies.every((c) => !c.value.includes(reference)), 'no cookie holds the reference in clear');
          assert.ok(!cookies.some((c) => c.name === 'flash'), 'the page read its one-time cookie and deleted it');

          // A reload (or the page from her history) shows it no more.
          await page.reload({ waitUntil: 'load' });
          assert.equal(await page.locator('.reference').count(), 0, 'the reference is shown once');
          assert.ok(!(await page.content()).includes(reference));
          assert.equal(page.url(), address);
        });
      });
    }
  }
});
