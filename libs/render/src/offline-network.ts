import type { HeadlessBrowser } from '@remotion/renderer';
import { offthreadFrameStandIn, standInFor, type StandIn, type StandInKind } from './network-stand-ins';

/** One request a render made to a remote host, answered by a stand-in. */
export interface StubbedRequest {
  readonly kind: StandInKind;
  readonly url: string;
}

/** CDP `Fetch.requestPaused`, the fields used here. */
interface PausedRequest {
  readonly requestId: string;
  readonly resourceType: string;
  readonly request: { readonly url: string; readonly method: string; readonly headers: Record<string, string> };
}

/** The browser-level CDP connection the renderer's browser exposes (its own puppeteer fork). */
interface CdpConnection {
  send(method: string, params?: object): Promise<unknown>;
  on(event: string, handler: (params: PausedRequest) => void): void;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * A browser's network during render validation: every request is paused before it is sent (CDP `Fetch`,
 * enabled on the browser target, so it covers every page, frame and worker the renderer opens) and only
 * those for the renderer's own server go on; all else is answered with a stand-in and recorded. Nothing
 * leaves the machine, nothing waits on a host that does not answer, and the scene's code is untouched.
 * The renderer's fork of puppeteer has no request interception of its own; its connection is the hook.
 */
export class OfflineNetwork {
  private serverPort: number | null = null;
  /** Every port the renderer's server had in this browser: a page left over from an earlier call may still ask. */
  private readonly servedPorts = new Set<number>();
  private stubbed: StubbedRequest[] = [];

  private constructor(private readonly connection: CdpConnection) {}

  static async attach(browser: HeadlessBrowser): Promise<OfflineNetwork> {
    const network = new OfflineNetwork(browser.connection as unknown as CdpConnection);
    network.connection.on('Fetch.requestPaused', (paused) => void network.answer(paused));
    await network.connection.send('Fetch.enable', { patterns: [{ urlPattern: '*', requestStage: 'Request' }] });
    return network;
  }

  /** The port the renderer's server listens on for the next renderer call: requests to it go through. */
  serve(port: number): void {
    this.serverPort = port;
    this.servedPorts.add(port);
  }

  /** The requests answered by stand-ins since the last call, in the order they were made. */
  take(): StubbedRequest[] {
    const taken = this.stubbed;
    this.stubbed = [];
    return taken;
  }

  private async answer(paused: PausedRequest): Promise<void> {
    const { requestId, request } = paused;
    const route = this.route(request.url);
    try {
      if (route.kind === 'through') return void (await this.connection.send('Fetch.continueRequest', { requestId }));
      if (route.kind === 'stale') return void (await this.connection.send('Fetch.failRequest', { requestId, errorReason: 'ConnectionRefused' }));
      const standIn = route.offthreadFrame ? offthreadFrameStandIn(route.url) : standInFor({ ...request, resourceType: paused.resourceType });
      if (standIn.kind !== null) this.stubbed.push({ kind: standIn.kind, url: route.url });
      await this.connection.send('Fetch.fulfillRequest', fulfilment(requestId, standIn));
    } catch {
      // The page went away (a render finished or a browser was recycled) and took the request with it.
    }
  }

  /**
   * Where a request goes: through when it is not http(s) or is for the renderer's current server; refused
   * when it is for a server of an earlier call (gone); else to a stand-in for its remote URL — including an
   * `<OffthreadVideo>` frame of a remote video (`/proxy?src=<video>`), which the server would download from Node.
   */
  private route(href: string): Route {
    const url = httpUrl(href);
    if (url === null) return { kind: 'through' };
    const port = LOOPBACK_HOSTS.has(url.hostname) ? Number(url.port) : null;
    if (port === null || !this.servedPorts.has(port)) return { kind: 'stand-in', url: href, offthreadFrame: false };
    if (port !== this.serverPort) return { kind: 'stale' };
    const source = url.pathname === '/proxy' ? httpUrl(url.searchParams.get('src') ?? '') : null;
    if (source === null || (LOOPBACK_HOSTS.has(source.hostname) && this.servedPorts.has(Number(source.port)))) return { kind: 'through' };
    return { kind: 'stand-in', url: source.href, offthreadFrame: true };
  }
}

type Route = { readonly kind: 'through' } | { readonly kind: 'stale' } | { readonly kind: 'stand-in'; readonly url: string; readonly offthreadFrame: boolean };

function httpUrl(href: string): URL | null {
  try {
    const url = new URL(href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

function fulfilment(requestId: string, standIn: StandIn) {
  return { requestId, responseCode: standIn.status, responseHeaders: standIn.headers, body: standIn.body.toString('base64') };
}
