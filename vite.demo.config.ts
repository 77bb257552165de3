import { defineConfig } from 'vite';

// `npm start`: the demo pages in demo/, importing the elements from source.
export default defineConfig({
  root: 'demo',
  publicDir: false,
  server: { host: '127.0.0.1', port: 5173, fs: { allow: ['..'] } },
  build: { outDir: '../dist-demo', emptyOutDir: true },
});
