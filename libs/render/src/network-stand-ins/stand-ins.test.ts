import { describe, expect, it } from 'vitest';
import { decodePng, uniformColour } from '../png';
import { EMPTY_FONT } from './empty-font';
import { offthreadFrameStandIn, standInFor, standInsVersion, type RemoteRequest } from './index';
import { REMOTE_VIDEO_WEBM } from './media';
import { requestedImageSize } from './remote-tile';

const request = (url: string, resourceType: string, headers: Record<string, string> = {}): RemoteRequest => ({ url, method: 'GET', resourceType, headers });
const header = (standIn: { headers: readonly { name: string; value: string }[] }, name: string) => standIn.headers.find((h) => h.name === name)?.value;

describe('requestedImageSize', () => {
  it('reads the size image CDNs put in the URL', () => {
    expect(requestedImageSize('https://images.unsplash.com/photo-1?w=800&h=600&fit=crop')).toEqual({ width: 800, height: 600 });
    expect(requestedImageSize('https://res.cloudinary.com/acme/image/upload/w_400,h_300,c_fill/team.jpg')).toEqual({ width: 400, height: 300 });
    expect(requestedImageSize('https://placehold.co/600x400/png')).toEqual({ width: 600, height: 400 });
    expect(requestedImageSize('https://picsum.photos/id/237/200/300')).toEqual({ width: 200, height: 300 });
    expect(requestedImageSize('https://i.pravatar.cc/300')).toEqual({ width: 300, height: 300 });
  });

  it('keeps a 3:2 aspect when the URL gives one side, and 1200×800 when it gives none', () => {
    expect(requestedImageSize('https://images.unsplash.com/photo-1?w=1080&q=80')).toEqual({ width: 1080, height: 720 });
    expect(requestedImageSize('https://cdn.acme.test/portraits/women/44.jpg')).toEqual({ width: 1200, height: 800 });
    expect(requestedImageSize('https://cdn.acme.test/%E0%A4%A.jpg')).toEqual({ width: 1200, height: 800 });
    expect(requestedImageSize('https://cdn.acme.test/intro.mp4?w=640', { width: 1280, height: 720 })).toEqual({ width: 640, height: 360 });
  });

  it('never allocates more than 2560 px a side, whatever the URL asks for', () => {
    expect(requestedImageSize('https://cdn.acme.test/x.jpg?w=100000&h=3')).toEqual({ width: 2560, height: 3 });
  });
});

describe('standInFor', () => {
  it('answers an image with a PNG of the size the URL asks for, striped and framed, never one colour', () => {
    const standIn = standInFor(request('https://images.unsplash.com/photo-1?w=800&h=600', 'Image'));
    expect(standIn).toMatchObject({ kind: 'image', status: 200 });
    expect(header(standIn, 'Content-Type')).toBe('image/png');
    const png = decodePng(standIn.body);
    expect([png.width, png.height]).toEqual([800, 600]);
    expect(uniformColour(png)).toBeNull();
  });

  it('answers fetch() by what the URL names: JSON data by default, an image for an image URL', () => {
    const data = standInFor(request('https://api.acme.test/team', 'Fetch'));
    expect(data).toMatchObject({ kind: 'data', status: 200 });
    expect(JSON.parse(data.body.toString())).toEqual({});
    expect(standInFor(request('https://cdn.acme.test/photo.jpg', 'XHR')).kind).toBe('image');
  });

  it('answers media with a silent clip of the right type, in the byte ranges media elements ask for', () => {
    const video = standInFor(request('https://cdn.acme.test/intro.mp4', 'Media', { Range: 'bytes=0-99' }));
    expect(video).toMatchObject({ kind: 'video', status: 206 });
    expect(video.body).toEqual(REMOTE_VIDEO_WEBM.subarray(0, 100));
    expect(header(video, 'Content-Range')).toBe(`bytes 0-99/${REMOTE_VIDEO_WEBM.length}`);
    const audio = standInFor(request('https://cdn.acme.test/music.mp3', 'Media'));
    expect(audio).toMatchObject({ kind: 'audio', status: 200 });
    expect(audio.body.subarray(0, 4).toString('latin1')).toBe('RIFF');
    expect(audio.body.subarray(44).every((sample) => sample === 0)).toBe(true);
  });

  it('answers fonts with an empty but valid font, stylesheets with an empty one', () => {
    expect(standInFor(request('https://fonts.gstatic.com/s/inter.woff2', 'Font'))).toMatchObject({ kind: 'font', body: EMPTY_FONT });
    expect(EMPTY_FONT.readUInt32BE(0)).toBe(0x00010000);
    const css = standInFor(request('https://fonts.googleapis.com/css2?family=Inter', 'Stylesheet'));
    expect(css.kind).toBe('stylesheet');
    expect(header(css, 'Content-Type')).toBe('text/css');
  });

  it('lets CORS through, and answers a preflight without counting it as a request of its own', () => {
    expect(header(standInFor(request('https://api.acme.test/team', 'Fetch')), 'Access-Control-Allow-Origin')).toBe('*');
    expect(standInFor({ ...request('https://api.acme.test/team', 'Preflight'), method: 'OPTIONS' })).toMatchObject({ kind: null, status: 204 });
  });

  it('answers an OffthreadVideo frame with a "remote video" tile, 16:9 unless the URL says otherwise', () => {
    const frame = offthreadFrameStandIn('https://cdn.acme.test/intro.mp4');
    expect(frame.kind).toBe('video');
    const png = decodePng(frame.body);
    expect([png.width, png.height]).toEqual([1280, 720]);
  });

  it('has a version that is the same on every call', () => {
    expect(standInsVersion()).toMatch(/^[0-9a-f]{16}$/);
    expect(standInsVersion()).toBe(standInsVersion());
  });
});
