/**
 * Defers loading @faker-js/faker until Prism really generates dynamic data. Prism's mocker loads faker at
 * import time (all of its locales: about 1.4 s of Prism's 1.6 s import) and hands it to json-schema-faker,
 * but only uses it for `Prefer: dynamic=true`; the mocks answer static examples, so faker would only delay
 * start-up. A placeholder in the CommonJS module cache stands in for faker: its `faker`/`default` export is
 * a proxy that loads the real module on first use. Import this module before @stoplight/prism-http.
 */
import { createRequire } from 'node:module';

const prismRequire = createRequire(createRequire(import.meta.url).resolve('@stoplight/prism-http'));
const fakerPath = prismRequire.resolve('@faker-js/faker');

if (!prismRequire.cache[fakerPath]) {
  let real: Record<string | symbol, any> | undefined;
  const load = () => {
    if (!real) {
      delete prismRequire.cache[fakerPath];
      real = prismRequire(fakerPath) as Record<string | symbol, any>;
    }
    return real;
  };
  const instance = new Proxy({}, {
    get: (_target, property) => Reflect.get(load().faker, property),
    has: (_target, property) => property in load().faker,
  });
  const exports = new Proxy({}, {
    get: (_target, property) => (property === '__esModule' ? true
      : property === 'default' || property === 'faker' ? instance
        : Reflect.get(load(), property)),
  });
  prismRequire.cache[fakerPath] = { id: fakerPath, filename: fakerPath, loaded: true, exports } as unknown as NodeJS.Module;
}
