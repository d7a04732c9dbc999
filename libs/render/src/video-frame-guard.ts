/**
 * Source of a runtime patch for `requestVideoFrameCallback`, evaluated before any scene.
 *
 * Why: Chromium calls a video frame callback only for a frame presented *after* the callback was registered,
 * and Remotion's `<Video>` registers its callback just after it sets `currentTime`. When the seek completes
 * and its frame is presented before the registration — a clip already in memory (the offline network's
 * stand-in), a seek that lands on the frame on screen, a render thread descheduled for a few milliseconds on
 * a loaded machine — the callback waits for a frame a paused video never presents, and the scene's
 * delayRender times out: a healthy scene rejected, once in a few dozen renders under load.
 *
 * The patch keeps the browser's callback and adds one answer for exactly that case: a callback registered
 * while a seek is in progress is also answered, after the seek's `seeked` event and two rendering steps
 * without a presented frame, with the frame on screen (its media time taken as the seek's target). Whichever
 * comes first answers, once; cancelling cancels both. Callbacks registered outside a seek are untouched.
 */
export const VIDEO_FRAME_GUARD_SOURCE = `(() => {
  const prototype = typeof HTMLVideoElement === 'undefined' ? null : HTMLVideoElement.prototype;
  if (!prototype || typeof prototype.requestVideoFrameCallback !== 'function' || prototype.requestVideoFrameCallback.seekGuarded) return;
  const request = prototype.requestVideoFrameCallback;
  const cancel = prototype.cancelVideoFrameCallback;
  const fallbacks = new WeakMap();
  function guardedRequest(callback) {
    const video = this;
    if (!video.seeking) return request.call(video, callback);
    let answered = false;
    let frame = 0;
    const forget = () => {
      video.removeEventListener('seeked', onSeeked);
      cancelAnimationFrame(frame);
      fallbacks.get(video)?.delete(id);
    };
    const answer = (now, metadata) => {
      if (answered) return;
      answered = true;
      forget();
      callback(now, metadata);
    };
    const onScreen = (now) => ({
      presentationTime: now,
      expectedDisplayTime: now,
      width: video.videoWidth,
      height: video.videoHeight,
      mediaTime: video.currentTime,
      presentedFrames: 0,
    });
    function onSeeked() {
      frame = requestAnimationFrame(() => {
        frame = requestAnimationFrame((now) => answer(now, onScreen(now)));
      });
    }
    const id = request.call(video, answer);
    video.addEventListener('seeked', onSeeked, { once: true });
    if (!fallbacks.has(video)) fallbacks.set(video, new Map());
    fallbacks.get(video).set(id, forget);
    return id;
  }
  guardedRequest.seekGuarded = true;
  prototype.requestVideoFrameCallback = guardedRequest;
  prototype.cancelVideoFrameCallback = function (id) {
    fallbacks.get(this)?.get(id)?.();
    return cancel.call(this, id);
  };
})();`;
