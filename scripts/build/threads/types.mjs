import { createRequire } from 'node:module';
import { serve } from './serve.mjs';

// openapi-typescript through its public API, as its CLI calls it: the same bytes as
// `npx openapi-typescript --default-non-nullable=false` writes from redocly.yaml's `x-openapi-ts` outputs.
// Loaded through the package's `require` export: as ESM, Node would also scan TypeScript's compiler for module
// syntax (about 0.6 s of this thread's start).
const { default: openapiTS, astToString, COMMENT_HEADER } = createRequire(import.meta.url)('openapi-typescript');

serve({
  /**
   * `paths`, `components` and `operations` for one bundled document, with openapi-typescript's own header;
   * `defaultNonNullable: false` keeps defaulted request fields optional.
   */
  async generate(document) {
    return COMMENT_HEADER + astToString(await openapiTS(document, { defaultNonNullable: false, silent: true }));
  },
});
