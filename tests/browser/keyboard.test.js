// Keyboard and quick exit: the quick exit is the first Tab stop on every kind of page and
// works by click, by Enter and by pressing Shift three times; with JavaScript it replaces
// the history entry. Both forms can be filled and sent with the keyboard alone.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  BASE_URL,
  EXIT_URL,
  LANGS,
  launch,
  newContext,
  onePathPerType,
  openThanks,
  pagePool,
  visit,
  waitForErrors,
  waitForThanks,
} from './lib.js';

let browser;
let context;
// A new tab for each test: clicks and keys get slow in a tab that has seen many pages.
const withPage = pagePool(() => context, 1);
before(async () => {
  browser = await launch();
  context = await newContext(browser);
});
after(async () => {
  await browser?.close();
});

const activeId = (page) => page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName);

/** Presses Tab until the focus is on an element matching the selector. */
async function tabTo(page, selector, limit = 120) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return;
  }
  throw new Error(`${limit} presses of Tab never reached ${selector}`);
}

/** The quick exit has left for the neutral page. */
async function hasLeft(page) {
  await page.waitForURL(EXIT_URL, { waitUntil: 'load' });
  assert.equal(await page.locator('h1').innerText(), 'Weather forecast');
}

describe('the quick exit is the first Tab stop', () => {
  // Every kind of page, each in another language. (After a failed submission the focus
  // is moved to the error summary on purpose, so the next Tab goes on from there.)
  const kinds = [];
  before(async () => {
    for (const [i, lang] of LANGS.entries()) {
      for (const [j, p] of (await onePathPerType(lang)).entries()) if (j % LANGS.length === i) kinds.push(p);
    }
    kinds.push('/es/no-such-page');
  });

  test('on every kind of page', async () => {
    await withPage(async (page) => {
      assert.ok(kinds.length >= 12, `only ${kinds.length} kinds of page`);
      for (const p of kinds) {
        await visit(page, p, p.includes('no-such-page') ? 404 : 200);
        await page.keyboard.press('Tab');
        assert.equal(await activeId(page), 'quick-exit', `the first Tab stop on ${p}`);
      }
    });
  });

  test('on the thank-you pages', async () => {
    await withPage(async (page) => {
      for (const kind of ['orientation', 'support']) {
        await openThanks(page, 'nl', kind);
        // Reload so that the page is as she finds it when she arrives on it.
        await page.reload();
        await page.keyboard.press('Tab');
        assert.equal(await activeId(page), 'quick-exit', `the first Tab stop on the ${kind} thank-you page`);
      }
    });
  });
});

describe('the quick exit', () => {
  /** Opens two pages of the site, so that there is a page to go Back to. */
  async function browse(page, lang) {
    await visit(page, `/${lang}/`);
    await visit(page, `/${lang}/orientation`);
    return page.evaluate(() => history.length);
  }

  /** Back does not return to the page she left (replaced in the history). */
  async function backSkipsTheLeftPage(page, lang, historyBefore) {
    assert.equal(await page.evaluate(() => history.length), historyBefore, 'the exit added a history entry');
    await page.goBack({ waitUntil: 'load' });
    assert.notEqual(page.url(), `${BASE_URL}/${lang}/orientation`, 'Back returned to the page she left');
    assert.equal(page.url(), `${BASE_URL}/${lang}/`);
  }

  test('by click', async () => {
    await withPage(async (page) => {
      const length = await browse(page, 'es');
      await page.locator('#quick-exit').click();
      await hasLeft(page);
      await backSkipsTheLeftPage(page, 'es', length);
    });
  });

  test('by Enter', async () => {
    await withPage(async (page) => {
      const length = await browse(page, 'fr');
      await page.keyboard.press('Tab');
      assert.equal(await activeId(page), 'quick-exit');
      await page.keyboard.press('Enter');
      await hasLeft(page);
      await backSkipsTheLeftPage(page, 'fr', length);
    });
  });

  test('by pressing Shift three times', async () => {
    await withPage(async (page) => {
      const length = await browse(page, 'nl');
      for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
      await hasLeft(page);
      await backSkipsTheLeftPage(page, 'nl', length);
    });
  });

  test('by pressing Shift three times while typing in a field', async () => {
    await withPage(async (page) => {
      await visit(page, '/en/orientation');
      await page.locator('#best_time').focus();
      await page.keyboard.type('after 5');
      for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
      await hasLeft(page);
    });
  });

  test('not by three Shifts spread over more than a second', async () => {
    await withPage(async (page) => {
      await visit(page, '/es/about');
      for (let i = 0; i < 3; i++) {
        await page.keyboard.press('Shift');
        await page.waitForTimeout(600);
      }
      assert.equal(await page.evaluate(() => document.body.hidden), false, 'still here');
      assert.equal(page.url(), `${BASE_URL}/es/about`);
    });
  });

  test('not by Shift held for capital letters', async () => {
    await withPage(async (page) => {
      await visit(page, '/en/orientation');
      await page.locator('#name').focus();
      for (const key of ['Shift+A', 'Shift+N', 'Shift+A']) await page.keyboard.press(key);
      // The exit hides the page at once, before it navigates: nothing of the kind here.
      assert.equal(await page.evaluate(() => document.body.hidden), false);
      assert.equal(page.url(), `${BASE_URL}/en/orientation`);
      assert.equal(await page.locator('#name').inputValue(), 'ANA');
    });
  });
});

