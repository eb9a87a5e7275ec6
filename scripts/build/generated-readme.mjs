// @ts-check

/**
 * generated/README.md. JSON cannot carry a comment, so this file is where generated/<api>/openapi.json
 * is declared generated; every other file also carries its own notice.
 * @param {import('./threads.mjs').BundledApi[]} apis
 * @returns {string}
 */
export function generatedReadme(apis) {
  const rows = apis
    .map(
      ({ name }) => `| \`${name}/openapi.json\`, \`${name}/openapi.yaml\` | the bundled description of \`spec/${name}/\` |
| \`${name}/types.ts\` | \`paths\`, \`components\`, \`operations\` (openapi-typescript) |
| \`${name}/client.ts\` | the typed client with authentication built in (openapi-fetch) |
| \`docs/${name}.html\`, \`docs/${name}/openapi.json\`, \`docs/${name}/openapi.yaml\` | the reference page (Redoc, works offline) and the bundles it offers for download |
| \`postman/${name}.postman_collection.json\`, \`postman/${name}.{sandbox,production}.postman_environment.json\` (also under \`docs/postman/\`) | the Postman v2.1 collection (openapi-to-postmanv2, ordered as flows, with tests) and its environments |`,
    )
    .join('\n');
  return `# generated/ — do not edit

Every file in this directory is generated from the OpenAPI descriptions under \`spec/\` by \`npm run build\`.
Edit the specs and rebuild; \`npm test\` fails when this directory is out of date.

| File | What it is |
| --- | --- |
${rows}
| \`strict-client.ts\` | the typed-request wrapper every client shares |
| \`sdk-runtime.ts\` | what the gateway's SDK class (\`CloudlessPayment\` in \`gateway/client.ts\`, built from the spec's \`x-sdk\`) runs on: timeouts, retries, results narrowed per method |
| \`docs/index.html\` | the portal's landing page: per API the reference, the bundles, the Postman files, the workflows, the changelog, and "Try it" |
| \`docs/changelog.html\` | CHANGELOG.md, releases newest first, breaking changes marked |
| \`docs/workflows/<api>.arazzo.yaml\` | the Arazzo workflows of \`workflows/\`, when there are any |
| \`docs/workflows/sandbox-controls.openapi.yaml\` | the sandbox's control routes (\`workflows/\`), bundled: the description the Razorpay workflow's Checkout step uses; the workflows' other sources are the bundles above |
| \`docs/sources/<vendor>.html\` | the vendor fact sheets the specs cite, from \`docs/sources/\` |
| \`build-inputs.sha256\` | the hash of what this directory was built from (\`spec/\`, \`docs/sources/\`, \`workflows/\`, \`CHANGELOG.md\`, \`redocly.yaml\`, the build's code, \`package-lock.json\`); \`npm start\` rebuilds when it no longer matches |
`;
}
