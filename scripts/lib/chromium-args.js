// Flags for Debian's Chromium run headless as root on a machine with no outside network
// (see ../shared/TOOLCHAIN.md): without the background-networking ones, Chromium keeps trying to
// reach Google's hosts. One list for the test runner, the checks and the benchmarks.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--autoplay-policy=no-user-gesture-required',
];