describe('the forms with the keyboard alone', () => {
  /** Tabs to a field and types. */
  async function type(page, id, text) {
    await tabTo(page, `#${id}`);
    await page.keyboard.type(text);
  }

  /** Tabs to a checkbox or radio button and ticks it with Space. */
  async function tick(page, selector) {
    await tabTo(page, selector);
    await page.keyboard.press('Space');
    assert.ok(await page.locator(selector).first().isChecked(), `Space did not tick ${selector}`);
  }

  /** Tabs to a list and picks the first real choice with the arrow key. */
  async function choose(page, id) {
    await tabTo(page, `#${id}`);
    await page.keyboard.press('ArrowDown');
    assert.notEqual(await page.locator(`#${id}`).inputValue(), '', `ArrowDown chose nothing in #${id}`);
  }

  /** Tabs to the send button and presses Enter. */
  async function send(page) {
    await tabTo(page, 'form.form button[type=submit]');
    await page.keyboard.press('Enter');
  }

  for (const lang of LANGS) {
    test(`orientation in ${lang}`, async () => {
      await withPage(async (page) => {
        await visit(page, `/${lang}/orientation`);
        await type(page, 'name', 'Luz');
        await type(page, 'phone', '0470 12 34 56');
        // A group of radio buttons is one Tab stop; Space picks the one with the focus.
        await tick(page, '[name=contact_language]');
        await choose(page, 'region');
        await tick(page, '#topic-housing');
        await type(page, 'message', 'Hola');
        await tick(page, '#consent');
        await send(page);
        await waitForThanks(page, lang, 'orientation');
      });
    });

    test(`support in ${lang}`, async () => {
      await withPage(async (page) => {
        await visit(page, `/${lang}/support`);
        await type(page, 'name', 'Sofía');
        await type(page, 'email', 'sofia@example.org');
        await tick(page, '#help-volunteer');
        await tick(page, '#languages-fr');
        await choose(page, 'region');
        await tick(page, '#consent');
        await send(page);
        await waitForThanks(page, lang, 'support');
      });
    });
  }

  test('a mistake is shown and can be corrected with the keyboard', async () => {
    await withPage(async (page) => {
      await visit(page, '/es/support');
      await type(page, 'name', 'Sofía');
      await send(page);
      await waitForErrors(page);
      assert.equal(await page.locator('#name').inputValue(), 'Sofía', 'what was typed is kept');
      // The focus is on the summary; its first link leads to the first field to fix.
      assert.ok(await page.locator('.error-summary').evaluate((e) => e === document.activeElement), 'focus on the summary');
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement.getAttribute('href')), '#field-email');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      assert.equal(await activeId(page), 'email', 'Tab after the summary link goes to the field');
      await page.keyboard.type('sofia@example.org');
      await tick(page, '#help-event');
      await tick(page, '#languages-es');
      await choose(page, 'region');
      await tick(page, '#consent');
      await send(page);
      await waitForThanks(page, 'es', 'support');
    });
  });
});
