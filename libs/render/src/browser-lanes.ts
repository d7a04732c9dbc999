import { createServer } from 'node:net';
import { openBrowser, type HeadlessBrowser } from '@remotion/renderer';
import { OfflineNetwork } from './offline-network';

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
const PAGE_CLOSE_WAIT_MS = 3000;

/**
 * One Chromium and the scenes rendered in it, one at a time. Tabs of one browser can share a renderer
 * process, so a scene stuck in a loop would stall every tab: each lane has its own browser, and a lane
 * whose scene timed out starts a fresh one. Its network is offline (`OfflineNetwork`): one scene at a time
 * per lane, so what the network answered between two scenes belongs to the one in between.
 */
export class BrowserLane {
  private constructor(
    private current: HeadlessBrowser,
    private currentNetwork: OfflineNetwork,
    private readonly executable: string,
  ) {}

  static async open(executable: string): Promise<BrowserLane> {
    const browser = await openBrowser('chrome', rendererOptions(executable));
    return new BrowserLane(browser, await OfflineNetwork.attach(browser), executable);
  }

  get browser(): HeadlessBrowser {
    return this.current;
  }

  get network(): OfflineNetwork {
    return this.currentNetwork;
  }

  /**
   * A free port for the renderer's server in the next call, and the one the network lets through. Left to
   * itself the renderer takes the first free port from 3000, so renderers in two workspaces would race for
   * the same ones; the system's ephemeral ports do not collide.
   */
  async serverPort(): Promise<number> {
    const port = await freePort();
    this.currentNetwork.serve(port);
    return port;
  }

  /**
   * Waits for the renderer to close its pages, and closes what it left: a call that failed does not wait
   * for its page, which would go on asking for things while the next scene renders. Closing a page the
   * renderer is about to close makes it log an error, hence the wait first.
   */
  async closePages(): Promise<void> {
    for (let waited = 0; waited < PAGE_CLOSE_WAIT_MS; waited += 100) {
      if ((await this.current.pages()).length === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const pages = await this.current.pages();
    await Promise.all(pages.map((page) => page.close().catch(() => undefined)));
  }

  async recycle(): Promise<void> {
    await this.close();
    this.current = await openBrowser('chrome', rendererOptions(this.executable));
    this.currentNetwork = await OfflineNetwork.attach(this.current);
  }

  /** Closing kills the browser's process group; a wedged browser must not hold the run, hence the bound. */
  async close(): Promise<void> {
    await Promise.race([this.current.close({ silent: true }).catch(() => undefined), new Promise((resolve) => setTimeout(resolve, CLOSE_TIMEOUT_MS).unref())]);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port was assigned'))));
    });
  });
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
