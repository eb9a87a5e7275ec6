import openapiTS, { astToString, COMMENT_HEADER } from 'openapi-typescript';
import { serve } from './serve.mjs';

// openapi-typescript through its public API, as its CLI calls it: the same bytes as
// `npx openapi-typescript --default-non-nullable=false` writes from redocly.yaml's `x-openapi-ts` outputs.
serve({
  /**
   * `paths`, `components` and `operations` for one bundled document, with openapi-typescript's own header;
   * `defaultNonNullable: false` keeps defaulted request fields optional.
   */
  async generate(document) {
    return COMMENT_HEADER + astToString(await openapiTS(document, { defaultNonNullable: false, silent: true }));
  },
});
