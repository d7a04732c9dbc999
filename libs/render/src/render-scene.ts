import { renderFrames, selectComposition } from '@remotion/renderer';
import type { VideoConfig } from 'remotion';
import type { RenderConfig } from '@dataset/config';
import { rendererOptions, type BrowserLane } from './browser-lanes';
import type { EntryComposition } from './entry';
import { sampleFrames, type SampledFrame } from './frames';
import { renderRejection, type RenderOutcome, type Thumbnail } from './outcome';
import type { StubbedRequest } from './offline-network';
import { decodePng, encodePng, uniformColour, withoutOpaqueAlpha } from './png';

export interface SceneJob {
  readonly templateId: string;
  /** One per supported format, in the scene's order. */
  readonly compositions: readonly EntryComposition[];
}

/** Slack over the renderer's own timeout, so its more telling message (which delayRender, which frame) wins. */
const WATCHDOG_GRACE_MS = 3000;

class RenderTimeout extends Error {}

/**
 * Rejects with RenderTimeout when `work` goes `ms` without progress; `work` calls `progress()` to restart
 * the clock (once per frame, so the limit is per frame). The work itself is not stopped: the caller
 * recycles the browser it runs in.
 */
function withDeadline<T>(ms: number, what: string, work: (progress: () => void) => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let timer: NodeJS.Timeout | undefined;
    const progress = () => {
      clearTimeout(timer);
      timer = setTimeout(() => reject(new RenderTimeout(`${what} did not finish within ${ms - WATCHDOG_GRACE_MS} ms`)), ms);
    };
    progress();
    work(progress).then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/** What rendering a scene gave, and which of its requests stand-ins answered (the remote policy's input). */
export interface SceneRender {
  readonly outcome: RenderOutcome;
  readonly stubbed: readonly StubbedRequest[];
}

/**
 * The render failed for a reason that is not the scene's (the browser died, the renderer's server was
 * unreachable or its port taken, the page reached another renderer's server): thrown, never an outcome, so
 * it is never remembered as the scene's verdict.
 */
export class InfrastructureFailure extends Error {}

/**
 * What the renderer says when the machinery failed rather than the scene. A tab that crashed is left to the
 * scene (a scene can exhaust memory); a whole browser gone is not. "Could not find composition": every
 * composition is registered up front, so the page was served someone else's bundle.
 */
const INFRASTRUCTURE_MESSAGES = [
  /You specified port \d+ to be used for the HTTP server, but it is not available/,
  /Could not find composition with ID/,
  /\bnet::ERR_(CONNECTION_REFUSED|CONNECTION_RESET|EMPTY_RESPONSE|ADDRESS_IN_USE)\b/,
  /\bE(ADDRINUSE|CONNREFUSED)\b/,
  /Browser (has )?(disconnected|closed)|Connection closed|WebSocket is not open/i,
];

export function isInfrastructureFailure(message: string): boolean {
  return INFRASTRUCTURE_MESSAGES.some((pattern) => pattern.test(message));
}

/**
 * Renders one scene in one lane: its module is evaluated once to read `durationInFrames`, then every
 * supported format at the sampled frames, downscaled to thumbnails. Any failure of the scene is an outcome;
 * a failure of the machinery is an InfrastructureFailure, after which the lane runs a fresh browser.
 */
export async function renderScene(job: SceneJob, lane: BrowserLane, serveUrl: string, settings: RenderConfig): Promise<SceneRender> {
  lane.network.take(); // whatever the previous scene's closing pages still asked for is not this scene's
  const { outcome, wedged } = await renderInLane(job, lane, serveUrl, settings);
  const infrastructure = outcome.kind === 'rejected' && isInfrastructureFailure(outcome.rejection.message);
  if (wedged || infrastructure) {
    const stubbed = lane.network.take();
    await lane.recycle();
    if (infrastructure) throw new InfrastructureFailure(`rendering ${job.templateId}: ${outcome.kind === 'rejected' ? outcome.rejection.message : ''}`);
    return { outcome, stubbed };
  }
  await lane.closePages();
  return { outcome, stubbed: lane.network.take() };
}

async function renderInLane(job: SceneJob, lane: BrowserLane, serveUrl: string, settings: RenderConfig): Promise<{ outcome: RenderOutcome; wedged: boolean }> {
  const started = performance.now();
  const seconds = () => Math.round((performance.now() - started) / 10) / 100;
  const done = (outcome: RenderOutcome) => ({ outcome, wedged: false });
  const options = { ...rendererOptions(settings.browserExecutable), timeoutInMilliseconds: settings.timeoutMs };
  const deadline = settings.timeoutMs + WATCHDOG_GRACE_MS;
  try {
    const [first] = job.compositions;
    if (!first) throw new Error(`scene ${job.templateId} has no supported format`);
    const port = await lane.serverPort();
    const selected = await withDeadline(deadline, 'loading the scene', () =>
      selectComposition({ ...options, serveUrl, port, id: first.id, puppeteerInstance: lane.browser }),
    );
    const frames = sampleFrames(selected.durationInFrames, settings.frames);
    const thumbnails: Thumbnail[] = [];
    for (const composition of job.compositions) {
      const pngs = await withDeadline(deadline, `a ${composition.format} frame`, async (progress) =>
        renderFormat({ ...selected, id: composition.id, width: composition.width, height: composition.height }, frames, progress, {
          lane,
          serveUrl,
          port: await lane.serverPort(),
          settings,
        }),
      );
      const images = frames.map(({ frame }) => decodePng(pngs.get(frame)!));
      const colours = images.map(uniformColour);
      if (colours.every((colour) => colour !== null)) {
        const at = frames.map(({ frame }, i) => `frame ${frame} ${colours[i]}`).join(', ');
        return done(renderRejection(job.templateId, 'RENDER_BLANK', `every sampled ${composition.format} frame is one colour (${at})`, seconds()));
      }
      frames.forEach(({ frame, roles }, i) => {
        // Chromium encodes for speed; re-encoding the same pixels makes thumbnails about a third the size.
        const png = encodePng(withoutOpaqueAlpha(images[i]!));
        thumbnails.push({ format: composition.format, frame, roles: [...roles], png: png.toString('base64') });
      });
    }
    return done({ kind: 'kept', templateId: job.templateId, seconds: seconds(), durationInFrames: selected.durationInFrames, thumbnails, flags: [], rewrite: null });
  } catch (error) {
    if (error instanceof RenderTimeout) return { outcome: renderRejection(job.templateId, 'RENDER_TIMEOUT', error.message, seconds()), wedged: true };
    const message = rendererMessage(error);
    const code = TIMEOUT_MESSAGES.some((pattern) => pattern.test(message)) ? 'RENDER_TIMEOUT' : 'RENDER_ERROR';
    return done(renderRejection(job.templateId, code, message, seconds()));
  }
}

interface FormatRun {
  readonly lane: BrowserLane;
  readonly serveUrl: string;
  /** The renderer's server for this call listens here (the lane's network lets it through). */
  readonly port: number;
  readonly settings: RenderConfig;
}

/** The sampled frames of one composition in one page, as PNG thumbnails by frame number. */
function renderFormat(composition: VideoConfig, frames: readonly SampledFrame[], progress: () => void, run: FormatRun): Promise<Map<number, Buffer>> {
  const pngs = new Map<number, Buffer>();
  return renderFrames({
    ...rendererOptions(run.settings.browserExecutable),
    timeoutInMilliseconds: run.settings.timeoutMs,
    serveUrl: run.serveUrl,
    port: run.port,
    composition,
    // Thumbnails have no sound. Unmuted, the renderer would download every audio and video source from
    // Node to mix them later — past the browser, and so past the offline network.
    muted: true,
    frames: frames.map(({ frame }) => frame),
    puppeteerInstance: run.lane.browser,
    imageFormat: 'png',
    scale: run.settings.thumbnailWidth / composition.width,
    concurrency: 1,
    outputDir: null,
    inputProps: {},
    onStart: () => undefined,
    onFrameUpdate: () => undefined,
    onFrameBuffer: (buffer, frame) => {
      pngs.set(frame, buffer);
      progress();
    },
  }).then(() => pngs);
}

/** The renderer's own timeouts: a delayRender never cleared, a page that never finished rendering. */
const TIMEOUT_MESSAGES = [/delayRender\(\).*not cleared/i, /\btimeout \d+ ?ms exceeded/i, /\btimed out\b/i];

/**
 * The renderer's message (first line) and, when the stack shows it, the scene function that threw. Scene
 * modules are lazily loaded chunks (`913.bundle.js`), the runtime is the main `bundle.js`, so the first
 * frame in a chunk is scene code. Ports and temp folders vary between runs and are dropped, so a record
 * reads the same each time.
 */
function rendererMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const firstLine =
    text
      .split('\n')
      .map((line) => line.trim())
      .find((line) => line.length > 0) ?? 'the renderer failed without a message';
  const cleaned = firstLine.replace(/https?:\/\/(localhost|127\.0\.0\.1):\d+\S*/g, '<bundle>').replace(/\/tmp\/\S+/g, '<tmp>');
  const stack = error instanceof Error ? (error.stack ?? '') : '';
  const thrower = /^\s*at ([\w$.<>]+) \(https?:\/\/[^)]*\/\d+\.bundle\.js:\d+:\d+\)/m.exec(stack)?.[1];
  return `${cleaned.slice(0, 500)}${thrower ? ` (in ${thrower})` : ''}`;
}
