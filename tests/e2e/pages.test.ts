/**
 * Page templates in a real browser, first half (tests/e2e/templates.ts), and the interactions of the
 * map and the project list.
 */
import { describe, expect, it } from 'vitest';
import { TEMPLATES, templateBrowser, templateChecks } from './templates.ts';

templateChecks(TEMPLATES.slice(0, 16));

const env = templateBrowser();
describe('interactions', () => {
  it('map: a key county links through to its page, and the metric switch recolours', async () => {
    const page = await env.browser().newPage();
    await page.goto(`${env.base()}map/`, { waitUntil: 'networkidle' });
    const link = page.locator('#national-map .regions a[data-code="623023"]');
    const before = await link.locator('path').getAttribute('fill');
    await page.locator('#national-map input[value="paired"]').check();
    const after = await link.locator('path').getAttribute('fill');
    expect(after).not.toBe(before);
    await link.click();
    await page.waitForURL(/regions\/623023\/$/u);
    expect(await page.locator('h1').innerText()).toBe('舟曲县');
    await page.close();
  });

  it('map: the metric is kept in the URL, a link with ?metric= opens the map coloured by it, and one skip link passes every region', async () => {
    const page = await env.browser().newPage();
    await page.goto(`${env.base()}map/?metric=funds`, { waitUntil: 'networkidle' });
    expect(await page.locator('#national-map input[value="funds"]').isChecked()).toBe(true);
    expect(await page.locator('#national-map [data-legend="funds"]').isVisible()).toBe(true);
    expect(await page.locator('#national-map [data-legend="projects"]').isVisible()).toBe(false);
    await page.locator('#national-map input[value="orgs"]').check();
    await page.waitForURL(/metric=orgs/u);
    // the skip link is the first stop in the map and takes the reader past its region links
    const skip = page.locator('#national-map .map-skip');
    expect(await skip.innerText()).toMatch(/^跳过地图中的 \d+ 个地区链接$/u);
    await skip.focus();
    expect(await skip.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('national-map-after');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.regions'))).toBeNull();
    await page.close();
  });

  it('map: a click on a province (where its prefectures do not cover it) opens its page and county map', async () => {
    const page = await env.browser().newPage({ viewport: { width: 1280, height: 1400 } });
    await page.goto(`${env.base()}map/`, { waitUntil: 'networkidle' });
    // a point of the map where the topmost link is Tibet's own, as a reader would click it
    const point = await page.evaluate(() => {
      const a = document.querySelector('#national-map .regions a[data-code="540000"]')!;
      const b = a.getBoundingClientRect();
      for (let i = 1; i < 12; i++)
        for (let j = 1; j < 12; j++) {
          const [x, y] = [b.left + (b.width * i) / 12, b.top + (b.height * j) / 12];
          if (document.elementFromPoint(x, y)?.closest('a') === a) return { x, y };
        }
      return null;
    });
    expect(point).not.toBeNull();
    await page.mouse.click(point!.x, point!.y);
    await page.waitForURL(/regions\/540000\/$/u);
    expect(await page.locator('h1').innerText()).toBe('西藏自治区');
    expect(await page.locator('#province-map .provinces path').count()).toBeGreaterThan(50);
    await page.close();
  });

  it('project list: filters from the URL and writes the filter back to it', async () => {
    const page = await env.browser().newPage();
    await page.goto(`${env.base()}projects/?domain=health`, { waitUntil: 'networkidle' });
    const healthRows = await page.locator('[data-project-table] tbody tr').count();
    const all = await page.locator('[data-count]').innerText();
    expect(all).toMatch(new RegExp(`显示 ${healthRows} / \\d+ 个项目`, 'u'));
    await page.selectOption('select[name="domain"]', 'education');
    await page.waitForURL(/domain=education/u);
    const eduRows = await page.locator('[data-project-table] tbody tr').count();
    expect(eduRows).toBeGreaterThan(0);
    expect(eduRows).not.toBe(healthRows);
    await page.selectOption('select[name="sort"]', 'funds-desc');
    await page.waitForURL(/sort=funds-desc/u);
    await page.close();
  });

  it("project list: an entity page's filter loads only the shard it needs, says what it filters by, and finds a name", async () => {
    const page = await env.browser().newPage();
    const loaded: string[] = [];
    page.on('request', (r) => {
      const m = /\/data\/projects\/([^/?]+)$/u.exec(new URL(r.url()).pathname);
      if (m) loaded.push(m[1]!);
    });
    await page.goto(`${env.base()}projects/?region=540000`, { waitUntil: 'networkidle' });
    await page.locator('[data-also]:not([hidden])').waitFor();
    expect(loaded.sort()).toEqual(['540000.json', 'index.json']);
    expect(await page.locator('[data-also]').innerText()).toContain('地区：西藏自治区');
    const rows = await page.locator('[data-project-table] tbody tr td:nth-child(3)').allInnerTexts();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((t) => t.includes('西藏自治区'))).toBe(true);
    await page.fill('[data-filters] input[name="q"]', '养蜂');
    await page.press('[data-filters] input[name="q"]', 'Enter');
    await page.waitForURL(/q=%E5%85%BB%E8%9C%82/u);
    await expect.poll(() => page.locator('[data-project-table] tbody tr').count()).toBe(1);
    expect(await page.locator('[data-project-table] tbody th').innerText()).toContain('养蜂');
    await page.close();
  });
});
