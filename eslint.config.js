import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import tseslint from 'typescript-eslint';

const noWholeD3 = {
  name: 'd3',
  message: 'Import the d3 submodule you need (d3-scale, d3-zoom, …).',
};

/**
 * The layering the code follows, enforced: shared code (content, config, i18n, components) imports
 * no feature and no app module; a feature imports no app module; the timeline's layout is pure
 * functions, so it imports neither React nor a component.
 */
function importsNothingFrom(groups, message) {
  return {
    'no-restricted-imports': [
      'error',
      { paths: [noWholeD3], patterns: [{ group: groups, message }] },
    ],
  };
}

export default tseslint.config(
  { ignores: ['dist', 'dist-subpath', 'test-results', 'playwright-report'] },
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    extends: [js.configs.recommended, ...tseslint.configs.strict],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    rules: {
      // Tests may say `!` of what they have just checked; the site's own code may not (below).
      '@typescript-eslint/no-non-null-assertion': 'off',
      // `const { omitted, ...rest } = value` is how a field is left out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    // Tests break documents on purpose, field by field.
    files: ['**/*.test.{ts,tsx}'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
    plugins: { 'react-refresh': reactRefresh },
    rules: {
      'react-refresh/only-export-components': ['warn', { allowConstantExport: true }],
      'no-restricted-imports': ['error', { paths: [noWholeD3] }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Raw HTML is not allowed: render React elements.',
        },
      ],
    },
  },
  {
    // Where a value can be missing the code handles it; where it cannot, the type says so.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}', 'src/test/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'error' },
  },
  {
    files: ['src/{content,config,i18n,components}/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: importsNothingFrom(
      ['**/features/**', '**/app/**'],
      'Shared code imports no feature and no app module (shared → features → app).',
    ),
  },
  {
    files: ['src/features/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: importsNothingFrom(
      ['**/app/**', '**/entry-*'],
      'A feature imports no app module (shared → features → app).',
    ),
  },
  {
    files: ['src/features/timeline/layout/**/*.ts'],
    rules: importsNothingFrom(
      ['react', 'react-dom', 'react-dom/*', '**/components/**', '*.tsx', '**/hooks/**'],
      'The layout is pure functions: it imports no React and no component.',
    ),
  },
);
