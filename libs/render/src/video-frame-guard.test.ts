import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, type HeadlessBrowser } from '@remotion/renderer';
import { loadConfig } from '@dataset/config';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rendererOptions } from './browser-lanes';
import { OfflineNetwork } from './offline-network';
import { REMOTE_VIDEO_WEBM } from './network-stand-ins/media';
import { VIDEO_FRAME_GUARD_SOURCE } from './video-frame-guard';
import { chromiumVersion } from './version';

const config = loadConfig(resolve(dirname(fileURLToPath(import.meta.url)), '../../../data/dataset.config.json'));
const executable = config.render.browserExecutable;

/**
 * The race Remotion's `<Video>` loses under load, made certain: the page seeks, its main thread is held
 * for 2 s (as a descheduled render thread is, for milliseconds) while the seek completes and its frame is presented, and
 * only then registers its frame callback. Whether that callback is ever called, per seek.
 */
const LATE_CALLBACK = `(async (base64) => {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const video = document.createElement('video');
  video.src = URL.createObjectURL(new Blob([bytes], { type: 'video/webm' }));
  document.body.appendChild(video);
  await new Promise((resolve) => video.addEventListener('loadeddata', resolve, { once: true }));
  const called = [];
  for (const time of [1.5, 2.25]) {
    video.currentTime = time;
    for (const until = performance.now() + 2000; performance.now() < until; );
    let mediaTime = null;
    video.requestVideoFrameCallback((_now, metadata) => (mediaTime = metadata.mediaTime));
    await new Promise((resolve) => video.addEventListener('seeked', resolve, { once: true }));
    for (let i = 0; i < 100 && mediaTime === null; i++) await new Promise((resolve) => setTimeout(resolve, 100));
    called.push(mediaTime !== null);
  }
  return called;
})`;

describe.skipIf(chromiumVersion(executable) === null)('the video frame guard', () => {
  let browser: HeadlessBrowser;
  beforeAll(async () => {
    browser = await openBrowser('chrome', rendererOptions(executable));
    await OfflineNetwork.attach(browser);
  });
  afterAll(() => browser.close({ silent: true }));

  async function lateCallbacks(guarded: boolean): Promise<boolean[]> {
    const page = await browser.newPage({ context: () => null, logLevel: 'error', indent: false, pageIndex: 0, onBrowserLog: null, onLog: () => undefined });
    try {
      // Any https page: the offline network answers it, so the page has an origin and nothing leaves the machine.
      await page.goto({ url: 'https://guard.test/', timeout: 60_000 });
      if (guarded) await page.evaluate(VIDEO_FRAME_GUARD_SOURCE as never);
      return (await page.evaluate(`${LATE_CALLBACK}(${JSON.stringify(REMOTE_VIDEO_WEBM.toString('base64'))})` as never)) as boolean[];
    } finally {
      await page.close();
    }
  }

  // The browser's behaviour the guard exists for: should a Chromium ever call such a callback, this fails and the guard can go.
  it('without it, a frame callback registered after its seek completed is never called (the defect)', async () => {
    expect(await lateCallbacks(false)).toContain(false);
  });

  it('with it, every such callback is called once the seek has settled', async () => {
    expect(await lateCallbacks(true)).toEqual([true, true]);
  });
});
