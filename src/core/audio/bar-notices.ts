/**
 * The message row of `<audio-bar>`: the error with Retry, "Listening in another tab" with its
 * take-over button, "Playing in the popup", and "Resume <title>" after a reload with `persist`.
 * @internal
 */
import { html, nothing, type TemplateResult } from 'lit';
import { takeOver } from './cross-tab.js';
import { fill, type AudioBarLabels } from './labels.js';
import { resumableTrack } from './persist.js';
import type { Player, PlayerState } from './types.js';

export function barNotices(
  s: PlayerState,
  engine: Player,
  L: AudioBarLabels,
  error: string,
  retryIcon: TemplateResult,
): TemplateResult | typeof nothing {
  if (error) {
    return html`<div part="error" class="message">
      <span role="alert">${error}</span>
      <button part="retry-button" class="text-button" @click=${() => engine.retry()}>${retryIcon}${L.retry}</button>
    </div>`;
  }
  if (s.playingElsewhere && s.elsewhere === 'popup') {
    return html`<div class="message"><span part="status">${L.playingInPopup}</span></div>`;
  }
  if (s.playingElsewhere) {
    return html`<div class="message">
      <span part="status">${L.playingElsewhere}</span>
      <button part="take-over-button" class="text-button" @click=${() => takeOver(engine)}>${L.takeOver}</button>
    </div>`;
  }
  const resume = resumableTrack(engine);
  if (resume) {
    return html`<div class="message">
      <button part="resume-button" class="text-button" @click=${() => engine.play()}>${fill(L.resume, { title: resume.title })}</button>
    </div>`;
  }
  return nothing;
}
