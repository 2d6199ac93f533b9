// ESLint: typescript-eslint's type-checked recommended rules over every TypeScript file; prettier owns layout
// (eslint-config-prettier turns off the rules it would fight). Each rule relaxed below says why; the code
// carries no blanket disables.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['node_modules/', 'dist/', '.data/', 'coverage/', 'jest.config.js', '*.config.mjs'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // An argument or variable named with a leading underscore is unused on purpose (a handler's fixed signature).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // Tests read GraphQL and SQL answers as untyped JSON; the assertions themselves check the shape, so
      // typing every answer would repeat the schema in each test without catching anything more.
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // jest's expect(obj.method) and mocks-free fakes pass methods around on purpose.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    // The layer check's config (.dependency-cruiser.cjs) is plain CommonJS outside the TypeScript project, so it is
    // linted with the JavaScript rules only: the type-checked rules need a TypeScript program to run.
    files: ['**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      sourceType: 'commonjs',
      globals: { module: 'writable' },
    },
  },
  {
    // The bootstrap scripts (scripts/*.mjs) run before node_modules and the TypeScript build exist, so they are
    // plain JavaScript modules: linted with the JavaScript rules only, with Node's globals.
    files: ['scripts/**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      sourceType: 'module',
      globals: {
        process: 'readonly',
        console: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
      },
    },
  },
  prettier,
  {
    // Prettier wraps code at 120 but leaves comments and long strings alone; this keeps those within 120 too.
    rules: { 'max-len': ['error', { code: 120, ignoreUrls: true }] },
  },
);
