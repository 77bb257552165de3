import type { PlayerStatus } from './types.js';

/**
 * Statuses in which the current track's now-playing metadata is polled. Its own module: the poller
 * (a lazy chunk) importing it from now-playing.ts made the bundler split a shared chunk off the
 * drop-in module. @internal
 */
export const POLLING = new Set<PlayerStatus>(['loading', 'playing', 'buffering', 'reconnecting']);
