/**
 * hls.js, loaded with a dynamic `import()` only when an HLS source needs it (the build emits it as
 * a separate file beside the bundle), with hls.js's own error recovery.
 * @internal
 */
import type Hls from 'hls.js';

export interface HlsCallbacks {
  /**
   * hls.js gave up (after its own recovery): the store reconnects or fails. `code` as MediaError:
   * 2 network, 3 decode, 4 playlist missing or unusable.
   */
  fatal(code: 2 | 3 | 4, message: string): void;
  /** The playlist is (not) live. */
  live(live: boolean): void;
}

export interface HlsHandle {
  destroy(): void;
}

/** Attaches hls.js to `media` and loads `url`; resolves once hls.js is loaded and attached. */
export async function attachHls(media: HTMLMediaElement, url: string, cb: HlsCallbacks): Promise<HlsHandle> {
  const { default: HlsClass } = await import('hls.js');
  const hls: Hls = new HlsClass({ liveDurationInfinity: true, enableWorker: true });
  let networkRecoveries = 0;
  let mediaRecoveries = 0;
  hls.on(HlsClass.Events.LEVEL_LOADED, (_e, data) => {
    cb.live(!!data.details.live);
    networkRecoveries = 0;
  });
  hls.on(HlsClass.Events.FRAG_BUFFERED, () => (mediaRecoveries = 0));
  hls.on(HlsClass.Events.ERROR, (_e, data) => {
    if (!data.fatal) return;
    const manifest = data.details === HlsClass.ErrorDetails.MANIFEST_LOAD_ERROR || data.details === HlsClass.ErrorDetails.MANIFEST_PARSING_ERROR;
    if (data.type === HlsClass.ErrorTypes.NETWORK_ERROR && !manifest && networkRecoveries++ < 2) {
      hls.startLoad();
    } else if (data.type === HlsClass.ErrorTypes.MEDIA_ERROR && mediaRecoveries++ < 2) {
      if (mediaRecoveries === 2) hls.swapAudioCodec();
      hls.recoverMediaError();
    } else {
      cb.fatal(manifest ? 4 : data.type === HlsClass.ErrorTypes.MEDIA_ERROR ? 3 : 2, `HLS: ${data.details}`);
    }
  });
  hls.attachMedia(media);
  hls.loadSource(url);
  return { destroy: () => hls.destroy() };
}
