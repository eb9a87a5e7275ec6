// ESLint's flat config: its recommended rules and typescript-eslint's, for the scripts and tests. Formatting is
// Prettier's job (.prettierrc.json), so no stylistic rules here.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['generated/', 'dist/', 'node_modules/', 'test-output/', '.build-tmp*'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // `_name` marks a value that is deliberately left unused (destructuring a key away, a required parameter).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // Parsed JSON and spec documents are `any` by nature; the contract validators check them.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    // The browser test's page functions run in Chromium.
    files: ['tests/browser/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
