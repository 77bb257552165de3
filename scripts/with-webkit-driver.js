#!/usr/bin/env node
// Runs a command with a WebKit WebDriver available: starts Xvfb (unless DISPLAY is set) and
// Debian's WebKitWebDriver on a free port, exports WEBKIT_DRIVER_PORT, and stops both afterwards.
import { spawn } from 'node:child_process';
import { createServer, connect } from 'node:net';

const freePort = () =>
  new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });

const waitForPort = async (port, ms = 30000) => {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const ok = await new Promise((r) => {
      const s = connect(port, '127.0.0.1', () => (s.end(), r(true)));
      s.on('error', () => r(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`WebKitWebDriver did not listen on ${port}`);
};

const children = [];
const stopAll = () => children.forEach((c) => c.exitCode === null && c.kill('SIGTERM'));
process.on('exit', stopAll);
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => (stopAll(), process.exit(130)));

const env = { ...process.env };
if (!env.DISPLAY) {
  const display = `:${90 + Math.floor(Math.random() * 400)}`;
  children.push(spawn('Xvfb', [display, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: 'ignore' }));
  env.DISPLAY = display;
  await new Promise((r) => setTimeout(r, 1000));
}
const port = await freePort();
children.push(spawn('WebKitWebDriver', [`--port=${port}`, '--host=127.0.0.1'], { stdio: 'ignore', env }));
await waitForPort(port);
env.WEBKIT_DRIVER_PORT = String(port);

const [cmd, ...args] = process.argv.slice(2);
const run = spawn(cmd, args, { stdio: 'inherit', env, shell: false });
run.on('exit', (code) => {
  stopAll();
  process.exit(code ?? 1);
});
