import { existsSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleReport } from './fixtures';
import { renderReportHtml } from './html';

const CHROMIUM = '/usr/bin/chromium';

// A 2×2 PNG, so the thumbnail hook is exercised with a real image file next to the report.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAYAAABytg0kAAAAFklEQVR4nGNkYPj/n4GBgYGJAQoAAB0ABHx5iIsAAAAASUVORK5CYII=', 'base64');

describe('report.html in a real browser', () => {
  let browser: Browser;
  let page: Page;
  let dir: string;
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: install Debian's browser with \`apt-get install chromium\``);
    dir = mkdtempSync(join(tmpdir(), 'report-html-'));
    mkdirSync(join(dir, 'thumbs'));
    writeFileSync(join(dir, 'thumbs', 'aurora-intro.png'), PNG);
    writeFileSync(join(dir, 'report.html'), renderReportHtml(sampleReport()));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('dialog', (dialog) => {
      pageErrors.push(`unexpected dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(pathToFileURL(join(dir, 'report.html')).href, { waitUntil: 'load' });
  });

  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const barCounts = (chartId: string): Promise<{ label: string; count: number }[]> =>
    page.$$eval(`#${chartId} rect.bar`, (bars) => bars.map((bar) => ({ label: bar.getAttribute('data-label') ?? '', count: Number(bar.getAttribute('data-count')) })));

  it('loads from file:// with no console error, page error or network request', async () => {
    expect(consoleErrors).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(requests.every((url) => url.startsWith('file://'))).toBe(true);
    expect(await page.title()).toBe('template-code-generator v1 — dataset report');
  });

  it('shows every figure as an svg', async () => {
    const ids = await page.$$eval('figure', (figures) => figures.map((f) => `${f.id}:${f.querySelectorAll('svg.chart').length}`));
    expect(ids).toEqual([
      'fig-tokens-train:1',
      'fig-tokens-validation:1',
      'fig-tokens-test:1',
      'fig-examples-per-template:1',
      'fig-fixes:1',
      'fig-rejections:1',
      'fig-duplicates:1',
    ]);
    const visible = await page.$$eval('svg.chart', (svgs) => svgs.every((svg) => svg.getBoundingClientRect().width > 0 && svg.getBoundingClientRect().height > 0));
    expect(visible).toBe(true);
  });

  it('counts every example once in its split histogram', async () => {
    const sum = async (split: string): Promise<number> => (await barCounts(`chart-tokens-${split}`)).reduce((total, bar) => total + bar.count, 0);
    expect([await sum('train'), await sum('validation'), await sum('test')]).toEqual([6, 2, 2]);
    expect((await barCounts('chart-tokens-train')).length).toBe((await barCounts('chart-tokens-test')).length);
  });

  it('charts examples per template, fixes, rejections and duplicates with the right counts', async () => {
    expect(await barCounts('chart-examples-per-template')).toEqual(
      ['aurora-intro', 'bar-race', 'coupon-card', 'kinetic-type', 'logo-sting'].map((label) => ({ label, count: 2 })),
    );
    expect(await barCounts('chart-fixes')).toEqual([
      { label: 'strip-fences', count: 2 },
      { label: 'add-default-export', count: 1 },
      { label: 'add-duration-export', count: 1 },
    ]);
    expect(await barCounts('chart-rejections')).toEqual([
      { label: 'EMPTY_CODE', count: 1 },
      { label: 'PARSE_ERROR', count: 1 },
    ]);
    expect(await barCounts('chart-duplicates')).toEqual([
      { label: 'exact duplicate groups', count: 0 },
      { label: 'near-duplicate groups', count: 1 },
      { label: 'templates in a group', count: 2 },
    ]);
  });

  it('filters the template table as the user types', async () => {
    const visibleRows = (): Promise<string[]> =>
      page.$$eval('#template-table tbody tr', (rows) => rows.filter((row) => !row.hasAttribute('hidden')).map((row) => row.getAttribute('data-template-id') ?? ''));
    expect(await visibleRows()).toHaveLength(9);
    await page.fill('#template-search', 'logo');
    expect(await visibleRows()).toEqual(['logo-sting', 'logo-sting-blue']);
    expect(await page.textContent('#template-count')).toBe('2 of 9 templates');
    await page.fill('#template-search', 'REJECTED');
    expect(await visibleRows()).toEqual(['broken-markup', 'no-code']);
    await page.fill('#template-search', 'bounce');
    expect(await visibleRows()).toEqual(['kinetic-type']);
    await page.fill('#template-search', '');
    expect(await visibleRows()).toHaveLength(9);
  });

  it('renders prompts as text, not markup, and fills the thumbnail hook', async () => {
    expect(await page.$$eval('#template-table script', (scripts) => scripts.length)).toBe(0);
    expect(await page.textContent('tr[data-template-id="coupon-card"]')).toContain('A coupon <script>alert(1)</script> card.');
    const thumbnail = await page.$eval('td[data-thumbnail-for="aurora-intro"] img', (img) => (img as unknown as { naturalWidth: number }).naturalWidth);
    expect(thumbnail).toBe(2);
    expect(await page.$eval('td[data-thumbnail-for="bar-race"]', (td) => td.innerHTML)).toBe('');
  });
});
