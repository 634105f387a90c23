// Screenshots for a person to look at: the home page and both forms in each language, at
// phone and desktop width, full page, under target/screenshots/.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DESKTOP, LANGS, PHONE, launch, newContext, visit } from './lib.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const DIR = process.env.SCREENSHOT_DIR || path.resolve(here, '../../target/screenshots');

let browser;
before(async () => {
  mkdirSync(DIR, { recursive: true });
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const PAGES = { home: '', orientation: 'orientation', support: 'support' };

for (const [device, options] of Object.entries({ phone: PHONE, desktop: DESKTOP })) {
  describe(`screenshots at ${device} width`, () => {
    let context;
    before(async () => {
      context = await newContext(browser, options);
    });
    for (const lang of LANGS) {
      test(lang, async () => {
        const page = await context.newPage();
        try {
          for (const [name, p] of Object.entries(PAGES)) {
            await visit(page, `/${lang}/${p}`);
            const file = path.join(DIR, `${lang}-${name}-${device}.png`);
            await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
            assert.ok(statSync(file).size > 10_000, `${file} is nearly empty`);
          }
        } finally {
          await page.close();
        }
      });
    }
  });
}
