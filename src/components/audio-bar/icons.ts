import { html, type TemplateResult } from 'lit';

/*
 * Inline SVG icons of <audio-bar>: Material Symbols (filled, weight 400) shapes on their
 * 960-unit grid. They are decoration: every button that holds one carries its own text label
 * (`aria-label`), so the SVG is `aria-hidden` and never focusable. `fill: currentColor` comes
 * from the stylesheet, so icons follow the theme. Transport icons are not mirrored in RTL
 * (they stand for the direction of time, not of reading).
 */

const icon = (d: string): TemplateResult =>
  html`<svg class="icon" viewBox="0 -960 960 960" aria-hidden="true" focusable="false"><path d=${d}></path></svg>`;

/** `play-button` while paused: play_arrow. */
export const playIcon = icon('M320-200v-560l440 280-440 280Z');
/** `play-button` while playing: pause. */
export const pauseIcon = icon('M560-200v-560h160v560H560Zm-320 0v-560h160v560H240Z');
/** `previous-button`: skip_previous. */
export const previousIcon = icon('M220-240v-480h80v480h-80Zm520 0L380-480l360-240v480Z');
/** `next-button`: skip_next. */
export const nextIcon = icon('M660-240v-480h80v480h-80Zm-440 0v-480l360 240-360 240Z');
/** `mute-button` while sound is on: volume_up. */
export const volumeIcon = icon(
  'M560-131v-82q90-26 145-100t55-168q0-94-55-168T560-749v-82q124 28 202 125.5T840-481q0 127-78 224.5T560-131ZM120-360v-240h160l200-200v640L280-360H120Zm440 40v-322q47 22 73.5 66t26.5 96q0 51-26.5 94.5T560-320Z',
);
/** `mute-button` while muted: volume_off. */
export const mutedIcon = icon(
  'M792-56 671-177q-25 16-53 27.5T560-131v-82q14-5 27.5-10t25.5-12L480-368v208L280-360H120v-240h128L56-792l56-56 736 736-56 56Zm-8-232-58-58q17-31 25.5-65t8.5-70q0-94-55-168T560-749v-82q124 28 202 125.5T840-481q0 53-14.5 102T784-288ZM650-422l-90-90v-130q47 22 73.5 66t26.5 96q0 15-2.5 29.5T650-422ZM480-592 376-696l104-104v208Z',
);
/** `queue-button`: queue_music. */
export const queueIcon = icon(
  'M640-160q-50 0-85-35t-35-85q0-50 35-85t85-35q11 0 21 1.5t19 6.5v-328h200v80H760v360q0 50-35 85t-85 35ZM120-320v-80h320v80H120Zm0-160v-80h480v80H120Zm0-160v-80h480v80H120Z',
);
/** `retry-button`: refresh. */
export const retryIcon = icon(
  'M480-160q-134 0-227-93t-93-227q0-134 93-227t227-93q69 0 132 28.5T720-690v-110h80v280H520v-80h168q-32-56-87.5-88T480-720q-100 0-170 70t-70 170q0 100 70 170t170 70q77 0 139-44t87-116h84q-28 106-114 173t-196 67Z',
);
/** `popup-button`: open_in_new. */
export const popupIcon = icon(
  'M120-120v-720h360v80H200v560h560v-280h80v360H120Zm268-212-56-56 372-372H560v-80h280v280h-80v-144L388-332Z',
);
