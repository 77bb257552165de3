import { defineConfig } from 'vite';

// Library build: ONE ES module with Lit and every dependency bundled, minified, with a source map.
export default defineConfig({
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    lib: {
      entry: 'src/index.ts',
      formats: ['es'],
      fileName: () => 'newsradio-elements.js',
    },
    rolldownOptions: {
      output: { minify: true },
    },
  },
});
