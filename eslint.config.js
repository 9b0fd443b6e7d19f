import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Page safety is enforced here: no HTML strings, no evaluated code, anywhere in the project.
const unsafe = [
  { selector: "MemberExpression[property.name='innerHTML']", message: 'Never innerHTML: text reaches the screen only as text.' },
  { selector: "MemberExpression[property.name='outerHTML']", message: 'Never outerHTML: text reaches the screen only as text.' },
  { selector: "MemberExpression[property.name='insertAdjacentHTML']", message: 'Never insertAdjacentHTML.' },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never dangerouslySetInnerHTML.' },
  { selector: "NewExpression[callee.name='Function']", message: 'Never new Function.' },
  { selector: "CallExpression[callee.property.name='write'][callee.object.name='document']", message: 'Never document.write.' },
];

export default tseslint.config(
  { ignores: ['node_modules/', '.output/', '.wxt/', 'dist/', 'demo-output/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        console: 'readonly',
        document: 'readonly',
        window: 'readonly',
        process: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        URL: 'readonly',
        performance: 'readonly',
      },
    },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-restricted-syntax': ['error', ...unsafe],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The layers: the engine and the fact base are the pure core; nothing there reaches up into the page,
    // the UI, the background, the settings, the per-tab store or the command-line tools.
    files: ['src/engine/**', 'src/facts/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+(page|ui|background|cli)(/|$)|^(\\.\\./)+(settings|messages|tab-results)(\\.ts)?$',
              message:
                'src/engine and src/facts are the core: they import nothing of page, ui, background, cli, settings, messages or tab-results.',
            },
          ],
        },
      ],
    },
  },
  {
    // The page and the UI (popup, options, Facts page, card) never reach into the background: what they
    // share with it (the per-tab results, the messages) lives at src/.
    files: ['src/page/**', 'src/ui/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+background(/|$)',
              message: 'src/page and src/ui import nothing of src/background: what both sides use lives at src/ (e.g. src/tab-results.ts).',
            },
          ],
        },
      ],
    },
  },
);
