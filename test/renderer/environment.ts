/**
 * The component tests' environment: vitest's jsdom, with one cost of jsdom's taken out.
 *
 * jsdom matches selectors with @asamuzakjp/dom-selector, which decides an element's direction (for
 * `:dir()`, in jsdom's own default style sheet) by calling bidi-js's factory on every call. Each call of the
 * factory parses the Unicode bidi tables anew (its cache lives in the instance the call makes):
 * a profile of a windowing test gave that parse 3.2 s of 9.4. Here the factory makes its instance
 * once, and every later call gets that one; what it computes is the same, it is pure.
 */
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { builtinEnvironments, type Environment } from 'vitest/environments';

const require = createRequire(import.meta.url);

/** Puts a factory that makes its instance once in the place of bidi-js, as jsdom's selector engine requires it. */
function bidiOnce(): void {
  const selectorEngine = require.resolve('@asamuzakjp/dom-selector', { paths: [dirname(require.resolve('jsdom'))] });
  const path = createRequire(selectorEngine).resolve('bidi-js');
  const factory = require(path) as () => unknown;
  const loaded = require.cache[path];
  if (!loaded || (factory as { once?: boolean }).once) return;
  let made: unknown;
  const once = Object.assign(() => (made ??= factory()), { once: true });
  loaded.exports = once;
}

const jsdom = builtinEnvironments.jsdom;

export default {
  ...jsdom,
  name: 'jsdom',
  setupVM(options) {
    bidiOnce();
    if (!jsdom.setupVM) throw new Error("vitest's jsdom environment has no setupVM");
    return jsdom.setupVM(options);
  },
  setup(global, options) {
    bidiOnce();
    return jsdom.setup(global, options);
  },
} satisfies Environment;
