// Keyboard and quick exit: the quick exit is the first Tab stop on every kind of page and
// works by click, by Enter and by pressing Shift three times within five seconds (any other
// key starts again, a held key counts once, each press is announced, the page is covered
// at once, and the count starts again when Back restores the page); with JavaScript it
// replaces the history entry. Both forms can be filled and sent with the keyboard alone.

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

  /** Whether the page is still there: not covered, not hidden, at the same address. */
  async function stillHere(page, path) {
    assert.equal(await page.evaluate(() => document.body.hidden), false, 'the page is not hidden');
    assert.equal(await page.locator('.exit-cover').count(), 0, 'no cover');
    assert.equal(page.url(), `${BASE_URL}${path}`);
  }

  test('by three Shifts within a few seconds, left and right alike', async () => {
    await withPage(async (page) => {
      await visit(page, '/es/about');
      for (const key of ['ShiftLeft', 'ShiftRight', 'ShiftLeft']) {
        await page.keyboard.press(key);
        await page.waitForTimeout(1500);
      }
      await hasLeft(page);
    });
  });

  test('not by three Shifts spread over more than five seconds', async () => {
    await withPage(async (page) => {
      await visit(page, '/es/about');
      for (let i = 0; i < 3; i++) {
        await page.keyboard.press('Shift');
        if (i < 2) await page.waitForTimeout(2700);
      }
      await stillHere(page, '/es/about');
    });
  });

  test('not when another key comes between the Shifts, which starts the count again', async () => {
    await withPage(async (page) => {
      await visit(page, '/en/about');
      for (const key of ['Shift', 'Shift', 'ArrowDown', 'Shift']) await page.keyboard.press(key);
      await stillHere(page, '/en/about');
      // The count started again at the last Shift: two more leave.
      for (let i = 0; i < 2; i++) await page.keyboard.press('Shift');
      await hasLeft(page);
    });
  });

  test('not by Shift held down, which counts once', async () => {
    await withPage(async (page) => {
      await visit(page, '/fr/about');
      // Held: the browser repeats the key down; only the first press counts.
      for (let i = 0; i < 4; i++) await page.keyboard.down('Shift');
      await page.keyboard.up('Shift');
      await stillHere(page, '/fr/about');
      assert.equal(
        await page.locator('#quick-exit-status').innerText(),
        await page.locator('#quick-exit').getAttribute('data-shift-1'),
        'one press counted',
      );
    });
  });

  test('announces each press to screen readers, in the page language', async () => {
    await withPage(async (page) => {
      await visit(page, '/nl/about');
      const status = page.locator('#quick-exit-status');
      assert.equal(await status.getAttribute('role'), 'status');
      assert.equal(await status.innerText(), '');
      await page.keyboard.press('Shift');
      const first = await status.innerText();
      await page.keyboard.press('Shift');
      const second = await status.innerText();
      assert.ok(first.length > 0 && second.length > 0 && first !== second, `${first} / ${second}`);
      assert.equal(first, await page.locator('#quick-exit').getAttribute('data-shift-1'));
      assert.equal(second, await page.locator('#quick-exit').getAttribute('data-shift-2'));
      await page.keyboard.press('Escape');
      assert.equal(await status.innerText(), '', 'another key ends the count and its message');
    });
  });

  test('covers the page at once, and the link tells the next site nothing', async () => {
    await withPage(async (page) => {
      await visit(page, '/es/about');
      assert.equal(await page.locator('#quick-exit').getAttribute('rel'), 'noreferrer nofollow');
      // Pointed at this page's own fragment, the exit "leaves" without loading anything:
      // what she sees while the neutral site loads stays on screen to be checked.
      await page.evaluate(() => { document.getElementById('quick-exit').href = '#left'; });
      for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
      await page.waitForURL(/#left$/);
      const state = await page.evaluate(() => {
        const r = document.querySelector('.exit-cover')?.getBoundingClientRect();
        return { hidden: document.body.hidden, title: document.title, cover: r ? [r.width, r.height] : null,
                 window: [innerWidth, innerHeight], onTop: document.elementFromPoint(5, 5)?.className };
      });
      assert.equal(state.hidden, true, 'the page is hidden');
      assert.equal(state.title, '', 'no title left in the tab');
      assert.deepEqual(state.cover, state.window, 'a cover fills the window');
      assert.equal(state.onTop, 'exit-cover', 'and lies on top');
    });
  });

  test('starts counting again when the page comes back from the back-forward cache', async () => {
    // A browser of its own, with the back-forward cache that Playwright turns off.
    const cached = await launch({ backForwardCache: true });
    try {
      const page = await (await newContext(cached)).newPage();
      await visit(page, '/es/about');
      await page.evaluate(() => { window.stillTheSamePage = true; });
      for (let i = 0; i < 2; i++) await page.keyboard.press('Shift');
      await page.locator('.main-nav a[href="/es/team"]').click();
      await page.waitForURL(`${BASE_URL}/es/team`, { waitUntil: 'load' });
      // A page restored from the cache fires no "load".
      await page.goBack({ waitUntil: 'commit' });
      await page.waitForURL(`${BASE_URL}/es/about`, { waitUntil: 'commit' });
      // Restored with the two presses it had counted: only then is the test meaningful.
      assert.equal(await page.evaluate(() => window.stillTheSamePage), true, 'restored from the back-forward cache');
      assert.equal(await page.locator('#quick-exit-status').innerText(), '', 'the count was reset');
      await page.keyboard.press('Shift');
      await stillHere(page, '/es/about');
    } finally {
      await cached.close();
    }
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
