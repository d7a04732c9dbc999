import { openBrowser, type HeadlessBrowser } from '@remotion/renderer';

/**
 * Options every renderer call shares. `chrome-for-testing` makes the renderer start a full Chromium with
 * `--headless=new`: Debian's Chromium (≥ 132) no longer has the old headless mode the default
 * `headless-shell` asks for. The renderer always passes `--no-sandbox` (needed as root in containers), and
 * with an explicit executable it never downloads a browser.
 */
export function rendererOptions(browserExecutable: string) {
  return { browserExecutable, chromeMode: 'chrome-for-testing', logLevel: 'error' } as const;
}

const CLOSE_TIMEOUT_MS = 5000;

/**
 * One Chromium and the scenes rendered in it, one at a time. Tabs of one browser can share a renderer
 * process, so a scene stuck in a loop would stall every tab: each lane has its own browser, and a lane
 * whose scene timed out starts a fresh one.
 */
export class BrowserLane {
  private constructor(
    private current: HeadlessBrowser,
    private readonly executable: string,
  ) {}

  static async open(executable: string): Promise<BrowserLane> {
    return new BrowserLane(await openBrowser('chrome', rendererOptions(executable)), executable);
  }

  get browser(): HeadlessBrowser {
    return this.current;
  }

  async recycle(): Promise<void> {
    await this.close();
    this.current = await openBrowser('chrome', rendererOptions(this.executable));
  }

  /** Closing kills the browser's process group; a wedged browser must not hold the run, hence the bound. */
  async close(): Promise<void> {
    await Promise.race([this.current.close({ silent: true }).catch(() => undefined), new Promise((resolve) => setTimeout(resolve, CLOSE_TIMEOUT_MS).unref())]);
  }
}

/** Runs `work` over `items` on the lanes, each lane taking the next item when it is free; results in input order. */
export async function runOnLanes<T, R>(items: readonly T[], lanes: readonly BrowserLane[], work: (item: T, lane: BrowserLane) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    lanes.map(async (lane) => {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(items[index]!, lane);
      }
    }),
  );
  return results;
}
