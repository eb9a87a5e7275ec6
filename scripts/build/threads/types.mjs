import { createRequire } from 'node:module';
import { serve } from './serve.mjs';

// openapi-typescript's transform on its own, from its CommonJS build. Its entry point, `openapiTS`,
// first lints and bundles the document again with a copy of @redocly/openapi-core 1.x: work the
// build has already done (stricter) on this very bundle, which took more CPU than the transform.
// (As ESM, Node would also scan TypeScript's 9 MB compiler for module syntax and lex its exports.)
const require = createRequire(import.meta.url);
const transformSchema = require('openapi-typescript/dist/transform/index.cjs');
const { astToString } = require('openapi-typescript/dist/lib/ts.cjs');
const { resolveRef, scanDiscriminators } = require('openapi-typescript/dist/lib/utils.cjs');

serve({
  /**
   * `paths`, `components` and `operations` for one bundled document, as `openapiTS(document,
   * { defaultNonNullable: false })` generates them (defaulted request fields stay optional); every
   * other option keeps its default, off.
   */
  async generate(document) {
    const options = { defaultNonNullable: false, silent: true };
    const context = {
      ...options,
      discriminators: scanDiscriminators(document, options),
      injectFooter: [],
      resolve: ($ref) => resolveRef(document, $ref, options),
    };
    return astToString(transformSchema(document, context));
  },
});
