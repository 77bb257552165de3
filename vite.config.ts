import { defineConfig, type Plugin } from 'vite';

/**
 * Minifies the CSS inside `css\`…\`` templates (comments, indentation, spaces around punctuation):
 * the library ships its styles as JS strings, which the JS minifier leaves untouched.
 */
function minifyCssTemplates(): Plugin {
  const minify = (css: string) =>
    css
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}')
      .trim();
  return {
    name: 'newsradio:minify-css-templates',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      return { code: code.replace(/\bcss`([^`]*)`/g, (_, body: string) => `css\`${minify(body)}\``), map: null };
    },
  };
}

/**
 * Drops the indentation after line breaks in `html\`…\`` templates (up to the first backtick, so
 * also in the JS of their expressions, where a kept line break keeps its meaning): a run of
 * spaces after a newline renders as that newline does (no template holds a <pre> or a
 * white-space: pre box), and every visitor downloads the indentation otherwise.
 */
function trimHtmlTemplateIndentation(): Plugin {
  return {
    name: 'newsradio:trim-html-template-indentation',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(?:html|staticHtml)`/.test(code)) return null;
      return { code: code.replace(/\b(html|staticHtml)`([^`]*)`?/g, (m: string) => m.replace(/\n[ \t]+/g, '\n')), map: null };
    },
  };
}

// Library build: ONE ES module with Lit and every dependency bundled, minified, with a source map.
// Rarely needed code (hls.js) is split into lazy chunks beside it, loaded relative to import.meta.url.
export default defineConfig({
  plugins: [minifyCssTemplates(), trimHtmlTemplateIndentation()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // terser over what oxc's minifier (output.minify below) made: two compress passes in module scope take
    // another ~0.5 KB gzip off the module.
    minify: 'terser',
    terserOptions: { module: true, compress: { passes: 2 } },
    lib: {
      entry: 'src/index.ts',
      formats: ['es'],
      fileName: () => 'newsradio-elements.js',
    },
    rolldownOptions: {
      // Lets lazy chunks import Lit from the main module instead of a shared chunk that every page would load.
      preserveEntrySignatures: 'allow-extension',
      // The lazy hls.js chunk gets a stable name beside the bundle: dist/newsradio-elements-hls.js.
      output: { minify: true, chunkFileNames: 'newsradio-elements-[name].js' },
    },
  },
});
