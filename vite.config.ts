import { decode, encode } from '@jridgewell/sourcemap-codec';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'acorn';
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
 * The literal text of the template literal whose opening backtick is at `from`, and of the template
 * literals nested in its `${…}` expressions: `[start, end)` ranges into `code`; returns the index
 * after the closing backtick. Strings and regular expression literals in expressions are skipped;
 * the library's templates hold no comments in their expressions.
 */
function templateText(code: string, from: number, out: Array<[number, number]>): number {
  let i = from + 1;
  let text = i;
  while (i < code.length) {
    const c = code[i];
    if (c === '\\') i += 2;
    else if (c === '`') {
      out.push([text, i]);
      return i + 1;
    } else if (c === '$' && code[i + 1] === '{') {
      out.push([text, i]);
      i += 2;
      for (let depth = 1; depth > 0 && i < code.length; ) {
        const e = code[i];
        if (e === '`') i = templateText(code, i, out);
        else if (e === "'" || e === '"') {
          for (i++; i < code.length && code[i] !== e; i++) if (code[i] === '\\') i++;
          i++;
        } else if (e === '/' && /(?:[(,=:[!&|?{};>]|\breturn)\s*$/.test(code.slice(i - 8, i))) {
          // a regular expression literal: up to its closing slash, outside any [class]
          let inClass = false;
          for (i++; i < code.length && (code[i] !== '/' || inClass); i++) {
            if (code[i] === '\\') i++;
            else if (code[i] === '[') inClass = true;
            else if (code[i] === ']') inClass = false;
          }
          i++;
        } else {
          if (e === '{') depth++;
          else if (e === '}') depth--;
          i++;
        }
      }
      text = i;
    } else i++;
  }
  out.push([text, i]);
  return i;
}

/**
 * Drops the indentation after line breaks in the text of `html\`…\`` templates and of the templates
 * nested in their expressions: a run of spaces after a newline renders as that newline does (no
 * template holds a <pre> or a white-space: pre box), and every visitor downloads the indentation
 * otherwise.
 */
function trimHtmlTemplateIndentation(): Plugin {
  return {
    name: 'newsradio:trim-html-template-indentation',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(?:html|staticHtml)`/.test(code)) return null;
      const text: Array<[number, number]> = [];
      let scanned = 0;
      for (const m of code.matchAll(/\b(?:html|staticHtml)`/g)) {
        const at = m.index + m[0].length - 1;
        // not one a comment names: its line, up to it, opens or continues a comment
        const line = code.slice(code.lastIndexOf('\n', at) + 1, at);
        if (at >= scanned && !/^\s*\*|\/\/|\/\*/.test(line)) scanned = templateText(code, at, text);
      }
      let out = '';
      let last = 0;
      for (const [a, b] of text.sort((x, y) => x[0] - y[0])) {
        out += code.slice(last, a) + code.slice(a, b).replace(/\n[ \t]+/g, '\n');
        last = b;
      }
      return { code: out + code.slice(last), map: null };
    },
  };
}

/**
 * Lazy chunks whose code runs in a click or in the task right after it: the cross-tab channel
 * (loaded when the page is first idle; its listener hears the click's new state) and the Media
 * Session bridge (created after the media's turn). Marked for eager compilation like the main
 * module. V8 compiled the channel's listener inside the click: compiled ahead, a row click reached
 * `playing` in 1.9–2.2 instead of 2.3–2.6 ms (four interleaved runs, medians of 30; bare `<audio>`
 * 1.7), for ~10 KB more heap.
 */
const EAGER_CHUNKS = new Set(['cross-tab-channel', 'media-session']);

/**
 * Finishes the drop-in module (and EAGER_CHUNKS) once minified (its source map follows each change):
 * - drops the `@__PURE__` annotations the minifier prints: they serve a bundler's tree-shaking,
 *   and this module is what browsers run (−60 B gzip). Left in, they cost bytes; the
 *   annotations in the sources still let the build itself drop unused code.
 * - marks it for eager compilation (V8's explicit compile hints, Chromium 136+; others ignore
 *   the comment). V8 otherwise compiles a function the first time it runs, on the main thread:
 *   a click's path (queue, state, listeners) was compiled inside the click. Compiled while the
 *   module streams in, off the main thread, a row click reached `playing` in 2.9 instead of
 *   3.6 ms (bare `<audio>` 2.5, interleaved runs) and the first playing-row change took 6.1
 *   instead of 8.8 ms, for ~150 KB more heap (bytecode) and no more main-thread time at load.
 */
function finishEagerChunks(): Plugin {
  const HINT = '//# allFunctionsCalledOnLoad';
  return {
    name: 'newsradio:finish-eager-chunks',
    apply: 'build',
    // On the written files: the bundler serialises the source map from its own copy, not from `chunk.map`.
    writeBundle(options, bundle) {
      const dir = options.dir ?? dirname(options.file!);
      const chunks = Object.values(bundle);
      const missing = [...EAGER_CHUNKS].filter((name) => !chunks.some((c) => c.type === 'chunk' && c.name === name));
      if (missing.length) this.error(`finish-eager-chunks: no chunk named ${missing.join(', ')} (renamed? update EAGER_CHUNKS)`);
      for (const chunk of chunks) {
        if (chunk.type !== 'chunk' || !(chunk.isEntry || EAGER_CHUNKS.has(chunk.name))) continue;
        if (options.sourcemap && !chunk.sourcemapFileName) this.error('finish-eager-chunks: needs the source map in a file of its own');
        const file = join(dir, chunk.fileName);
        const code = readFileSync(file, 'utf8');
        if (code.startsWith(HINT)) continue;
        // Annotation comments, found by parsing (the same text in a string stays): [start, end) with the space after.
        const cuts: Array<[number, number]> = [];
        parse(code, {
          ecmaVersion: 'latest',
          sourceType: 'module',
          onComment: (block, text, start, end) => block && text.trim() === '@__PURE__' && cuts.push([start, code[end] === ' ' ? end + 1 : end]),
        });
        let out = '';
        let last = 0;
        for (const [start, end] of cuts) {
          out += code.slice(last, start);
          last = end;
        }
        writeFileSync(file, `${HINT}\n${out}${code.slice(last)}`);
        if (!chunk.sourcemapFileName) continue;
        const mapFile = join(dir, chunk.sourcemapFileName);
        const map = JSON.parse(readFileSync(mapFile, 'utf8'));
        const mappings = decode(map.mappings);
        // Generated columns move left by what was cut before them on their line (a cut never spans lines).
        let lineStart = 0;
        for (const segments of mappings) {
          const lineEnd = code.indexOf('\n', lineStart);
          const onLine = cuts.filter(([start]) => start >= lineStart && (lineEnd < 0 || start < lineEnd));
          for (const seg of segments) {
            const at = lineStart + seg[0];
            seg[0] -= onLine.reduce((n, [start, end]) => n + (start < at ? Math.min(end, at) - start : 0), 0);
          }
          lineStart = lineEnd + 1;
        }
        writeFileSync(mapFile, JSON.stringify({ ...map, mappings: encode([[], ...mappings]) }));
      }
    },
  };
}

// Library build: ONE ES module with Lit and every dependency bundled, minified, with a source map.
// Rarely needed code (hls.js) is split into lazy chunks beside it, loaded relative to import.meta.url.
export default defineConfig({
  plugins: [minifyCssTemplates(), trimHtmlTemplateIndentation(), finishEagerChunks()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // terser over what oxc's minifier (output.minify below) made: two compress passes in module scope take
    // another ~0.5 KB gzip off the module. Hoisting function declarations to the top of their scope (where
    // the engine puts them anyway) groups them, which gzip packs 199 bytes tighter.
    minify: 'terser',
    terserOptions: { module: true, compress: { passes: 2, hoist_funs: true } },
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
